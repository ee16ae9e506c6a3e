import {
  pageMeta,
  AppError,
  type OpportunityMutationOutput,
  type OpportunityReviewDetail,
  type OpportunityReviewListOutput,
  type opportunityIdInputSchema,
  type opportunityRejectInputSchema,
  type opportunityReviewGetInputSchema,
  type opportunityReviewListInputSchema,
} from "@cluster-match/shared";
import type { z } from "zod";
import { auditIfAuthority } from "../audit/audit-rule.ts";
import type { UserContext } from "../context.ts";
import { enqueueOutbox } from "../outbox/outbox.repository.ts";
import { loadVocabulary } from "../taxonomy/taxonomy.service.ts";
import { opportunityAuditEntry, toReviewDetail, toReviewItem } from "./opportunity-editor.dto.ts";
import { findInReview, findOpportunityById, updateIfIn, type OwnOpportunityRow } from "./opportunity-editor.repository.ts";
import { assertPublishableDeadline, assertTransition } from "./opportunity-editor.service.ts";
import { noticeApproved, noticeRejected } from "./opportunity-notices.ts";

// Every service here is for an admin reviewing opportunities (adminProcedure).

async function load(db: Parameters<typeof findOpportunityById>[0], id: string): Promise<OwnOpportunityRow> {
  const row = await findOpportunityById(db, id);
  if (!row) throw new AppError("NOT_FOUND", "Opportunity not found");
  return row;
}

export async function listPendingReview(ctx: UserContext, input: z.infer<typeof opportunityReviewListInputSchema>): Promise<OpportunityReviewListOutput> {
  const { rows, total } = await findInReview(ctx.prisma, { skip: (input.page - 1) * input.pageSize, take: input.pageSize });
  return { items: rows.map((r) => toReviewItem(r, input.locale)), ...pageMeta(total, input.page, input.pageSize) };
}

/** The whole opportunity with its owner (also when anonymous: admins curate it), in any state. */
export async function getForReview(ctx: UserContext, input: z.infer<typeof opportunityReviewGetInputSchema>): Promise<OpportunityReviewDetail> {
  const row = await load(ctx.prisma, input.id);
  return toReviewDetail(row, await loadVocabulary(ctx, input));
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Publishes an opportunity in review. Refused while its company is not published (it would stay
 * invisible) and when the deadline passed during the review (it would expire at once).
 */
export async function approveOpportunity(ctx: UserContext, { id }: z.infer<typeof opportunityIdInputSchema>): Promise<OpportunityMutationOutput> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await load(tx, id);
    assertTransition("approve", before.status);
    if (before.company.status !== "PUBLISHED") {
      throw new AppError("INVALID_STATE", "The company is not published yet", { reason: "company_not_published" });
    }
    const now = ctx.clock.now();
    assertPublishableDeadline(day(before.deadline), now);
    const approved = await updateIfIn(tx, id, ["IN_REVIEW"], { status: "PUBLISHED", publishedAt: now, rejectionReason: null }, { company: { status: "PUBLISHED" } });
    if (!approved) throw new AppError("INVALID_STATE", "The opportunity changed while approving it");
    await enqueueOutbox(tx, "opportunity", id);
    const after = await load(tx, id);
    await auditIfAuthority(tx, ctx, opportunityAuditEntry("approve", { before, after }));
    await noticeApproved(tx, { opportunity: after, publicUrl: ctx.services.publicUrl });
    return { id, status: "PUBLISHED" as const, version: after.version };
  });
}

export async function rejectOpportunity(ctx: UserContext, { id, reason }: z.infer<typeof opportunityRejectInputSchema>): Promise<OpportunityMutationOutput> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await load(tx, id);
    assertTransition("reject", before.status);
    if (!(await updateIfIn(tx, id, ["IN_REVIEW"], { status: "REJECTED", rejectionReason: reason }))) {
      throw new AppError("INVALID_STATE", "The opportunity changed while rejecting it");
    }
    const after = await load(tx, id);
    await auditIfAuthority(tx, ctx, opportunityAuditEntry("reject", { before, after }));
    await noticeRejected(tx, { opportunity: after, publicUrl: ctx.services.publicUrl, reason });
    return { id, status: "REJECTED" as const, version: after.version };
  });
}
