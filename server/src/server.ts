import type { Server } from "node:http";
import type { Config } from "./config.ts";
import { openDatabase, type Database } from "./db/database.ts";
import { applyMigrations } from "./db/migrations.ts";
import { createApp } from "./http/app.ts";
import { defaultDataDir, formatImportReport, importDataset } from "./imports/import.service.ts";
import type { Logger } from "./logger.ts";
import { startSearch, type SearchRuntime } from "./search/search-runtime.ts";

export interface RunningServer {
  db: Database;
  search: SearchRuntime;
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/** Imports the demo data when the database holds no company yet (first start). */
async function seedIfEmpty(db: Database, config: Config, logger: Logger): Promise<void> {
  if (!config.SEED_ON_EMPTY || (await db.prisma.company.count()) > 0) return;
  const dir = config.seedDataDir ?? defaultDataDir();
  logger.info({ dir }, "empty database: importing demo data");
  const report = await importDataset(db.prisma, dir);
  logger.info(formatImportReport(report));
}

/** Opens the database, migrates, seeds, and listens. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir, logger });
  logger.info({ database: db.kind, dataDir: db.kind === "pglite" ? config.dataDir : undefined }, "database opened");
  await applyMigrations(db, logger);
  await seedIfEmpty(db, config, logger);
  const search = await startSearch({ prisma: db.prisma, logger });

  const app = createApp({
    db,
    logger,
    search,
    clientDistDir: config.NODE_ENV === "production" ? config.clientDistDir : undefined,
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s));
    s.once("error", reject);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const url = `http://localhost:${port}`;
  logger.info({ url }, "Cluster Match is listening");

  return {
    db,
    search,
    server,
    url,
    stop: async () => {
      // Stop accepting connections, let running requests finish, then close the database.
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await search.stop();
      await db.close();
    },
  };
}
