import {
  AppError,
  pageMeta,
  type pendingRevisionsInputSchema,
  type rejectRevisionInputSchema,
  type RevisionDiff,
  type revisionDiffInputSchema,
  type revisionIdInputSchema,
} from "@cluster-match/shared";
import type { z } from "zod";
import { auditActor } from "../audit/audit-rule.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import type { ServiceContext, UserContext } from "../context.ts";
import { enqueueOutbox } from "../outbox/outbox.repository.ts";
import { loadVocabulary } from "../taxonomy/taxonomy.service.ts";
import { noticeApproved, noticeRejected } from "./company-notices.ts";
import { assertKnownCodes, assertPublishable } from "./profile-checks.ts";
import { profileFromRow, profileToWrite, readRevisionData, wasPublished } from "./profile-data.ts";
import { findCompanyProfile, findOpportunityIdsOf, lockCompany, updateCompanyFields, writeCompanyProfile } from "./profile.repository.ts";
import { findPendingRevisions, findRevision, supersedeOpenRevisions, transitionRevision, type RevisionRow } from "./revisions.repository.ts";
import { diffProfiles, type DiffLabels } from "./revision-diff.ts";
import { deleteStoredFile } from "./stored-files.ts";
import type { Db } from "./profile.repository.ts";
import type { Prisma } from "../generated/prisma/client.ts";

type Tx = Prisma.TransactionClient;

export async function listPendingRevisions(ctx: Pick<ServiceContext, "prisma">, input: z.infer<typeof pendingRevisionsInputSchema>) {
  const { rows, total } = await findPendingRevisions(ctx.prisma, { skip: (input.page - 1) * input.pageSize, take: input.pageSize });
  return {
    items: rows.map((r) => ({
      revisionId: r.id,
      companyId: r.company.id,
      companyName: r.company.name,
      companySlug: r.company.slug,
      companyStatus: r.company.status,
      isNew: !wasPublished(r.company),
      submittedAt: r.submittedAt?.toISOString() ?? null,
      submittedByName: r.submittedBy?.name ?? null,
    })),
    ...pageMeta(total, input.page, input.pageSize),
  };
}

function displayNames(locale: string, type: "region" | "language") {
  const names = new Intl.DisplayNames([locale], { type, fallback: "code" });
  return (code: string) => names.of(code) ?? code;
}

async function requireRevision(db: Db, revisionId: string): Promise<RevisionRow> {
  const revision = await findRevision(db, revisionId);
  if (!revision) throw new AppError("NOT_FOUND", "Revision not found");
  return revision;
}

export async function getRevisionDiff(ctx: Pick<ServiceContext, "prisma">, input: z.infer<typeof revisionDiffInputSchema>): Promise<RevisionDiff> {
  const { revisionId, locale } = input;
  const revision = await requireRevision(ctx.prisma, revisionId);
  const row = await findCompanyProfile(ctx.prisma, revision.companyId);
  if (!row) throw new AppError("NOT_FOUND", "Revision not found");
  const vocabulary = await loadVocabulary(ctx, { locale });
  const labels: DiffLabels = {
    capability: (c) => vocabulary.capability(c).label,
    certification: (c) => vocabulary.certification(c).label,
    material: (c) => vocabulary.material(c).label,
    country: displayNames(locale, "region"),
    language: displayNames(locale, "language"),
  };
  const data = readRevisionData(revision.data);
  const isNew = !wasPublished(row);
  return {
    revision: {
      id: revision.id,
      status: revision.status,
      submittedAt: revision.submittedAt?.toISOString() ?? null,
      submittedByName: revision.submittedBy?.name ?? null,
      reviewedAt: revision.reviewedAt?.toISOString() ?? null,
      rejectionReason: revision.rejectionReason,
    },
    company: {
      id: row.id,
      name: row.name,
      slug: row.slug,
      status: row.status,
      registryId: row.registryId,
      country: row.country,
      publishedAt: row.publishedAt?.toISOString() ?? null,
    },
    isNew,
    possibleDuplicates: data.possibleDuplicates,
    ...diffProfiles(isNew ? null : profileFromRow(row), data.profile, labels),
  };
}

/** The company and its opportunities change in search together (their visibility follows the company). */
export async function enqueueCompanyAndOpportunities(tx: Tx, companyId: string): Promise<void> {
  await enqueueOutbox(tx, "company", companyId);
  for (const id of await findOpportunityIdsOf(tx, companyId)) await enqueueOutbox(tx, "opportunity", id);
}

/** Locks the revision's company and checks the revision may still be decided. */
async function openForDecision(tx: Tx, revisionId: string) {
  const revision = await requireRevision(tx, revisionId);
  await lockCompany(tx, revision.companyId);
  const row = await findCompanyProfile(tx, revision.companyId);
  if (!row) throw new AppError("NOT_FOUND", "Revision not found");
  // Re-read under the lock: a concurrent decision or a member's edit may have moved it on.
  const current = await requireRevision(tx, revisionId);
  if (current.status !== "PENDING") throw new AppError("INVALID_STATE", "This revision is not waiting for review", { revisionStatus: current.status });
  return { revision: current, row };
}

/**
 * Publishes a revision: its data goes onto the company row and relation tables, the company is
 * published (a suspended one stays suspended), other open revisions are closed, search is told,
 * the change audited and the members notified — all in one transaction.
 */
export async function approveRevision(ctx: UserContext, input: z.infer<typeof revisionIdInputSchema>) {
  const { revisionId } = input;
  const result = await ctx.prisma.$transaction(async (tx) => {
    const { revision, row } = await openForDecision(tx, revisionId);
    const profile = assertPublishable(readRevisionData(revision.data).profile);
    await assertKnownCodes(tx, profile);
    const before = profileFromRow(row);
    const { scalars, relations } = profileToWrite(profile);
    const status = row.status === "SUSPENDED" ? ("SUSPENDED" as const) : ("PUBLISHED" as const);
    const now = ctx.clock.now();
    await writeCompanyProfile(tx, row.id, { ...scalars, status, publishedAt: row.publishedAt ?? now }, relations);
    await transitionRevision(tx, revision.id, ["PENDING"], { status: "APPROVED", reviewedAt: now, reviewedByUserId: ctx.user.id, rejectionReason: null });
    await supersedeOpenRevisions(tx, row.id, revision.id);
    await enqueueCompanyAndOpportunities(tx, row.id);
    await recordAudit(tx, auditActor(ctx.user), {
      action: "company.revision.approve",
      entityType: "company",
      entityId: row.id,
      summary: `${profile.name} (${row.registryId}), revision ${revision.id}`,
      before: { status: row.status, profile: before },
      after: { status, profile },
    });
    await noticeApproved(tx, { id: row.id, name: profile.name, slug: row.slug }, ctx.services.publicUrl);
    return { companyId: row.id, slug: row.slug, status, replacedLogo: before.logoKey !== profile.logoKey ? before.logoKey : null };
  });
  if (result.replacedLogo) await deleteStoredFile(ctx, result.replacedLogo);
  return { companyId: result.companyId, slug: result.slug, status: result.status, revisionStatus: "APPROVED" as const };
}

export async function rejectRevision(ctx: UserContext, input: z.infer<typeof rejectRevisionInputSchema>) {
  const { revisionId, reason } = input;
  return ctx.prisma.$transaction(async (tx) => {
    const { revision, row } = await openForDecision(tx, revisionId);
    await transitionRevision(tx, revision.id, ["PENDING"], { status: "REJECTED", rejectionReason: reason, reviewedAt: ctx.clock.now(), reviewedByUserId: ctx.user.id });
    const status = row.status === "PENDING_REVIEW" ? "DRAFT" : row.status;
    if (status !== row.status) await updateCompanyFields(tx, row.id, { status });
    await recordAudit(tx, auditActor(ctx.user), {
      action: "company.revision.reject",
      entityType: "company",
      entityId: row.id,
      summary: `${row.name} (${row.registryId}), revision ${revision.id}: ${reason}`,
      before: { revisionStatus: "PENDING", companyStatus: row.status },
      after: { revisionStatus: "REJECTED", companyStatus: status, rejectionReason: reason },
    });
    await noticeRejected(tx, row, reason, ctx.services.publicUrl);
    return { companyId: row.id, slug: row.slug, status, revisionStatus: "REJECTED" as const };
  });
}
