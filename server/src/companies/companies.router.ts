import {
  adminCompanySchema,
  adminGetInputSchema,
  adminUpdateInputSchema,
  companyDetailSchema,
  companyGetInputSchema,
  companyListInputSchema,
  companyListOutputSchema,
  companyRegisterInputSchema,
  companyRegisterOutputSchema,
  draftVersionInputSchema,
  editableCompanySchema,
  myCompaniesOutputSchema,
  pendingRevisionsInputSchema,
  pendingRevisionsOutputSchema,
  rejectRevisionInputSchema,
  removeLogoOutputSchema,
  reviewDecisionOutputSchema,
  revisionDiffInputSchema,
  revisionDiffOutputSchema,
  revisionIdInputSchema,
  setVerifiedInputSchema,
  suspendInputSchema,
  updateProfileInputSchema,
  uploadLogoInputSchema,
  uploadLogoOutputSchema,
} from "@cluster-match/shared";
import { adminProcedure, authedProcedure, companyMemberProcedure, publicProcedure, router } from "../trpc.ts";
import { getCompany, listCompanies } from "./companies.service.ts";
import { adminUpdateCompany, getAdminCompany, reinstateCompany, setVerified, suspendCompany } from "./curation.service.ts";
import { discardDraft, getEditable, listMyCompanies, submitForReview, updateProfile } from "./editor.service.ts";
import { removeLogo, uploadLogo } from "./logo.service.ts";
import { registerCompany } from "./register.service.ts";
import { approveRevision, getRevisionDiff, listPendingRevisions, rejectRevision } from "./review.service.ts";

export const companiesRouter = router({
  list: publicProcedure
    .input(companyListInputSchema)
    .output(companyListOutputSchema)
    .query(({ ctx, input }) => listCompanies(ctx, input)),
  get: publicProcedure
    .input(companyGetInputSchema)
    .output(companyDetailSchema)
    .query(({ ctx, input }) => getCompany(ctx, input)),

  // ---- a member's workspace ----
  register: authedProcedure
    .input(companyRegisterInputSchema)
    .output(companyRegisterOutputSchema)
    .mutation(({ ctx, input }) => registerCompany(ctx, input)),
  mine: authedProcedure.output(myCompaniesOutputSchema).query(({ ctx }) => listMyCompanies(ctx)),
  getEditable: companyMemberProcedure.output(editableCompanySchema).query(({ ctx }) => getEditable(ctx)),
  updateProfile: companyMemberProcedure
    .input(updateProfileInputSchema)
    .output(editableCompanySchema)
    .mutation(({ ctx, input }) => updateProfile(ctx, input)),
  submitForReview: companyMemberProcedure
    .input(draftVersionInputSchema)
    .output(editableCompanySchema)
    .mutation(({ ctx, input }) => submitForReview(ctx, input)),
  discardDraft: companyMemberProcedure
    .input(draftVersionInputSchema)
    .output(editableCompanySchema)
    .mutation(({ ctx, input }) => discardDraft(ctx, input)),
  uploadLogo: companyMemberProcedure
    .input(uploadLogoInputSchema)
    .output(uploadLogoOutputSchema)
    .mutation(({ ctx, input }) => uploadLogo(ctx, input)),
  removeLogo: companyMemberProcedure
    .input(draftVersionInputSchema)
    .output(removeLogoOutputSchema)
    .mutation(async ({ ctx, input }) => ({ ok: true as const, ...(await removeLogo(ctx, input)) })),

  // ---- admin review ----
  pendingRevisions: adminProcedure
    .input(pendingRevisionsInputSchema)
    .output(pendingRevisionsOutputSchema)
    .query(({ ctx, input }) => listPendingRevisions(ctx, input)),
  revisionDiff: adminProcedure
    .input(revisionDiffInputSchema)
    .output(revisionDiffOutputSchema)
    .query(({ ctx, input }) => getRevisionDiff(ctx, input)),
  approveRevision: adminProcedure
    .input(revisionIdInputSchema)
    .output(reviewDecisionOutputSchema)
    .mutation(({ ctx, input }) => approveRevision(ctx, input)),
  rejectRevision: adminProcedure
    .input(rejectRevisionInputSchema)
    .output(reviewDecisionOutputSchema)
    .mutation(({ ctx, input }) => rejectRevision(ctx, input)),

  // ---- admin curation ----
  adminGet: adminProcedure
    .input(adminGetInputSchema)
    .output(adminCompanySchema)
    .query(({ ctx, input }) => getAdminCompany(ctx, input)),
  setVerified: adminProcedure
    .input(adminGetInputSchema.extend(setVerifiedInputSchema.shape))
    .output(adminCompanySchema)
    .mutation(({ ctx, input }) => setVerified(ctx, input)),
  suspend: adminProcedure
    .input(adminGetInputSchema.extend(suspendInputSchema.shape))
    .output(adminCompanySchema)
    .mutation(({ ctx, input }) => suspendCompany(ctx, input)),
  reinstate: adminProcedure
    .input(adminGetInputSchema)
    .output(adminCompanySchema)
    .mutation(({ ctx, input }) => reinstateCompany(ctx, input)),
  adminUpdate: adminProcedure
    .input(adminGetInputSchema.extend(adminUpdateInputSchema.shape))
    .output(adminCompanySchema)
    .mutation(({ ctx, input }) => adminUpdateCompany(ctx, input)),
});
