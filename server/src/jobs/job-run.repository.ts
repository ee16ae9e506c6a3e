import type { PrismaClient } from "../generated/prisma/client.ts";

/** Claims (job, period); false when that period is already claimed, here or by another instance. */
export async function claimJobRun(prisma: PrismaClient, job: string, period: string): Promise<boolean> {
  const claimed = await prisma.jobRun.createMany({ data: [{ job, period }], skipDuplicates: true });
  return claimed.count > 0;
}

export async function finishJobRun(prisma: PrismaClient, job: string, period: string, result: Record<string, unknown>, now: Date): Promise<void> {
  await prisma.jobRun.update({ where: { job_period: { job, period } }, data: { finishedAt: now, result: result as object }, select: { job: true } });
}

/** Gives a failed period back so the next tick retries it. */
export async function releaseJobRun(prisma: PrismaClient, job: string, period: string): Promise<void> {
  await prisma.jobRun.delete({ where: { job_period: { job, period } }, select: { job: true } });
}
