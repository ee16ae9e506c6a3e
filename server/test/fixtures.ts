import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInnerContext, type AppServices, type RequestInfo, type SessionUser } from "../src/context.ts";
import { createServices } from "../src/services.ts";
import { createDiskStorage } from "../src/storage/file-storage.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import { demoDataDir, importDataset } from "../src/imports/import.service.ts";
import { createCaller } from "../src/router.ts";
import type { SearchRuntime } from "../src/search-index/search-runtime.ts";
import { startAppSearch } from "../src/start-search.ts";
import { afterAll, beforeAll } from "vitest";
import type { Clock, ManualClock } from "../src/clock.ts";
import { clockFor, setClockFor, testClock } from "./test-clock.ts";
import { createTestDatabase, testLogger, type TestDatabase } from "./test-database.ts";

/**
 * Imports the committed demo data set at the database's test clock (its dates placed relative to
 * that day) and fails loudly if any record was rejected.
 */
export async function importDemoData(prisma: PrismaClient, clock: Clock = clockFor(prisma)) {
  const report = await importDataset({ prisma }, { dir: demoDataDir, now: clock.now() });
  const rejected = report.entities.flatMap((e) => e.rejected);
  if (rejected.length > 0) throw new Error(`demo data rejected: ${JSON.stringify(rejected)}`);
  return report;
}

/** A copy of the demo data set in a temporary folder, to be edited by a test. */
export function copyDemoData(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cm-data-"));
  cpSync(demoDataDir, dir, { recursive: true });
  return dir;
}

export const testSecret = "test-secret-0123456789-abcdefghijklmnopqrstuvwxyz";
export const testPublicUrl = "http://localhost:3000";

const servicesByDb = new WeakMap<PrismaClient, AppServices>();

/** The app's services for a test database: real better-auth, throttle and disk storage in a temp folder. */
export function servicesFor(prisma: PrismaClient): AppServices {
  let services = servicesByDb.get(prisma);
  if (!services) {
    const storage = createDiskStorage(mkdtempSync(path.join(tmpdir(), "cm-uploads-")));
    services = createServices(prisma, { secret: testSecret, publicUrl: testPublicUrl, storage, devMailbox: true });
    servicesByDb.set(prisma, services);
  }
  return services;
}

/** A caller whose "now" is the database's test clock (see test-clock.ts). */
export function callerFor(prisma: PrismaClient, search: SearchRuntime, user: SessionUser | null = null, request?: RequestInfo) {
  return createCaller(
    createInnerContext({ prisma, logger: testLogger, search, services: servicesFor(prisma), user, clock: clockFor(prisma), ...(request ? { request } : {}) }),
  );
}

/** Search on the embedded engine, built from the database; the outbox is drained by hand. */
export function startTestSearch(prisma: PrismaClient): Promise<SearchRuntime> {
  return startAppSearch({ prisma, logger: testLogger, env: {}, worker: false });
}

/**
 * A fresh database with the demo data for one test file, a caller for it, and the file's clock:
 * it stands at testNow (the demo data is imported then) until a test moves it. Read db, search
 * and api inside tests (they are filled in by beforeAll); the clock is there at once.
 */
export function useSeededDatabase() {
  const seeded = { clock: testClock() } as { db: TestDatabase; search: SearchRuntime; api: ReturnType<typeof callerFor>; clock: ManualClock };
  beforeAll(async () => {
    seeded.db = await createTestDatabase();
    setClockFor(seeded.db.prisma, seeded.clock);
    await importDemoData(seeded.db.prisma);
    seeded.search = await startTestSearch(seeded.db.prisma);
    seeded.api = callerFor(seeded.db.prisma, seeded.search);
  });
  afterAll(async () => {
    await seeded.search.stop();
    await seeded.db.destroy();
  });
  return seeded;
}

export { appCodeOf } from "./error-codes.ts";
