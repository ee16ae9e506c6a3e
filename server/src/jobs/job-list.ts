import { opportunityExpiryJob } from "../opportunities/expiry.job.ts";
import { savedSearchDigestJob } from "../saved-searches/digest.job.ts";
import type { ScheduledJob } from "./scheduler.ts";

/** Every scheduled job of the app; each domain adds its own. */
export const scheduledJobs: ScheduledJob[] = [
  opportunityExpiryJob,
  savedSearchDigestJob,
  {
    name: "rate-limit-cleanup",
    pattern: "17 * * * *",
    period: () => null,
    run: async ({ prisma, now }) => {
      const { count } = await prisma.rateLimiterFlexible.deleteMany({ where: { expire: { lt: new Date(now.getTime() - 3_600_000) } } });
      return { deleted: count };
    },
  },
];
