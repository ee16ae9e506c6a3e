import {
  pageMeta,
  AppError,
  type OpportunityMutationOutput,
  type OpportunityReviewDetail,
  type OpportunityReviewListOutput,
} from "@cluster-match/shared";
import type { Clock } from "../clock.ts";
import type { SessionUser } from "../context.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { enqueueOutbox } from "../outbox/outbox.repository.ts";
import { loadVocabulary } from "../taxonomy/taxonomy.service.ts";
import { toReviewDetail, toReviewItem } from "./opportunity-editor.dto.ts";
import { findInReview, findOpportunityById, updateIfIn, type OwnOpportunityRow } from "./opportunity-editor.repository.ts";
import { assertPublishableDeadline, assertTransition } from "./opportunity-editor.service.ts";
import { auditIfAuthority, noticeApproved, noticeRejected } from "./opportunity-notices.ts";

/** An admin reviewing opportunities. */
export interface ReviewerContext {
  prisma: PrismaClient;
  user: SessionUser;
  publicUrl: string;
  clock: Clock;
}

async function load(db: Parameters<typeof findOpportunityById>[0], id: string): Promise<OwnOpportunityRow> {
  const row = await findOpportunityById(db, id);
  if (!row) throw new AppError("NOT_FOUND", "Opportunity not found");
  return row;
}

export async function listPendingReview(
  ctx: ReviewerContext,
  input: { page: number; pageSize: number; locale: string },
): Promise<OpportunityReviewListOutput> {
  const { rows, total } = await findInReview(ctx.prisma, { skip: (input.page - 1) * input.pageSize, take: input.pageSize });
  return { items: rows.map((r) => toReviewItem(r, input.locale)), ...pageMeta(total, input.page, input.pageSize) };
}

/** The whole opportunity with its owner (also when anonymous: admins curate it), in any state. */
export async function getForReview(ctx: ReviewerContext, id: string, locale: string): Promise<OpportunityReviewDetail> {
  const row = await load(ctx.prisma, id);
  return toReviewDetail(row, await loadVocabulary(ctx.prisma, locale));
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Publishes an opportunity in review. Refused while its company is not published (it would stay
 * invisible) and when the deadline passed during the review (it would expire at once).
 */
export async function approveOpportunity(ctx: ReviewerContext, id: string): Promise<OpportunityMutationOutput> {
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
    await auditIfAuthority(tx, { user: ctx.user }, "approve", before, after);
    await noticeApproved(tx, after, ctx.publicUrl);
    return { id, status: "PUBLISHED" as const, version: after.version };
  });
}

export async function rejectOpportunity(ctx: ReviewerContext, id: string, reason: string): Promise<OpportunityMutationOutput> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await load(tx, id);
    assertTransition("reject", before.status);
    if (!(await updateIfIn(tx, id, ["IN_REVIEW"], { status: "REJECTED", rejectionReason: reason }))) {
      throw new AppError("INVALID_STATE", "The opportunity changed while rejecting it");
    }
    const after = await load(tx, id);
    await auditIfAuthority(tx, { user: ctx.user }, "reject", before, after);
    await noticeRejected(tx, after, reason, ctx.publicUrl);
    return { id, status: "REJECTED" as const, version: after.version };
  });
}
