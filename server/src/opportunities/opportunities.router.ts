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
import type { CompanyAccess } from "../access/access.repository.ts";
import type { Context, SessionUser } from "../context.ts";
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
  type MemberContext,
} from "./opportunity-editor.service.ts";
import {
  approveOpportunity,
  getForReview,
  listPendingReview,
  rejectOpportunity,
  type ReviewerContext,
} from "./opportunity-review.service.ts";
import { getOpportunity, listOpportunities } from "./opportunities.service.ts";

const member = (ctx: Context & { user: SessionUser; company: CompanyAccess }): MemberContext => ({
  prisma: ctx.prisma,
  user: ctx.user,
  company: ctx.company,
  publicUrl: ctx.services.publicUrl,
  clock: ctx.clock,
});
const reviewer = (ctx: Context & { user: SessionUser }): ReviewerContext => ({ prisma: ctx.prisma, user: ctx.user, publicUrl: ctx.services.publicUrl, clock: ctx.clock });

export const opportunitiesRouter = router({
  // Public: published opportunities whose deadline has not passed.
  list: publicProcedure
    .input(opportunityListInputSchema)
    .output(opportunityListOutputSchema)
    .query(({ ctx, input }) => listOpportunities(ctx.prisma, input, ctx.clock.now())),
  get: publicProcedure
    .input(opportunityGetInputSchema)
    .output(opportunityDetailSchema)
    .query(({ ctx, input }) => getOpportunity(ctx.prisma, input.id, input.locale, ctx.clock.now())),

  // The acting company's own opportunities, in every state.
  listOwn: companyMemberProcedure
    .input(ownOpportunityListInputSchema)
    .output(ownOpportunityListOutputSchema)
    .query(({ ctx, input }) => listOwnOpportunities(member(ctx), input)),
  getOwn: companyMemberProcedure
    .input(ownOpportunityGetInputSchema)
    .output(ownOpportunityDetailSchema)
    .query(({ ctx, input }) => getOwnOpportunity(member(ctx), input.id, input.locale)),
  create: companyMemberProcedure
    .input(opportunityCreateInputSchema)
    .output(opportunityMutationOutputSchema)
    .mutation(({ ctx, input }) => createOpportunity(member(ctx), input.data)),
  update: companyMemberProcedure
    .input(opportunityUpdateInputSchema)
    .output(opportunityMutationOutputSchema)
    .mutation(({ ctx, input }) => updateOpportunity(member(ctx), input.id, input.data, input.version)),
  delete: companyMemberProcedure
    .input(opportunityIdInputSchema)
    .output(z.object({ id: z.string(), deleted: z.literal(true) }))
    .mutation(({ ctx, input }) => deleteOpportunity(member(ctx), input.id)),
  submitForReview: companyMemberProcedure
    .input(opportunityIdInputSchema)
    .output(opportunityMutationOutputSchema)
    .mutation(({ ctx, input }) => submitForReview(member(ctx), input.id)),
  close: companyMemberProcedure
    .input(opportunityIdInputSchema)
    .output(opportunityMutationOutputSchema)
    .mutation(({ ctx, input }) => closeOpportunity(member(ctx), input.id)),
  renew: companyMemberProcedure
    .input(opportunityRenewInputSchema)
    .output(opportunityMutationOutputSchema)
    .mutation(({ ctx, input }) => renewOpportunity(member(ctx), input.id, input.deadline)),

  // Admin review.
  pendingReview: adminProcedure
    .input(opportunityReviewListInputSchema)
    .output(opportunityReviewListOutputSchema)
    .query(({ ctx, input }) => listPendingReview(reviewer(ctx), input)),
  getForReview: adminProcedure
    .input(opportunityReviewGetInputSchema)
    .output(opportunityReviewDetailSchema)
    .query(({ ctx, input }) => getForReview(reviewer(ctx), input.id, input.locale)),
  approve: adminProcedure
    .input(opportunityIdInputSchema)
    .output(opportunityMutationOutputSchema)
    .mutation(({ ctx, input }) => approveOpportunity(reviewer(ctx), input.id)),
  reject: adminProcedure
    .input(opportunityRejectInputSchema)
    .output(opportunityMutationOutputSchema)
    .mutation(({ ctx, input }) => rejectOpportunity(reviewer(ctx), input.id, input.reason)),
});
