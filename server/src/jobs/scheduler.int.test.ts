import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testLogger, type TestDatabase } from "../../test/test-database.ts";
import { dailyPeriod, runJobOnce, weeklyPeriod, type ScheduledJob } from "./scheduler.ts";

describe(`scheduled jobs (${process.env.TEST_DB})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.destroy();
  });

  const counting = (fail = false) => {
    const job = {
      runs: 0,
      name: `job-${Math.random().toString(36).slice(2)}`,
      pattern: "0 0 * * *",
      period: dailyPeriod,
      run: async () => {
        job.runs++;
        if (fail) throw new Error("boom");
        return { done: true };
      },
    } satisfies ScheduledJob & { runs: number };
    return job;
  };

  it("runs a job once per period, however often it is fired (restarts, several instances)", async () => {
    const job = counting();
    const ctx = { prisma: db.prisma, logger: testLogger, publicUrl: "http://x", now: new Date("2026-12-01T06:00:00Z") };
    const results = await Promise.all([runJobOnce(job, ctx), runJobOnce(job, ctx), runJobOnce(job, ctx)]);
    expect(job.runs).toBe(1);
    expect(results.filter((r) => r !== null)).toEqual([{ done: true }]);
    await runJobOnce(job, { ...ctx, now: new Date("2026-12-02T06:00:00Z") });
    expect(job.runs).toBe(2);
    const rows = await db.prisma.jobRun.findMany({ where: { job: job.name }, select: { period: true, finishedAt: true }, orderBy: { period: "asc" } });
    expect(rows.map((r) => r.period)).toEqual(["2026-12-01", "2026-12-02"]);
    expect(rows.every((r) => r.finishedAt !== null)).toBe(true);
  });

  it("releases the period when a run fails, so the next tick retries it", async () => {
    const job = counting(true);
    const ctx = { prisma: db.prisma, logger: testLogger, publicUrl: "http://x", now: new Date("2026-12-01T06:00:00Z") };
    await expect(runJobOnce(job, ctx)).rejects.toThrow("boom");
    await expect(runJobOnce(job, ctx)).rejects.toThrow("boom");
    expect(job.runs).toBe(2);
    expect(await db.prisma.jobRun.count({ where: { job: job.name } })).toBe(0);
  });

  it("names weekly periods by their Monday", () => {
    expect(weeklyPeriod(new Date("2026-12-03T10:00:00Z"))).toBe("week-2026-11-30");
    expect(weeklyPeriod(new Date("2026-11-30T00:00:00Z"))).toBe("week-2026-11-30");
    expect(weeklyPeriod(new Date("2026-12-06T23:59:00Z"))).toBe("week-2026-11-30");
  });
});
