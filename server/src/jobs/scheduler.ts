import { Cron } from "croner";
import { systemClock, type Clock } from "../clock.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import { claimJobRun, finishJobRun, releaseJobRun } from "./job-run.repository.ts";

/** What every scheduled job gets; the app adds its services (search) in scheduled-jobs.ts. */
export interface JobContext {
  prisma: PrismaClient;
  logger: Logger;
  publicUrl: string;
  now: Date;
}

export interface ScheduledJob<Ctx extends JobContext = JobContext> {
  name: string;
  /** Cron pattern (croner syntax), in UTC. */
  pattern: string;
  /**
   * The period a run covers (e.g. "2026-12-01" for a daily job). A run is recorded in JobRun
   * under (name, period) first, so with several instances or a restart it happens once.
   * Return null for jobs that may run at every tick.
   */
  period(now: Date): string | null;
  run(ctx: Ctx): Promise<Record<string, unknown>>;
}

export const dailyPeriod = (now: Date) => now.toISOString().slice(0, 10);
/** ISO week: the Monday of the week. */
export const weeklyPeriod = (now: Date) => {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return `week-${d.toISOString().slice(0, 10)}`;
};

/** Runs a job once for its period; returns null when that period already ran (here or elsewhere). */
export async function runJobOnce<Ctx extends JobContext>(job: ScheduledJob<Ctx>, ctx: Ctx): Promise<Record<string, unknown> | null> {
  const period = job.period(ctx.now);
  if (period !== null && !(await claimJobRun(ctx.prisma, job.name, period))) return null;
  try {
    const result = await job.run(ctx);
    if (period !== null) await finishJobRun(ctx.prisma, job.name, period, result, ctx.now);
    ctx.logger.info({ job: job.name, period, ...result }, "scheduled job done");
    return result;
  } catch (error) {
    // Release the claim so the next tick retries the period.
    if (period !== null) await releaseJobRun(ctx.prisma, job.name, period).catch(() => {});
    throw error;
  }
}

/**
 * croner fires each job on its pattern; every job also runs once at start, so a server that was
 * down at the scheduled time catches up (the JobRun claim keeps that from running twice).
 */
export function startScheduler<Ctx extends JobContext>(options: {
  /** The context of one run, for the instant it starts. */
  context: (now: Date) => Ctx;
  logger: Logger;
  jobs: ScheduledJob<Ctx>[];
  /** What "now" a run gets; croner's timing stays on the system clock. */
  clock?: Clock;
}): { stop(): void } {
  const clock = options.clock ?? systemClock;
  const fire = (job: ScheduledJob<Ctx>) =>
    runJobOnce(job, options.context(clock.now())).catch((error: unknown) =>
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
