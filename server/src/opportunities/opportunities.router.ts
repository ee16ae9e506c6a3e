import {
  opportunityDetailSchema,
  opportunityGetInputSchema,
  opportunityListInputSchema,
  opportunityListOutputSchema,
} from "@cluster-match/shared";
import { publicProcedure, router } from "../trpc.ts";
import { getOpportunity, listOpportunities } from "./opportunities.service.ts";

export const opportunitiesRouter = router({
  list: publicProcedure
    .input(opportunityListInputSchema)
    .output(opportunityListOutputSchema)
    .query(({ ctx, input }) => listOpportunities(ctx.prisma, input)),
  get: publicProcedure
    .input(opportunityGetInputSchema)
    .output(opportunityDetailSchema)
    .query(({ ctx, input }) => getOpportunity(ctx.prisma, input.id, input.locale)),
});
