import {
  pageMeta,
  AppError,
  canTransition,
  changedFields,
  deadlineProblem,
  opportunityStatuses,
  type EditConflictDetails,
  type OpportunityDraft,
  type OpportunityMutationOutput,
  type OpportunityStatus,
  type OpportunityTransition,
  type OwnOpportunityDetail,
  type OwnOpportunityListOutput,
  type opportunityCreateInputSchema,
  type opportunityIdInputSchema,
  type opportunityRenewInputSchema,
  type opportunityUpdateInputSchema,
  type ownOpportunityGetInputSchema,
  type ownOpportunityListInputSchema,
} from "@cluster-match/shared";
import type { z } from "zod";
import { auditIfAuthority } from "../audit/audit-rule.ts";
import type { CompanyContext } from "../context.ts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { enqueueOutbox } from "../outbox/outbox.repository.ts";
import { loadVocabulary } from "../taxonomy/taxonomy.service.ts";
import { draftOf, opportunityAuditEntry, toOwnDetail, toOwnItem } from "./opportunity-editor.dto.ts";
import {
  countOwnByStatus,
  dayToDate,
  deleteIfIn,
  findOwnOpportunities,
  findOwnOpportunity,
  findRecentDraftsBy,
  findUnknownCodes,
  insertDraft,
  lockCompanyOpportunities,
  replaceContent,
  updateIfIn,
  type OwnOpportunityRow,
} from "./opportunity-editor.repository.ts";
import { noticeReviewRequested } from "./opportunity-notices.ts";

// Every service here acts for the company `ctx.company.companyId`: as its member, its cluster's manager or an admin.
type Tx = Prisma.TransactionClient;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The opportunity of the acting company; another company's looks exactly like a missing one. */
async function loadOwn(tx: Tx | PrismaClient, ctx: CompanyContext, id: string): Promise<OwnOpportunityRow> {
  const row = await findOwnOpportunity(tx, ctx.company.companyId, id);
  if (!row) throw new AppError("NOT_FOUND", "Opportunity not found");
  return row;
}

export function assertTransition(action: OpportunityTransition, status: OpportunityStatus): void {
  if (!canTransition(action, status)) throw new AppError("INVALID_STATE", `Cannot ${action} an opportunity that is ${status}`, { status });
}

/** A concurrent request changed the state between our read and our write. */
function changedMeanwhile(action: string): never {
  throw new AppError("INVALID_STATE", `The opportunity changed while trying to ${action} it`);
}

/** Refuses a save that started from an older version, with what is saved now and which fields differ from what was sent. */
function assertVersion(row: OwnOpportunityRow, version: number, sent: OpportunityDraft): void {
  if (row.version === version) return;
  const current = draftOf(row);
  const details: EditConflictDetails = { version: row.version, fields: changedFields(current, sent), current };
  throw new AppError("EDIT_CONFLICT", "Someone else saved this opportunity meanwhile", details);
}

export function assertPublishableDeadline(deadline: string, now: Date): void {
  const problem = deadlineProblem(deadline, now);
  if (problem) throw new AppError("VALIDATION", "The deadline must be after today and at most one year ahead", { field: "deadline", problem });
}

async function assertKnownCodes(tx: Tx, draft: OpportunityDraft): Promise<void> {
  const unknown = await findUnknownCodes(tx, draft.requiredCapabilities, draft.certificationsRequired);
  if (unknown.capabilities.length > 0) throw new AppError("VALIDATION", "Unknown capability", { field: "requiredCapabilities", codes: unknown.capabilities });
  if (unknown.certifications.length > 0) throw new AppError("VALIDATION", "Unknown certification", { field: "certificationsRequired", codes: unknown.certifications });
}

export async function listOwnOpportunities(ctx: CompanyContext, input: z.infer<typeof ownOpportunityListInputSchema>): Promise<OwnOpportunityListOutput> {
  const companyId = ctx.company.companyId;
  const [{ rows, total }, counts] = await Promise.all([
    findOwnOpportunities(ctx.prisma, companyId, input.statuses, { skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
    countOwnByStatus(ctx.prisma, companyId),
  ]);
  const statusCounts = Object.fromEntries(opportunityStatuses.map((s) => [s, counts.find((c) => c.status === s)?.count ?? 0]));
  return { items: rows.map((r) => toOwnItem(r, input.locale)), statusCounts, ...pageMeta(total, input.page, input.pageSize) };
}

export async function getOwnOpportunity(ctx: CompanyContext, input: z.infer<typeof ownOpportunityGetInputSchema>): Promise<OwnOpportunityDetail> {
  const row = await loadOwn(ctx.prisma, ctx, input.id);
  return toOwnDetail(row, await loadVocabulary(ctx, input));
}

// A form sent twice (a double click, a retried request) within this window is one draft.
const doubleSubmitWindowMs = 60_000;
// jsonb keeps its own key order, so texts are compared language by language.
const sameTexts = (stored: unknown, sent: Record<string, string | undefined>) => {
  const a = (stored ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(sent)]);
  return [...keys].every((k) => a[k] === sent[k]);
};
const sameContent = (row: { type: string; title: unknown; description: unknown }, draft: OpportunityDraft) =>
  row.type === draft.type && sameTexts(row.title, draft.title) && sameTexts(row.description, draft.description);

export async function createOpportunity(ctx: CompanyContext, input: z.infer<typeof opportunityCreateInputSchema>): Promise<OpportunityMutationOutput> {
  const draft = input.data;
  return ctx.prisma.$transaction(async (tx) => {
    await assertKnownCodes(tx, draft);
    // Serialise creates for the company, so two copies of one request cannot both pass the check below.
    await lockCompanyOpportunities(tx, ctx.company.companyId);
    const now = ctx.clock.now();
    const recent = await findRecentDraftsBy(tx, ctx.company.companyId, ctx.user.id, new Date(now.getTime() - doubleSubmitWindowMs));
    const repeated = recent.find((row) => sameContent(row, draft));
    if (repeated) return { id: repeated.id, status: "DRAFT" as const, version: repeated.version };
    const { id, version } = await insertDraft(tx, ctx.company.companyId, ctx.user.id, draft, now);
    await auditIfAuthority(tx, ctx, opportunityAuditEntry("create", { after: await loadOwn(tx, ctx, id) }));
    return { id, status: "DRAFT" as const, version };
  });
}

/**
 * Saves new content if the opportunity is still at `version` (the one the editor loaded): of
 * two editors saving at once, the second is refused with EDIT_CONFLICT and what the first
 * saved. A rejected opportunity becomes a draft again (its last rejection reason stays visible).
 */
export async function updateOpportunity(ctx: CompanyContext, input: z.infer<typeof opportunityUpdateInputSchema>): Promise<OpportunityMutationOutput> {
  const { id, data: draft, version } = input;
  return ctx.prisma.$transaction(async (tx) => {
    const before = await loadOwn(tx, ctx, id);
    assertTransition("edit", before.status);
    assertVersion(before, version, draft);
    await assertKnownCodes(tx, draft);
    if (!(await replaceContent(tx, id, ["DRAFT", "REJECTED"], draft, { status: "DRAFT" }, version))) {
      // Another request changed it between our read and our write: say what it did.
      const now = await loadOwn(tx, ctx, id);
      assertTransition("edit", now.status);
      assertVersion(now, version, draft);
      changedMeanwhile("edit");
    }
    const after = await loadOwn(tx, ctx, id);
    await auditIfAuthority(tx, ctx, opportunityAuditEntry("update", { before, after }));
    return { id, status: "DRAFT" as const, version: after.version };
  });
}

export async function deleteOpportunity(ctx: CompanyContext, { id }: z.infer<typeof opportunityIdInputSchema>): Promise<{ id: string; deleted: true }> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await loadOwn(tx, ctx, id);
    assertTransition("delete", before.status);
    if (!(await deleteIfIn(tx, id, ["DRAFT", "REJECTED"]))) changedMeanwhile("delete");
    await auditIfAuthority(tx, ctx, opportunityAuditEntry("delete", { before }));
    return { id, deleted: true as const };
  });
}

export async function submitForReview(ctx: CompanyContext, { id }: z.infer<typeof opportunityIdInputSchema>): Promise<OpportunityMutationOutput> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await loadOwn(tx, ctx, id);
    assertTransition("submit", before.status);
    const now = ctx.clock.now();
    assertPublishableDeadline(day(before.deadline), now);
    if (!(await updateIfIn(tx, id, ["DRAFT", "REJECTED"], { status: "IN_REVIEW", submittedAt: now }))) changedMeanwhile("submit");
    const after = await loadOwn(tx, ctx, id);
    await noticeReviewRequested(tx, { opportunity: after, publicUrl: ctx.services.publicUrl });
    await auditIfAuthority(tx, ctx, opportunityAuditEntry("submit", { before, after }));
    return { id, status: "IN_REVIEW" as const, version: after.version };
  });
}

export async function closeOpportunity(ctx: CompanyContext, { id }: z.infer<typeof opportunityIdInputSchema>): Promise<OpportunityMutationOutput> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await loadOwn(tx, ctx, id);
    assertTransition("close", before.status);
    if (!(await updateIfIn(tx, id, ["PUBLISHED", "EXPIRED"], { status: "CLOSED", closedAt: ctx.clock.now() }))) changedMeanwhile("close");
    await enqueueOutbox(tx, "opportunity", id);
    const after = await loadOwn(tx, ctx, id);
    await auditIfAuthority(tx, ctx, opportunityAuditEntry("close", { before, after }));
    return { id, status: "CLOSED" as const, version: after.version };
  });
}

/** A new deadline for a published or expired opportunity: the content is unchanged, so it needs no new review. */
export async function renewOpportunity(ctx: CompanyContext, { id, deadline }: z.infer<typeof opportunityRenewInputSchema>): Promise<OpportunityMutationOutput> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await loadOwn(tx, ctx, id);
    assertTransition("renew", before.status);
    assertPublishableDeadline(deadline, ctx.clock.now());
    const renewed = await updateIfIn(tx, id, ["PUBLISHED", "EXPIRED"], { status: "PUBLISHED", deadline: dayToDate(deadline), expiredAt: null });
    if (!renewed) changedMeanwhile("renew");
    await enqueueOutbox(tx, "opportunity", id);
    const after = await loadOwn(tx, ctx, id);
    await auditIfAuthority(tx, ctx, opportunityAuditEntry("renew", { before, after }));
    return { id, status: "PUBLISHED" as const, version: after.version };
  });
}
