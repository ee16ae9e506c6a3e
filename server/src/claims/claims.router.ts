import {
  claimCompanyInputSchema,
  claimDecisionInputSchema,
  claimDecisionOutputSchema,
  claimIdInputSchema,
  claimLinkInfoSchema,
  claimLinkInputSchema,
  claimOptionsInputSchema,
  claimOptionsSchema,
  claimQueueInputSchema,
  claimQueueOutputSchema,
  claimRejectInputSchema,
  claimRequestApprovalInputSchema,
  claimResultSchema,
  claimableSchema,
  claimVerifyCodeInputSchema,
  myClaimsSchema,
} from "@cluster-match/shared";
import { adminProcedure, authedProcedure, clusterManagerProcedure, companyOwnerProcedure, publicProcedure, router } from "../trpc.ts";
import * as claims from "./claims.service.ts";

// The claimant's procedures take the firm as `companyId` but are open to any signed-in user: a
// claim is what makes them a member. Decisions act for the firm (companyOwnerProcedure admits its
// clusters' managers and admins; a claimable firm has no owner).
export const claimsRouter = router({
  claimable: publicProcedure.input(claimCompanyInputSchema).output(claimableSchema).query(({ ctx, input }) => claims.isClaimable(ctx, input)),
  options: authedProcedure.input(claimOptionsInputSchema).output(claimOptionsSchema).query(({ ctx, input }) => claims.claimOptions(ctx, input)),
  claimByDomain: authedProcedure.input(claimCompanyInputSchema).output(claimResultSchema).mutation(({ ctx, input }) => claims.claimByDomain(ctx, input)),
  sendCode: authedProcedure.input(claimCompanyInputSchema).output(claimResultSchema).mutation(({ ctx, input }) => claims.sendClaimCode(ctx, input)),
  verifyCode: authedProcedure.input(claimVerifyCodeInputSchema).output(claimResultSchema).mutation(({ ctx, input }) => claims.verifyClaimCode(ctx, input)),
  requestApproval: authedProcedure
    .input(claimRequestApprovalInputSchema)
    .output(claimResultSchema)
    .mutation(({ ctx, input }) => claims.requestClaimApproval(ctx, input)),
  cancel: authedProcedure.input(claimIdInputSchema).output(claimResultSchema).mutation(({ ctx, input }) => claims.cancelClaim(ctx, input)),
  mine: authedProcedure.output(myClaimsSchema).query(({ ctx }) => claims.listMyClaims(ctx)),
  linkInfo: publicProcedure.input(claimLinkInputSchema).output(claimLinkInfoSchema).query(({ ctx, input }) => claims.claimLinkInfo(ctx, input)),
  claimWithLink: authedProcedure.input(claimLinkInputSchema).output(claimResultSchema).mutation(({ ctx, input }) => claims.claimWithLink(ctx, input)),
  listForCluster: clusterManagerProcedure
    .input(claimQueueInputSchema)
    .output(claimQueueOutputSchema)
    .query(({ ctx, input }) => claims.listClaimsForCluster(ctx, input)),
  listAll: adminProcedure.input(claimQueueInputSchema).output(claimQueueOutputSchema).query(({ ctx, input }) => claims.listAllClaims(ctx, input)),
  approve: companyOwnerProcedure.input(claimDecisionInputSchema).output(claimDecisionOutputSchema).mutation(({ ctx, input }) => claims.approveClaim(ctx, input)),
  reject: companyOwnerProcedure.input(claimRejectInputSchema).output(claimDecisionOutputSchema).mutation(({ ctx, input }) => claims.rejectClaim(ctx, input)),
});
