import { Cron } from "croner";
import { systemClock, type Clock } from "../clock.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import type { SearchRuntime } from "../search/search-runtime.ts";

/** What a scheduled job gets. */
export interface JobContext {
  prisma: PrismaClient;
  logger: Logger;
  publicUrl: string;
  now: Date;
  /** The running search (jobs that run stored searches: saved-search digests). */
  search?: SearchRuntime;
}

export interface ScheduledJob {
  name: string;
  /** Cron pattern (croner syntax), in UTC. */
  pattern: string;
  /**
   * The period a run covers (e.g. "2026-12-01" for a daily job). A run is recorded in JobRun
   * under (name, period) first, so with several instances or a restart it happens once.
   * Return null for jobs that may run at every tick.
   */
  period(now: Date): string | null;
  run(ctx: JobContext): Promise<Record<string, unknown>>;
}

export const dailyPeriod = (now: Date) => now.toISOString().slice(0, 10);
/** ISO week: the Monday of the week. */
export const weeklyPeriod = (now: Date) => {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return `week-${d.toISOString().slice(0, 10)}`;
};

/** Runs a job once for its period; returns null when that period already ran (here or elsewhere). */
export async function runJobOnce(job: ScheduledJob, ctx: JobContext): Promise<Record<string, unknown> | null> {
  const period = job.period(ctx.now);
  if (period !== null) {
    const claimed = await ctx.prisma.jobRun.createMany({ data: [{ job: job.name, period }], skipDuplicates: true });
    if (claimed.count === 0) return null;
  }
  try {
    const result = await job.run(ctx);
    if (period !== null) {
      await ctx.prisma.jobRun.update({ where: { job_period: { job: job.name, period } }, data: { finishedAt: new Date(), result: result as object } });
    }
    ctx.logger.info({ job: job.name, period, ...result }, "scheduled job done");
    return result;
  } catch (error) {
    // Release the claim so the next tick retries the period.
    if (period !== null) await ctx.prisma.jobRun.delete({ where: { job_period: { job: job.name, period } } }).catch(() => {});
    throw error;
  }
}

/**
 * croner fires each job on its pattern; every job also runs once at start, so a server that was
 * down at the scheduled time catches up (the JobRun claim keeps that from running twice).
 */
export function startScheduler(options: {
  prisma: PrismaClient;
  logger: Logger;
  publicUrl: string;
  search?: SearchRuntime;
  jobs: ScheduledJob[];
  /** What "now" a run gets; croner's timing stays on the system clock. */
  clock?: Clock;
}): { stop(): void } {
  const clock = options.clock ?? systemClock;
  const fire = (job: ScheduledJob) =>
    runJobOnce(job, { prisma: options.prisma, logger: options.logger, publicUrl: options.publicUrl, search: options.search, now: clock.now() }).catch((error: unknown) =>
      options.logger.error({ err: error, job: job.name }, "scheduled job failed; it will be retried"),
    );
  const crons = options.jobs.map((job) => new Cron(job.pattern, { timezone: "UTC", protect: true }, () => void fire(job)));
  const startup = setTimeout(() => options.jobs.forEach((job) => void fire(job)), 2000);
  startup.unref();
  return {
    stop: () => {
      clearTimeout(startup);
      crons.forEach((c) => c.stop());
    },
  };
}
