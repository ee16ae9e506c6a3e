import type { ScheduledJob } from "../jobs/scheduler.ts";
import { dailyPeriod } from "../jobs/scheduler.ts";

/** Placeholder until the opportunities lifecycle lands: expires published opportunities past their deadline. */
export const opportunityExpiryJob: ScheduledJob = {
  name: "opportunity-expiry",
  pattern: "5 0 * * *",
  period: dailyPeriod,
  run: async () => ({}),
};
