import type { ScheduledJob } from "../jobs/scheduler.ts";
import { dailyPeriod } from "../jobs/scheduler.ts";

/** Placeholder until saved searches land: daily and weekly digests. */
export const savedSearchDigestJob: ScheduledJob = {
  name: "saved-search-digest",
  pattern: "0 6 * * *",
  period: dailyPeriod,
  run: async () => ({}),
};
