import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import { applyMigrations } from "../db/migrations.ts";
import { createLogger } from "../logger.ts";
import { runCli } from "./run-cli.ts";

await runCli(async () => {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir, logger });
  try {
    const applied = await applyMigrations(db, logger);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
  } finally {
    await db.close();
  }
});
