import { manualClock, systemClock, type Clock, type ManualClock } from "../src/clock.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";

/**
 * The instant a seeded test database lives at (a Thursday). Fixed, so that no result depends on
 * the day the suite runs: the demo data is imported at it (its dates placed relative to it),
 * procedures called through `callerFor` see it as now, and builders stamp their rows with it.
 */
export const testNow = new Date("2026-12-10T06:00:00Z");

const clocks = new WeakMap<PrismaClient, Clock>();

/** A clock standing at testNow until a test moves it. */
export const testClock = (): ManualClock => manualClock(testNow);

/** Makes `clock` "now" for everything the test helpers do on `prisma` (callers, imports, builders). */
export function setClockFor(prisma: PrismaClient, clock: Clock): void {
  clocks.set(prisma, clock);
}

/** The test clock of a database; the system clock for one that has none (the whole file then runs on real time). */
export function clockFor(prisma: PrismaClient): Clock {
  return clocks.get(prisma) ?? systemClock;
}
