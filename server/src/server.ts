import type { Server } from "node:http";
import type { Config } from "./config.ts";
import { openDatabase, type Database } from "./db/database.ts";
import { applyMigrations } from "./db/migrations.ts";
import { ensureAdmin } from "./accounts/bootstrap-admin.ts";
import { createApp } from "./http/app.ts";
import { defaultDataDir, formatImportReport, importDataset } from "./imports/import.service.ts";
import { scheduledJobs } from "./jobs/job-list.ts";
import { startScheduler } from "./jobs/scheduler.ts";
import type { Logger } from "./logger.ts";
import { startMailWorker } from "./mail/mail-worker.ts";
import { startSearch, type SearchRuntime } from "./search/search-runtime.ts";
import { createMailTransport, createServices, createStorage, resolveAuthSecret } from "./services.ts";

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
  const services = createServices(db.prisma, {
    secret: resolveAuthSecret(config),
    publicUrl: config.publicUrl,
    storage: createStorage(config),
    devMailbox: config.devMailbox,
    logger,
  });
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    await ensureAdmin(db.prisma, services.auth, { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD }, logger);
  }
  const transport = createMailTransport(config);
  const mailWorker = startMailWorker({ prisma: db.prisma, transport, logger });
  const scheduler = config.SCHEDULER ? startScheduler({ prisma: db.prisma, logger, publicUrl: config.publicUrl, search, jobs: scheduledJobs }) : null;
  logger.info({ mail: transport.kind, devMailbox: config.devMailbox, storage: services.storage.kind, publicUrl: config.publicUrl }, "services ready");

  const app = createApp({
    db,
    logger,
    search,
    services,
    clientDistDir: config.NODE_ENV === "production" ? config.clientDistDir : undefined,
    trustProxy: config.TRUST_PROXY,
    // The Vite dev server proxies the API from its own origin.
    extraTrustedOrigins: config.NODE_ENV === "development" ? ["http://localhost:5173", "http://127.0.0.1:5173"] : [],
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
      scheduler?.stop();
      await mailWorker.stop();
      await search.stop();
      await db.close();
    },
  };
}
