import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import type { Config } from "./config.ts";
import type { AppServices } from "./context.ts";
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

/** Imports the demo data when the database holds no company yet (first start); true when it did. */
async function seedIfEmpty(db: Database, config: Config, logger: Logger): Promise<boolean> {
  if (!config.SEED_ON_EMPTY || (await db.prisma.company.count()) > 0) return false;
  const dir = config.seedDataDir ?? defaultDataDir();
  logger.info({ dir }, "empty database: importing demo data");
  const report = await importDataset(db.prisma, dir);
  logger.info(formatImportReport(report));
  return true;
}

/**
 * A demo installation needs someone to try the admin console with: when demo data was just
 * imported and no ADMIN_EMAIL is configured, an administrator with a generated password is made
 * and its credentials are written to DATA_DIR/demo-admin.txt (readable by the owner only).
 */
async function createDemoAdmin(db: Database, services: AppServices, config: Config, logger: Logger): Promise<void> {
  const email = "admin@demo.cluster-match.local";
  const password = randomBytes(12).toString("base64url");
  await ensureAdmin(db.prisma, services.auth, { email, password, name: "Demo administrator" }, logger);
  const file = path.join(config.dataDir, "demo-admin.txt");
  mkdirSync(config.dataDir, { recursive: true });
  writeFileSync(file, `e-mail: ${email}\npassword: ${password}\n`, { mode: 0o600 });
  logger.warn({ email, file }, "demo administrator created; its password is in the file");
}

/** Opens the database, migrates, seeds, and listens. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir, logger });
  logger.info({ database: db.kind, dataDir: db.kind === "pglite" ? config.dataDir : undefined }, "database opened");
  await applyMigrations(db, logger);
  const seeded = await seedIfEmpty(db, config, logger);
  const search = await startSearch({ prisma: db.prisma, logger });
  const services = createServices(db.prisma, {
    secret: resolveAuthSecret(config),
    publicUrl: config.publicUrl,
    storage: createStorage(config),
    devMailbox: config.devMailbox,
    logger,
    authRateLimit: config.AUTH_RATE_LIMIT,
  });
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    await ensureAdmin(db.prisma, services.auth, { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD }, logger);
  } else if (seeded) {
    await createDemoAdmin(db, services, config, logger);
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
