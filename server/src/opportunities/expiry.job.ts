import { utcDay } from "@cluster-match/shared";
import { dailyPeriod, type JobContext, type ScheduledJob } from "../jobs/scheduler.ts";
import { enqueueOutbox } from "../outbox/outbox.repository.ts";
import { dayToDate, findOpportunityById, findPublishedPastDeadline, updateIfIn } from "./opportunity-editor.repository.ts";
import { noticeExpired } from "./opportunity-notices.ts";

const batchSize = 200;

/**
 * Expires published opportunities whose deadline day is before today (UTC): status EXPIRED,
 * the search index told through the outbox, the company's members notified. Each one in its
 * own transaction, so one failure does not hold back the rest; running it twice changes nothing.
 */
export async function expireOpportunities({ prisma, now, publicUrl }: Pick<JobContext, "prisma" | "now" | "publicUrl">): Promise<{ expired: number }> {
  const today = dayToDate(utcDay(now));
  let expired = 0;
  for (;;) {
    const due = await findPublishedPastDeadline(prisma, today, batchSize);
    for (const { id } of due) {
      const done = await prisma.$transaction(async (tx) => {
        // Still published and still past its deadline: a renewal in the meantime wins.
        if (!(await updateIfIn(tx, id, ["PUBLISHED"], { status: "EXPIRED", expiredAt: now }, { deadline: { lt: today } }))) return false;
        await enqueueOutbox(tx, "opportunity", id);
        const row = await findOpportunityById(tx, id);
        if (row) await noticeExpired(tx, { opportunity: row, publicUrl });
        return true;
      });
      if (done) expired++;
    }
    if (due.length < batchSize) return { expired };
  }
}

/** Daily, a few minutes after midnight UTC; the scheduler also runs it at start to catch up. */
export const opportunityExpiryJob: ScheduledJob = {
  name: "opportunity-expiry",
  pattern: "5 0 * * *",
  period: dailyPeriod,
  run: expireOpportunities,
};
