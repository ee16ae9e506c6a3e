import path from "node:path";
import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import { applyMigrations } from "../db/migrations.ts";
import { defaultDataDir, formatImportReport, importDataset } from "../imports/import.service.ts";
import { createLogger } from "../logger.ts";
import { runCli } from "./run-cli.ts";

// Usage: pnpm import-data [-- --keep-dates] [dir]   (relative paths are taken from where pnpm was started)
// Dates are moved by (today − the data set's reference day) unless --keep-dates.
await runCli(async () => {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const unknown = args.find((a) => a.startsWith("--") && a !== "--keep-dates");
  if (unknown) throw new Error(`unknown option ${unknown} (usage: pnpm import-data [-- --keep-dates] [dir])`);
  const keepDates = args.includes("--keep-dates");
  const arg = args.find((a) => !a.startsWith("--"));
  const dir = arg ? path.resolve(process.env.INIT_CWD ?? process.cwd(), arg) : defaultDataDir();
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir, logger });
  try {
    await applyMigrations(db, logger);
    const started = Date.now();
    const report = await importDataset(db, { dir, keepDates });
    console.log(formatImportReport(report));
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.close();
  }
});
