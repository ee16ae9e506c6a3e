import {
  opportunityCreateInputSchema,
  opportunityDetailSchema,
  opportunityGetInputSchema,
  opportunityIdInputSchema,
  opportunityListInputSchema,
  opportunityListOutputSchema,
  opportunityMutationOutputSchema,
  opportunityRejectInputSchema,
  opportunityRenewInputSchema,
  opportunityReviewDetailSchema,
  opportunityReviewGetInputSchema,
  opportunityReviewListInputSchema,
  opportunityReviewListOutputSchema,
  opportunityUpdateInputSchema,
  ownOpportunityDetailSchema,
  ownOpportunityGetInputSchema,
  ownOpportunityListInputSchema,
  ownOpportunityListOutputSchema,
} from "@cluster-match/shared";
import { z } from "zod";
import { adminProcedure, companyMemberProcedure, publicProcedure, router } from "../trpc.ts";
import {
  closeOpportunity,
  createOpportunity,
  deleteOpportunity,
  getOwnOpportunity,
  listOwnOpportunities,
  renewOpportunity,
  submitForReview,
  updateOpportunity,
} from "./opportunity-editor.service.ts";
import { approveOpportunity, getForReview, listPendingReview, rejectOpportunity } from "./opportunity-review.service.ts";
import { getOpportunity, listOpportunities } from "./opportunities.service.ts";

export const opportunitiesRouter = router({
  // Public: published opportunities whose deadline has not passed.
  list: publicProcedure
    .input(opportunityListInputSchema)
    .output(opportunityListOutputSchema)
    .query(({ ctx, input }) => listOpportunities(ctx, input)),
  get: publicProcedure
    .input(opportunityGetInputSchema)
    .output(opportunityDetailSchema)
    .query(({ ctx, input }) => getOpportunity(ctx, input)),

  // The acting company's own opportunities, in every state.
  listOwn: companyMemberProcedure
    .input(ownOpportunityListInputSchema)
    .output(ownOpportunityListOutputSchema)
    .query(({ ctx, input }) => listOwnOpportunities(ctx, input)),
  getOwn: companyMemberProcedure
    .input(ownOpportunityGetInputSchema)
    .output(ownOpportunityDetailSchema)
    .query(({ ctx, input }) => getOwnOpportunity(ctx, input)),
  create: companyMemberProcedure
    .input(opportunityCreateInputSchema)
    .output(opportunityMutationOutputSchema)
    .mutation(({ ctx, input }) => createOpportunity(ctx, input)),
  update: companyMemberProcedure
    .input(opportunityUpdateInputSchema)
    .output(opportunityMutationOutputSchema)
    .mutation(({ ctx, input }) => updateOpportunity(ctx, input)),
  delete: companyMemberProcedure
    .input(opportunityIdInputSchema)
    .output(z.object({ id: z.string(), deleted: z.literal(true) }))
    .mutation(({ ctx, input }) => deleteOpportunity(ctx, input)),
  submitForReview: companyMemberProcedure
    .input(opportunityIdInputSchema)
    .output(opportunityMutationOutputSchema)
    .mutation(({ ctx, input }) => submitForReview(ctx, input)),
  close: companyMemberProcedure
    .input(opportunityIdInputSchema)
    .output(opportunityMutationOutputSchema)
    .mutation(({ ctx, input }) => closeOpportunity(ctx, input)),
  renew: companyMemberProcedure
    .input(opportunityRenewInputSchema)
    .output(opportunityMutationOutputSchema)
    .mutation(({ ctx, input }) => renewOpportunity(ctx, input)),

  // Admin review.
  pendingReview: adminProcedure
    .input(opportunityReviewListInputSchema)
    .output(opportunityReviewListOutputSchema)
    .query(({ ctx, input }) => listPendingReview(ctx, input)),
  getForReview: adminProcedure
    .input(opportunityReviewGetInputSchema)
    .output(opportunityReviewDetailSchema)
    .query(({ ctx, input }) => getForReview(ctx, input)),
  approve: adminProcedure
    .input(opportunityIdInputSchema)
    .output(opportunityMutationOutputSchema)
    .mutation(({ ctx, input }) => approveOpportunity(ctx, input)),
  reject: adminProcedure
    .input(opportunityRejectInputSchema)
    .output(opportunityMutationOutputSchema)
    .mutation(({ ctx, input }) => rejectOpportunity(ctx, input)),
});
