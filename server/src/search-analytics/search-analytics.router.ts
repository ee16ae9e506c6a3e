import { searchAnalyticsInputSchema, searchAnalyticsOutputSchema, searchClickInputSchema, searchClickOutputSchema } from "@cluster-match/shared";
import { adminProcedure, publicProcedure, router } from "../trpc.ts";
import { getSearchAnalytics, recordSearchClick } from "./search-analytics.service.ts";

export const searchAnalyticsRouter = router({
  /** The search page reports the result a searcher opened (no user id is kept). */
  click: publicProcedure
    .input(searchClickInputSchema)
    .output(searchClickOutputSchema)
    .mutation(({ ctx, input }) => recordSearchClick(ctx, input)),
  report: adminProcedure
    .input(searchAnalyticsInputSchema)
    .output(searchAnalyticsOutputSchema)
    .query(({ ctx, input }) => getSearchAnalytics(ctx, input)),
});
