import {
  AppError,
  changedFields,
  derivedPositionFields,
  type CompanyProfile,
  type draftVersionInputSchema,
  type EditableCompany,
  type EditConflictDetails,
  type MyCompany,
  type RevisionState,
  type updateProfileInputSchema,
} from "@cluster-match/shared";
import type { z } from "zod";
import type { CompanyAccess, CompanyActorRole } from "../access/access.repository.ts";
import { auditIfAuthority } from "../audit/audit-rule.ts";
import type { CompanyContext, UserContext } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { noticeReviewRequested } from "./company-notices.ts";
import { deleteStoredFile } from "./stored-files.ts";
import { assertKnownCodes, assertOwnLogo, assertPublishable, withDerivedLocation } from "./profile-checks.ts";
import { companyStandingOf, logoUrlOf, profileFromRow, readRevisionData, revisionJson, wasPublished, type RevisionData } from "./profile-data.ts";
import {
  findCompanyProfile,
  findMyMemberships,
  lockCompany,
  updateCompanyFields,
  type CompanyProfileRow,
  type Db,
} from "./profile.repository.ts";
import { createRevision, findLatestRevisionVersion, findOpenRevision, transitionRevision, type RevisionRow } from "./revisions.repository.ts";

type Tx = Prisma.TransactionClient;
export type DraftVersionInput = z.infer<typeof draftVersionInputSchema>;

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

export async function listMyCompanies(ctx: UserContext): Promise<MyCompany[]> {
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

/**
 * The version of the working copy: the open revision's, else the highest any revision of the
 * company had. Every change of a revision raises its version and a new one starts above all
 * earlier ones, so a version names one state of the working copy and an editor that saw an
 * older one is refused. (An admin's direct edit of the published profile is not part of it:
 * an open draft stays as it is and its review diff shows the difference.)
 */
function workingVersion(open: RevisionRow | null, latestRevisionVersion: number): number {
  return open ? open.version : latestRevisionVersion;
}

function toEditable(row: CompanyProfileRow, open: RevisionRow | null, latestRevisionVersion: number, actingAs: CompanyActorRole): EditableCompany {
  const { profile } = workingCopy(row, open);
  return {
    ...companyStandingOf(row),
    actingAs,
    data: profile,
    logoUrl: logoUrlOf(profile.logoKey),
    revision: revisionState(open),
    version: workingVersion(open, latestRevisionVersion),
  };
}

/** The refusal of a save that started from an older working copy, with what is saved now. */
function draftConflict(current: CompanyProfile, version: number, sent: CompanyProfile): AppError {
  const details: EditConflictDetails = { version, fields: changedFields(current, sent, derivedPositionFields), current };
  return new AppError("EDIT_CONFLICT", "Someone else saved this profile meanwhile", details);
}

export async function requireCompany(db: Db, companyId: string): Promise<CompanyProfileRow> {
  const row = await findCompanyProfile(db, companyId);
  if (!row) throw new AppError("NOT_FOUND", "Company not found");
  return row;
}

/**
 * The editor's view, read with `db` (a step's own transaction, or the client). Outside a
 * transaction the latest version is read first: a revision written between the reads then has a
 * higher version, and a save from this view is refused rather than overwriting what it did not show.
 */
export async function readEditable(db: Db, company: CompanyAccess): Promise<EditableCompany> {
  const latest = await findLatestRevisionVersion(db, company.companyId);
  const row = await requireCompany(db, company.companyId);
  return toEditable(row, await findOpenRevision(db, row.id), latest, company.role);
}

export async function getEditable(ctx: CompanyContext): Promise<EditableCompany> {
  return readEditable(ctx.prisma, ctx.company);
}

/** Refuses a step on the working copy when the editor's version is not the current one. */
async function assertWorkingVersion(tx: Tx, row: CompanyProfileRow, open: RevisionRow | null, version: number | undefined, sent?: CompanyProfile) {
  if (version === undefined) return;
  const current = workingVersion(open, await findLatestRevisionVersion(tx, row.id));
  if (current !== version) {
    const profile = workingCopy(row, open).profile;
    throw draftConflict(profile, current, sent ?? profile);
  }
}

/**
 * Writes a change into the working copy; the company row (the published version) is never
 * touched. No open revision: a new draft. A draft: updated. One in review: taken back to
 * draft. A rejected one: closed, and the change starts a new draft from it.
 * With `version` (the one the editor loaded), refused with EDIT_CONFLICT when the working copy
 * moved on since. Call with the company locked.
 */
export async function saveWorkingCopy(
  tx: Tx,
  row: CompanyProfileRow,
  change: (current: RevisionData) => RevisionData,
  version?: number,
): Promise<{ before: RevisionData; after: RevisionData; revisionId: string }> {
  const open = await findOpenRevision(tx, row.id);
  const before = workingCopy(row, open);
  const after = change(before);
  await assertWorkingVersion(tx, row, open, version, after.profile);
  const data = revisionJson(after);
  if (!open) return { before, after, revisionId: (await createRevision(tx, row.id, data)).id };
  // Under the company lock the revision cannot have moved; the version in the condition says so.
  const moved = () => new AppError("INVALID_STATE", "The draft changed meanwhile");
  if (open.status === "DRAFT") {
    if (!(await transitionRevision(tx, open.id, ["DRAFT"], { data }, open.version))) throw moved();
    return { before, after, revisionId: open.id };
  }
  if (open.status === "PENDING") {
    const taken = await transitionRevision(tx, open.id, ["PENDING"], { data, status: "DRAFT", submittedAt: null, submittedByUserId: null }, open.version);
    if (!taken) throw moved();
    if (row.status === "PENDING_REVIEW") await updateCompanyFields(tx, row.id, { status: "DRAFT" });
    return { before, after, revisionId: open.id };
  }
  await transitionRevision(tx, open.id, ["REJECTED"], { status: "SUPERSEDED" }, open.version);
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

/**
 * Saves the editor's profile as the working copy, if `version` is still the working copy's
 * version: of two editors who loaded the same version, the second to save is refused with
 * EDIT_CONFLICT and what the first saved, and nothing is overwritten unseen. Answers the
 * working copy as this save left it (with its new version).
 */
export async function updateProfile(ctx: CompanyContext, input: z.infer<typeof updateProfileInputSchema>): Promise<EditableCompany> {
  const { data, version } = input;
  const companyId = ctx.company.companyId;
  await assertKnownCodes(ctx.prisma, data);
  return ctx.prisma.$transaction(async (tx) => {
    await lockCompany(tx, companyId);
    const row = await requireCompany(tx, companyId);
    const open = await findOpenRevision(tx, companyId);
    const current = workingCopy(row, open).profile;
    assertOwnLogo(companyId, data.logoKey, [row.logoKey, current.logoKey]);
    const located = withDerivedLocation(data, row.country, current);
    const saved = await saveWorkingCopy(tx, row, (working) => ({ ...working, profile: located }), version);
    await auditIfAuthority(tx, ctx, auditEntry(row, "company.profile.save_draft", saved.revisionId, saved.before.profile, saved.after.profile));
    return readEditable(tx, ctx.company);
  });
}

/** Sends the draft to review; with `version`, only the draft the editor has seen. */
export async function submitForReview(ctx: CompanyContext, input: DraftVersionInput): Promise<EditableCompany> {
  const { version } = input;
  const companyId = ctx.company.companyId;
  return ctx.prisma.$transaction(async (tx) => {
    await lockCompany(tx, companyId);
    const row = await requireCompany(tx, companyId);
    const open = await findOpenRevision(tx, companyId);
    // A second click finds the revision in review already: refused, nothing sent twice.
    if (open?.status !== "DRAFT") throw new AppError("INVALID_STATE", "There is no draft to submit", { revisionStatus: open?.status ?? null });
    await assertWorkingVersion(tx, row, open, version);
    const profile = assertPublishable(readRevisionData(open.data).profile);
    await assertKnownCodes(tx, profile);
    await transitionRevision(tx, open.id, ["DRAFT"], { status: "PENDING", submittedAt: ctx.clock.now(), submittedByUserId: ctx.user.id, rejectionReason: null });
    if (row.status === "DRAFT") await updateCompanyFields(tx, companyId, { status: "PENDING_REVIEW" });
    await noticeReviewRequested(tx, row, open.id, !wasPublished(row), ctx.services.publicUrl);
    await auditIfAuthority(tx, ctx, auditEntry(row, "company.profile.submit", open.id, { revisionStatus: "DRAFT" }, { revisionStatus: "PENDING" }));
    return readEditable(tx, ctx.company);
  });
}

/**
 * Drops the working copy (draft, in review or rejected); the published profile stays as it is.
 * With `version`, only the working copy the editor has seen (not a change saved since).
 */
export async function discardDraft(ctx: CompanyContext, input: DraftVersionInput): Promise<EditableCompany> {
  const { version } = input;
  const companyId = ctx.company.companyId;
  const { orphanLogo, editable } = await ctx.prisma.$transaction(async (tx) => {
    await lockCompany(tx, companyId);
    const row = await requireCompany(tx, companyId);
    const open = await findOpenRevision(tx, companyId);
    if (!open) throw new AppError("INVALID_STATE", "There is no draft to discard");
    await assertWorkingVersion(tx, row, open, version);
    const { profile } = readRevisionData(open.data);
    await transitionRevision(tx, open.id, [open.status], { status: "SUPERSEDED" });
    if (row.status === "PENDING_REVIEW") await updateCompanyFields(tx, companyId, { status: "DRAFT" });
    await auditIfAuthority(tx, ctx, auditEntry(row, "company.profile.discard_draft", open.id, { revisionStatus: open.status, data: profile }, { revisionStatus: "SUPERSEDED" }));
    return { orphanLogo: profile.logoKey && profile.logoKey !== row.logoKey ? profile.logoKey : null, editable: await readEditable(tx, ctx.company) };
  });
  // The draft's own logo is referenced by nothing now.
  if (orphanLogo) await deleteStoredFile(ctx, orphanLogo);
  return editable;
}
