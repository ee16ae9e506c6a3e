import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import { applyMigrations } from "../db/migrations.ts";
import { createLogger } from "../logger.ts";
import { createSearchIndex, rebuildFromDatabase } from "../search-index/search-runtime.ts";
import { runCli } from "./run-cli.ts";

// pnpm reindex: rebuilds the search index (Meilisearch when MEILI_HOST is set) from the database.
await runCli(async () => {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir, logger });
  try {
    await applyMigrations(db, logger);
    const index = await createSearchIndex(config);
    if (index.engine === "embedded") {
      console.log("MEILI_HOST is not set: the embedded index lives in the server's memory and is rebuilt at every start.");
    }
    const started = Date.now();
    const counts = await rebuildFromDatabase(db.prisma, index);
    console.log(`Indexed ${counts.companies} companies and ${counts.opportunities} opportunities with the ${index.engine} engine in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    await index.close();
  } finally {
    await db.close();
  }
});
