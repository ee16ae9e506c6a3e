import { AppError, type CompanyProfile, type EditableCompany, type MyCompany, type RevisionState } from "@cluster-match/shared";
import type { CompanyActorRole } from "../access/access.repository.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { auditIfCurator, type ActingCtx, type UserCtx } from "./acting.ts";
import { noticeReviewRequested } from "./company-notices.ts";
import { deleteStoredFile } from "./stored-files.ts";
import { assertKnownCodes, assertOwnLogo, assertPublishable } from "./profile-checks.ts";
import { companyStandingOf, logoUrlOf, profileFromRow, readRevisionData, revisionJson, wasPublished, type RevisionData } from "./profile-data.ts";
import {
  findCompanyProfile,
  findMyMemberships,
  lockCompany,
  updateCompanyFields,
  type CompanyProfileRow,
  type Db,
} from "./profile.repository.ts";
import { createRevision, findOpenRevision, transitionRevision, type RevisionRow } from "./revisions.repository.ts";

type Tx = Prisma.TransactionClient;

const collator = new Intl.Collator("bg", { sensitivity: "base", numeric: true });

export function revisionState(row: Pick<RevisionRow, "id" | "status" | "submittedAt" | "rejectionReason" | "updatedAt"> | null | undefined): RevisionState | null {
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    rejectionReason: row.rejectionReason,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listMyCompanies(ctx: UserCtx): Promise<MyCompany[]> {
  const rows = await findMyMemberships(ctx.prisma, ctx.user.id);
  return rows
    .map(({ role, company }) => ({
      companyId: company.id,
      slug: company.slug,
      name: company.name,
      nameLatin: company.nameLatin,
      role,
      status: company.status,
      verified: company.verified,
      logoUrl: logoUrlOf(company.logoKey),
      revision: revisionState(company.revisions[0]),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The working copy: the open revision's data, else the profile on the company row. */
export function workingCopy(row: CompanyProfileRow, open: RevisionRow | null): RevisionData {
  return open ? readRevisionData(open.data) : { profile: profileFromRow(row), possibleDuplicates: [] };
}

function toEditable(row: CompanyProfileRow, open: RevisionRow | null, actingAs: CompanyActorRole): EditableCompany {
  const { profile } = workingCopy(row, open);
  return {
    ...companyStandingOf(row),
    actingAs,
    data: profile,
    logoUrl: logoUrlOf(profile.logoKey),
    revision: revisionState(open),
  };
}

export async function requireCompany(db: Db, companyId: string): Promise<CompanyProfileRow> {
  const row = await findCompanyProfile(db, companyId);
  if (!row) throw new AppError("NOT_FOUND", "Company not found");
  return row;
}

export async function getEditable(ctx: ActingCtx): Promise<EditableCompany> {
  const row = await requireCompany(ctx.prisma, ctx.company.companyId);
  return toEditable(row, await findOpenRevision(ctx.prisma, row.id), ctx.company.role);
}

/**
 * Writes a change into the working copy; the company row (the published version) is never
 * touched. No open revision: a new draft. A draft: updated. One in review: taken back to
 * draft. A rejected one: closed, and the change starts a new draft from it.
 * Call with the company locked.
 */
export async function saveWorkingCopy(
  tx: Tx,
  row: CompanyProfileRow,
  change: (current: RevisionData) => RevisionData,
): Promise<{ before: RevisionData; after: RevisionData; revisionId: string }> {
  const open = await findOpenRevision(tx, row.id);
  const before = workingCopy(row, open);
  const after = change(before);
  const data = revisionJson(after);
  if (!open) return { before, after, revisionId: (await createRevision(tx, row.id, data)).id };
  if (open.status === "DRAFT") {
    await transitionRevision(tx, open.id, ["DRAFT"], { data });
    return { before, after, revisionId: open.id };
  }
  if (open.status === "PENDING") {
    await transitionRevision(tx, open.id, ["PENDING"], { data, status: "DRAFT", submittedAt: null, submittedByUserId: null });
    if (row.status === "PENDING_REVIEW") await updateCompanyFields(tx, row.id, { status: "DRAFT" });
    return { before, after, revisionId: open.id };
  }
  await transitionRevision(tx, open.id, ["REJECTED"], { status: "SUPERSEDED" });
  return { before, after, revisionId: (await createRevision(tx, row.id, data)).id };
}

const auditEntry = (row: CompanyProfileRow, action: string, revisionId: string, before: unknown, after: unknown) => ({
  action,
  entityType: "company",
  entityId: row.id,
  summary: `${row.name} (${row.registryId}), revision ${revisionId}`,
  before,
  after,
});

export async function updateProfile(ctx: ActingCtx, data: CompanyProfile): Promise<EditableCompany> {
  const companyId = ctx.company.companyId;
  await assertKnownCodes(ctx.prisma, data);
  await ctx.prisma.$transaction(async (tx) => {
    await lockCompany(tx, companyId);
    const row = await requireCompany(tx, companyId);
    const open = await findOpenRevision(tx, companyId);
    assertOwnLogo(companyId, data.logoKey, [row.logoKey, workingCopy(row, open).profile.logoKey]);
    const saved = await saveWorkingCopy(tx, row, (current) => ({ ...current, profile: data }));
    await auditIfCurator(tx, ctx, auditEntry(row, "company.profile.save_draft", saved.revisionId, saved.before.profile, saved.after.profile));
  });
  return getEditable(ctx);
}

export async function submitForReview(ctx: ActingCtx): Promise<EditableCompany> {
  const companyId = ctx.company.companyId;
  await ctx.prisma.$transaction(async (tx) => {
    await lockCompany(tx, companyId);
    const row = await requireCompany(tx, companyId);
    const open = await findOpenRevision(tx, companyId);
    // A second click finds the revision in review already: refused, nothing sent twice.
    if (open?.status !== "DRAFT") throw new AppError("INVALID_STATE", "There is no draft to submit", { revisionStatus: open?.status ?? null });
    const profile = assertPublishable(readRevisionData(open.data).profile);
    await assertKnownCodes(tx, profile);
    await transitionRevision(tx, open.id, ["DRAFT"], { status: "PENDING", submittedAt: new Date(), submittedByUserId: ctx.user.id, rejectionReason: null });
    if (row.status === "DRAFT") await updateCompanyFields(tx, companyId, { status: "PENDING_REVIEW" });
    await noticeReviewRequested(tx, row, open.id, !wasPublished(row), ctx.services.publicUrl);
    await auditIfCurator(tx, ctx, auditEntry(row, "company.profile.submit", open.id, { revisionStatus: "DRAFT" }, { revisionStatus: "PENDING" }));
  });
  return getEditable(ctx);
}

/** Drops the working copy (draft, in review or rejected); the published profile stays as it is. */
export async function discardDraft(ctx: ActingCtx): Promise<EditableCompany> {
  const companyId = ctx.company.companyId;
  const orphanLogo = await ctx.prisma.$transaction(async (tx) => {
    await lockCompany(tx, companyId);
    const row = await requireCompany(tx, companyId);
    const open = await findOpenRevision(tx, companyId);
    if (!open) throw new AppError("INVALID_STATE", "There is no draft to discard");
    const { profile } = readRevisionData(open.data);
    await transitionRevision(tx, open.id, [open.status], { status: "SUPERSEDED" });
    if (row.status === "PENDING_REVIEW") await updateCompanyFields(tx, companyId, { status: "DRAFT" });
    await auditIfCurator(tx, ctx, auditEntry(row, "company.profile.discard_draft", open.id, { revisionStatus: open.status, data: profile }, { revisionStatus: "SUPERSEDED" }));
    return profile.logoKey && profile.logoKey !== row.logoKey ? profile.logoKey : null;
  });
  // The draft's own logo is referenced by nothing now.
  if (orphanLogo) await deleteStoredFile(ctx, orphanLogo);
  return getEditable(ctx);
}
