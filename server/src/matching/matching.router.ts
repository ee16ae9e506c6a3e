import {
  companyMatchSchema,
  matchForCompanyInputSchema,
  matchForCompanyOutputSchema,
  matchForOpportunityInputSchema,
} from "@cluster-match/shared";
import { z } from "zod";
import { publicProcedure, router } from "../trpc.ts";
import { matchForCompanyApi, matchForOpportunityApi } from "./matching-api.service.ts";

export const matchingRouter = router({
  forOpportunity: publicProcedure
    .input(matchForOpportunityInputSchema)
    .output(z.array(companyMatchSchema))
    .query(({ ctx, input }) => matchForOpportunityApi(ctx, input)),
  forCompany: publicProcedure
    .input(matchForCompanyInputSchema)
    .output(matchForCompanyOutputSchema)
    .query(({ ctx, input }) => matchForCompanyApi(ctx, input)),
});
