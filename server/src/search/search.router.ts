import {
  companySearchApiOutputSchema,
  companySearchInputSchema,
  opportunitySearchInputSchema,
  opportunitySearchOutputSchema,
  suggestInputSchema,
  suggestOutputSchema,
} from "@cluster-match/shared";
import { publicProcedure, router } from "../trpc.ts";
import { searchCompaniesLogged, searchOpportunitiesApi, suggestApi } from "./search-api.service.ts";

export const searchRouter = router({
  companies: publicProcedure
    .input(companySearchInputSchema)
    .output(companySearchApiOutputSchema)
    .query(({ ctx, input }) => searchCompaniesLogged(ctx, input)),
  opportunities: publicProcedure
    .input(opportunitySearchInputSchema)
    .output(opportunitySearchOutputSchema)
    .query(({ ctx, input }) => searchOpportunitiesApi(ctx, input)),
  suggest: publicProcedure
    .input(suggestInputSchema)
    .output(suggestOutputSchema)
    .query(({ ctx, input }) => suggestApi(ctx, input)),
});
