import { deleteExpiredRateLimits } from "./auth/auth.repository.ts";
import type { JobContext, ScheduledJob } from "./jobs/scheduler.ts";
import { opportunityExpiryJob } from "./opportunities/expiry.job.ts";
import { savedSearchDigestJob } from "./saved-searches/digest.job.ts";
import { searchLogRetentionJob } from "./search-analytics/retention.job.ts";
import type { SearchRuntime } from "./search-index/search-runtime.ts";

/** What the app's jobs get: the scheduler's context, the running search and the search log's retention (days). */
export type AppJobContext = JobContext & { search: SearchRuntime; searchLogRetentionDays: number };

/** Every scheduled job of the app; each domain adds its own. */
export const scheduledJobs: ScheduledJob<AppJobContext>[] = [
  opportunityExpiryJob,
  savedSearchDigestJob,
  searchLogRetentionJob,
  {
    name: "rate-limit-cleanup",
    pattern: "17 * * * *",
    period: () => null,
    run: async ({ prisma, now }) => ({ deleted: await deleteExpiredRateLimits(prisma, new Date(now.getTime() - 3_600_000)) }),
  },
];
