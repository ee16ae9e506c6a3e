import {
  AppError,
  changedFields,
  derivedPositionFields,
  type AdminCompany,
  type AdminCompanyProfile,
  type adminGetInputSchema,
  type adminUpdateInputSchema,
  type EditConflictDetails,
  type setVerifiedInputSchema,
  type suspendInputSchema,
} from "@cluster-match/shared";
import type { z } from "zod";
import { auditActor } from "../audit/audit-rule.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import type { ServiceContext, UserContext } from "../context.ts";
import { noticeReinstated, noticeSuspended } from "./company-notices.ts";
import { requireCompany, revisionState } from "./editor.service.ts";
import { assertKnownCodes, assertOwnLogo, withDerivedLocation } from "./profile-checks.ts";
import { companyStandingOf, logoUrlOf, profileFromRow, profileToWrite, wasPublished } from "./profile-data.ts";
import { findCompanyByRegistryId, findMembersOf, lockCompany, updateCompanyFields, writeCompanyProfile, type CompanyProfileRow } from "./profile.repository.ts";
import { canonicalRegistryId } from "./register.service.ts";
import { enqueueCompanyAndOpportunities } from "./review.service.ts";
import { findOpenRevision } from "./revisions.repository.ts";
import { deleteStoredFile } from "./stored-files.ts";
import type { Prisma } from "../generated/prisma/client.ts";

type Tx = Prisma.TransactionClient;
type CompanyIdInput = z.infer<typeof adminGetInputSchema>;

const summaryOf = (row: CompanyProfileRow, extra = "") => `${row.name} (${row.registryId})${extra}`;

export async function getAdminCompany(ctx: Pick<ServiceContext, "prisma">, input: CompanyIdInput): Promise<AdminCompany> {
  const { companyId } = input;
  const row = await requireCompany(ctx.prisma, companyId);
  const [members, open] = await Promise.all([findMembersOf(ctx.prisma, companyId), findOpenRevision(ctx.prisma, companyId)]);
  return {
    ...companyStandingOf(row),
    createdAt: row.createdAt.toISOString(),
    data: profileFromRow(row),
    logoUrl: logoUrlOf(row.logoKey),
    members: members.map((m) => ({ name: m.user.name, email: m.user.email, role: m.role })),
    openRevision: revisionState(open),
    version: row.version,
  };
}

/** Runs an admin's change of one company under its lock, with the row as it is now. */
async function curate<T>(ctx: UserContext, companyId: string, change: (tx: Tx, row: CompanyProfileRow) => Promise<T>): Promise<T> {
  return ctx.prisma.$transaction(async (tx) => {
    await lockCompany(tx, companyId);
    return change(tx, await requireCompany(tx, companyId));
  });
}

export async function setVerified(ctx: UserContext, input: CompanyIdInput & z.infer<typeof setVerifiedInputSchema>): Promise<AdminCompany> {
  const { companyId, verified } = input;
  await curate(ctx, companyId, async (tx, row) => {
    if (row.verified === verified) return; // a repeated click changes nothing and records nothing
    await updateCompanyFields(tx, companyId, { verified });
    await enqueueCompanyAndOpportunities(tx, companyId);
    await recordAudit(tx, auditActor(ctx.user), {
      action: verified ? "company.verify" : "company.unverify",
      entityType: "company",
      entityId: companyId,
      summary: summaryOf(row),
      before: { verified: row.verified },
      after: { verified },
    });
  });
  return getAdminCompany(ctx, { companyId });
}

/** Hides the company from the public, search and its opportunities' pages; its members still see it. */
export async function suspendCompany(ctx: UserContext, input: CompanyIdInput & z.infer<typeof suspendInputSchema>): Promise<AdminCompany> {
  const { companyId, reason } = input;
  await curate(ctx, companyId, async (tx, row) => {
    if (row.status === "SUSPENDED") throw new AppError("INVALID_STATE", "The company is suspended already");
    // Keep a trace that it was public (imported companies have no publishedAt), so reinstating returns it there.
    const publishedAt = row.publishedAt ?? (wasPublished(row) ? ctx.clock.now() : null);
    await updateCompanyFields(tx, companyId, { status: "SUSPENDED", suspendedReason: reason, publishedAt });
    await enqueueCompanyAndOpportunities(tx, companyId);
    await recordAudit(tx, auditActor(ctx.user), {
      action: "company.suspend",
      entityType: "company",
      entityId: companyId,
      summary: summaryOf(row, `: ${reason}`),
      before: { status: row.status, suspendedReason: row.suspendedReason },
      after: { status: "SUSPENDED", suspendedReason: reason },
    });
    await noticeSuspended(tx, row, reason, ctx.services.publicUrl);
  });
  return getAdminCompany(ctx, { companyId });
}

/** Back to where it was: published if it ever was, else a draft (in review when a revision waits). */
export async function reinstateCompany(ctx: UserContext, input: CompanyIdInput): Promise<AdminCompany> {
  const { companyId } = input;
  await curate(ctx, companyId, async (tx, row) => {
    if (row.status !== "SUSPENDED") throw new AppError("INVALID_STATE", "The company is not suspended");
    const open = await findOpenRevision(tx, companyId);
    const status = row.publishedAt ? "PUBLISHED" : open?.status === "PENDING" ? "PENDING_REVIEW" : "DRAFT";
    await updateCompanyFields(tx, companyId, { status, suspendedReason: null });
    await enqueueCompanyAndOpportunities(tx, companyId);
    await recordAudit(tx, auditActor(ctx.user), {
      action: "company.reinstate",
      entityType: "company",
      entityId: companyId,
      summary: summaryOf(row),
      before: { status: row.status, suspendedReason: row.suspendedReason },
      after: { status, suspendedReason: null },
    });
    await noticeReinstated(tx, row);
  });
  return getAdminCompany(ctx, { companyId });
}

/** The company row's profile as the admin's edit sends it. */
const adminProfileOf = (row: CompanyProfileRow) => ({ ...profileFromRow(row), registryId: row.registryId, country: row.country });

/** The refusal of an admin's edit that started from an older version of the row, with what is saved now. */
function adminEditConflict(row: CompanyProfileRow, sent: AdminCompanyProfile): AppError {
  const current = adminProfileOf(row);
  const details: EditConflictDetails = { version: row.version, fields: changedFields(current, sent, derivedPositionFields), current };
  return new AppError("EDIT_CONFLICT", "Someone else changed this company meanwhile", details);
}

/**
 * An admin's direct edit: live at once, without review, and the only way to change the
 * registry id or country. Open revisions stay as they are (their diff is against this version).
 * `version` is the row's version the admin loaded: refused with EDIT_CONFLICT when another
 * edit or an approved revision came in between.
 */
export async function adminUpdateCompany(ctx: UserContext, input: CompanyIdInput & z.infer<typeof adminUpdateInputSchema>): Promise<AdminCompany> {
  const { companyId, data, version } = input;
  const { registryId: rawRegistryId, country, ...sent } = data;
  const registryId = canonicalRegistryId(country, rawRegistryId);
  await assertKnownCodes(ctx.prisma, sent);
  const replacedLogo = await curate(ctx, companyId, async (tx, row) => {
    if (row.version !== version) throw adminEditConflict(row, { ...data, registryId });
    // Coordinates and region follow the city, for admins too.
    const profile = withDerivedLocation(sent, country, profileFromRow(row));
    assertOwnLogo(companyId, profile.logoKey, [row.logoKey]);
    if (registryId !== row.registryId) {
      const holder = await findCompanyByRegistryId(tx, registryId);
      if (holder && holder.id !== companyId) {
        throw new AppError("DUPLICATE_COMPANY", "Another company has this registry id", {
          reason: "registry_id",
          company: holder.status === "PUBLISHED" ? { name: holder.name, slug: holder.slug } : null,
        });
      }
    }
    const before = adminProfileOf(row);
    const { scalars, relations } = profileToWrite(profile);
    // Under the company lock the row cannot have moved; the version in the condition says so.
    if (!(await writeCompanyProfile(tx, companyId, { ...scalars, registryId, country }, relations, version))) throw adminEditConflict(row, { ...data, registryId });
    await enqueueCompanyAndOpportunities(tx, companyId);
    await recordAudit(tx, auditActor(ctx.user), {
      action: "company.admin_update",
      entityType: "company",
      entityId: companyId,
      summary: `${profile.name} (${registryId})`,
      before,
      after: { ...profile, registryId, country },
    });
    // The old logo may still be in a member's working copy; then it stays.
    const open = await findOpenRevision(tx, companyId);
    const stillUsed = open !== null && (open.data as { logoKey?: unknown }).logoKey === row.logoKey;
    return row.logoKey && row.logoKey !== profile.logoKey && !stillUsed ? row.logoKey : null;
  });
  if (replacedLogo) await deleteStoredFile(ctx, replacedLogo);
  return getAdminCompany(ctx, { companyId });
}
