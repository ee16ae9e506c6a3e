import type { Server } from "node:http";
import { systemClock, type Clock } from "./clock.ts";
import { devMailboxWarning, type Config } from "./config.ts";
import { openDatabase, type Database } from "./db/database.ts";
import { applyMigrations } from "./db/migrations.ts";
import { ensureAdmin } from "./auth/bootstrap-admin.ts";
import { createApp } from "./http/app.ts";
import { ensureDemoAdmin, seedOnFirstStart } from "./imports/first-start-seed.ts";
import { defaultDataDir } from "./imports/import.service.ts";
import { scheduledJobs } from "./scheduled-jobs.ts";
import { startScheduler } from "./jobs/scheduler.ts";
import type { Logger } from "./logger.ts";
import { startMailWorker } from "./mail/mail-worker.ts";
import { placeUnplacedCompanies } from "./places/backfill.ts";
import type { SearchRuntime } from "./search-index/search-runtime.ts";
import { startAppSearch } from "./start-search.ts";
import { createMailTransport, createServices, createStorage, resolveAuthSecret } from "./services.ts";

export interface RunningServer {
  db: Database;
  search: SearchRuntime;
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database, migrates, seeds, and listens. `clock` is "now" for the whole app (tests move it). */
export async function startServer(config: Config, logger: Logger, clock: Clock = systemClock): Promise<RunningServer> {
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir, logger });
  logger.info({ database: db.kind, dataDir: db.kind === "pglite" ? config.dataDir : undefined }, "database opened");
  await applyMigrations(db, logger);
  const services = createServices(db.prisma, {
    secret: resolveAuthSecret(config),
    publicUrl: config.publicUrl,
    storage: createStorage(config),
    devMailbox: config.devMailbox,
    logger,
    authRateLimit: config.AUTH_RATE_LIMIT,
    searchRateLimit: config.SEARCH_RATE_LIMIT,
  });
  if (config.admin) await ensureAdmin(db.prisma, services.auth, config.admin, logger);
  if (config.SEED_ON_EMPTY) {
    const seedContext = { prisma: db.prisma, logger, services };
    // Without a configured administrator, a demo one is part of the seed (so a crash before it is completed too).
    await seedOnFirstStart(seedContext, {
      dir: config.seedDataDir ?? defaultDataDir(),
      now: clock.now(),
      afterImport: config.admin ? undefined : () => ensureDemoAdmin(seedContext, { dataDir: config.dataDir }),
    });
  }
  // Firms without a map position (registered or imported before geocoding) get their city's, via the search outbox.
  await placeUnplacedCompanies({ prisma: db.prisma, logger });
  const search = await startAppSearch({ prisma: db.prisma, logger, env: config });
  const transport = createMailTransport(config);
  const mailWorker = startMailWorker({ prisma: db.prisma, transport, logger });
  const scheduler = config.SCHEDULER ? startScheduler({ context: (now) => ({ prisma: db.prisma, logger, publicUrl: config.publicUrl, search, searchLogRetentionDays: config.SEARCH_LOG_RETENTION_DAYS, now }), logger, jobs: scheduledJobs, clock }) : null;
  logger.info({ mail: transport.kind, devMailbox: config.devMailbox, storage: services.storage.kind, publicUrl: config.publicUrl }, "services ready");
  const mailboxWarning = devMailboxWarning(config);
  if (mailboxWarning) logger.warn({ devMailbox: true }, mailboxWarning);

  const app = createApp({
    db,
    logger,
    search,
    services,
    clientDistDir: config.NODE_ENV === "production" ? config.clientDistDir : undefined,
    trustProxy: config.TRUST_PROXY,
    // PUBLIC_URL's origin, TRUSTED_ORIGINS, and the Vite dev server's in development (config.ts).
    extraTrustedOrigins: config.trustedOrigins,
    clock,
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
      await services.background.idle();
      await mailWorker.stop();
      await search.stop();
      await db.close();
    },
  };
}
