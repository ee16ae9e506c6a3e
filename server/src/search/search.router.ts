import { companySearchInputSchema, companySearchOutputSchema, suggestInputSchema, suggestOutputSchema } from "@cluster-match/shared";
import { publicProcedure, router } from "../trpc.ts";
import { searchCompaniesApi, suggestApi } from "./search-api.service.ts";

export const searchRouter = router({
  companies: publicProcedure
    .input(companySearchInputSchema)
    .output(companySearchOutputSchema)
    .query(({ ctx, input }) => searchCompaniesApi(ctx.search, input)),
  suggest: publicProcedure
    .input(suggestInputSchema)
    .output(suggestOutputSchema)
    .query(({ ctx, input }) => suggestApi(ctx.search, input)),
});
