import { dailyPeriod, type JobContext, type ScheduledJob } from "../jobs/scheduler.ts";
import { deleteOldSearchLogs } from "./search-analytics.service.ts";

/** What the retention job needs beside the scheduler's context: SEARCH_LOG_RETENTION_DAYS. */
export type SearchLogRetentionContext = JobContext & { searchLogRetentionDays: number };

/** Daily: the search log keeps no row longer than the configured number of days. */
export const searchLogRetentionJob: ScheduledJob<SearchLogRetentionContext> = {
  name: "search-log-retention",
  pattern: "23 3 * * *",
  period: dailyPeriod,
  run: ({ prisma, now, searchLogRetentionDays }) => deleteOldSearchLogs({ prisma }, { now, days: searchLogRetentionDays }),
};
