import {
  companySearchApiOutputSchema,
  companySearchInputSchema,
  opportunitySearchInputSchema,
  opportunitySearchOutputSchema,
  suggestInputSchema,
  suggestOutputSchema,
} from "@cluster-match/shared";
import { publicProcedure, router } from "../trpc.ts";

/** Public searches, limited per client address (search-rate-limit.ts). */
const searchProcedure = publicProcedure.use(async ({ ctx, next }) => {
  await ctx.services.searchLimit.consume(ctx.request.ip);
  return next();
});
import { searchCompaniesLogged, searchOpportunitiesApi, suggestApi } from "./search-api.service.ts";

export const searchRouter = router({
  companies: searchProcedure
    .input(companySearchInputSchema)
    .output(companySearchApiOutputSchema)
    .query(({ ctx, input }) => searchCompaniesLogged(ctx, input)),
  opportunities: searchProcedure
    .input(opportunitySearchInputSchema)
    .output(opportunitySearchOutputSchema)
    .query(({ ctx, input }) => searchOpportunitiesApi(ctx, input)),
  suggest: searchProcedure
    .input(suggestInputSchema)
    .output(suggestOutputSchema)
    .query(({ ctx, input }) => suggestApi(ctx, input)),
});
