import {
  AppError,
  claimCodeMaxAttempts,
  claimCodeResendSeconds,
  claimCodeValidMinutes,
  type ClaimLinkInfo,
  type ClaimMethod,
  type ClaimOptions,
  type ClaimQueueItem,
  type MyClaim,
  type claimCompanyInputSchema,
  type claimDecisionInputSchema,
  type claimIdInputSchema,
  type claimOptionsInputSchema,
  type claimLinkInputSchema,
  type claimQueueInputSchema,
  type claimRejectInputSchema,
  type claimRequestApprovalInputSchema,
  type claimVerifyCodeInputSchema,
} from "@cluster-match/shared";
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import type { z } from "zod";
import { auditActor } from "../audit/audit-rule.ts";
import { recordAudit, type AuditActor } from "../audit/audit.repository.ts";
import { lockCompany } from "../companies/profile.repository.ts";
import type { ClusterContext, CompanyContext, ServiceContext, UserContext } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { enqueueEmail } from "../mail/mail.service.ts";
import { pageMeta } from "@cluster-match/shared";
import { consumeClaimBudget } from "./claim-limits.ts";
import { hashSecret, parseClaimToken } from "./claim-invitation.ts";
import { claimDeciders, noticeClaimApproved, noticeClaimRejected, noticeClaimToDecide } from "./claim-notices.ts";
import {
  addOwner,
  cancelOtherOpenClaims,
  countCodeAttempt,
  createClaim,
  deleteClaimLinks,
  findClaimCompany,
  findClaimCompanyByIdOrSlug,
  findClaimLink,
  findClaimOfCompany,
  findClaimQueue,
  findClaimsOfUser,
  findOpenClaim,
  findOwnClaim,
  isEmailVerified,
  updateClaim,
  type ClaimCompanyRow,
  type ClaimQueueRow,
  type ClaimRow,
} from "./claims.repository.ts";
import { emailMatchesFirm, maskEmail } from "./email-domains.ts";
import { firmLocale } from "./firm-locale.ts";
import { releaseContactPointRequests } from "./release.ts";

type Tx = Prisma.TransactionClient;
const minuteMs = 60_000;

// --- Shapes --------------------------------------------------------------------------------

function toMyClaim(row: ClaimRow, now: Date): MyClaim {
  const waitsForCode = row.status === "AWAITING_CODE";
  const sentAt = row.codeExpiresAt ? row.codeExpiresAt.getTime() - claimCodeValidMinutes * minuteMs : null;
  return {
    id: row.id,
    status: row.status,
    method: row.method,
    company: row.company,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    rejectReason: row.rejectReason,
    codeSentTo: waitsForCode && row.codeSentTo ? maskEmail(row.codeSentTo) : null,
    codeExpiresAt: waitsForCode ? (row.codeExpiresAt?.toISOString() ?? null) : null,
    attemptsLeft: waitsForCode ? Math.max(0, claimCodeMaxAttempts - row.codeAttempts) : 0,
    resendInSeconds: waitsForCode && sentAt !== null ? Math.max(0, Math.ceil((sentAt + claimCodeResendSeconds * 1000 - now.getTime()) / 1000)) : 0,
  };
}

function toQueueItem(row: ClaimQueueRow): ClaimQueueItem {
  const c = row.company;
  return {
    id: row.id,
    status: row.status,
    method: row.method,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedByName: row.decidedBy?.name ?? null,
    rejectReason: row.rejectReason,
    claimant: row.user,
    company: { id: c.id, name: c.name, nameLatin: c.nameLatin, slug: c.slug, city: c.city, cityLatin: c.cityLatin, country: c.country, website: c.website, email: c.email, hasMembers: c._count.memberships > 0 },
  };
}

const codeHash = (claimId: string, code: string) => createHash("sha256").update(`${claimId}:${code}`).digest("hex");

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}

// --- Rules ---------------------------------------------------------------------------------

const refuse = (reason: string, message: string) => new AppError("INVALID_STATE", message, { reason });

/** A published firm nobody acts for yet; anything else cannot be claimed (a team's firm: ask its owner). */
function assertClaimable(company: ClaimCompanyRow | null): asserts company is ClaimCompanyRow {
  if (!company || company.status !== "PUBLISHED") throw new AppError("NOT_FOUND", "Company not found");
  if (company._count.memberships > 0) throw refuse("has_members", "This firm has a team already: its owner invites colleagues");
}

async function assertVerified(ctx: UserContext, tx: Tx | UserContext["prisma"]): Promise<void> {
  if (!(await isEmailVerified(tx, ctx.user.id))) throw new AppError("EMAIL_NOT_VERIFIED", "Confirm your e-mail address first");
}

/** The firm, locked for this transaction, checked claimable by this user. */
async function lockClaimable(ctx: UserContext, tx: Tx, companyId: string): Promise<ClaimCompanyRow> {
  await lockCompany(tx, companyId);
  const company = await findClaimCompany(tx, companyId);
  assertClaimable(company);
  await assertVerified(ctx, tx);
  return company;
}

/**
 * Makes the claimant the firm's OWNER, in the caller's transaction: the claim APPROVED by its
 * method, other open claims of the firm ended (their claimants told), claim links void, the
 * change audited, the requests that waited with the contact point handed to the new team, and
 * the claimant and the contact point told.
 */
async function completeClaim(
  ctx: Pick<ServiceContext, "services">,
  tx: Tx,
  args: { claim: ClaimRow; company: ClaimCompanyRow; claimant: { id: string; name: string; email: string }; method: ClaimMethod; actor: AuditActor; decidedBy: string | null; now: Date; detail?: Record<string, unknown> },
): Promise<ClaimRow> {
  const { company, now } = args;
  const approved = await updateClaim(tx, args.claim.id, {
    status: "APPROVED",
    method: args.method,
    codeHash: null,
    decidedByUserId: args.decidedBy,
    decidedAt: now,
    updatedAt: now,
  });
  await addOwner(tx, company.id, args.claimant.id);
  const others = await cancelOtherOpenClaims(tx, company.id, args.claim.id, now);
  await deleteClaimLinks(tx, company.id);
  await recordAudit(tx, auditActor(args.actor), {
    action: "company.claim",
    entityType: "company",
    entityId: company.id,
    summary: `${company.name}: ${args.claimant.email} became its owner (${args.method})`,
    before: { members: 0 },
    after: { claimId: args.claim.id, ownerUserId: args.claimant.id, method: args.method, ...args.detail },
  });
  const publicUrl = ctx.services.publicUrl;
  await releaseContactPointRequests(tx, { companyId: company.id, ownerUserId: args.claimant.id, publicUrl, now });
  const deciders = await claimDeciders(tx, company.id);
  await noticeClaimApproved(tx, { company, claimant: args.claimant, deciders: deciders.ids, decidedBy: args.decidedBy, publicUrl });
  await noticeClaimRejected(tx, { company, recipients: others, reason: "", claimedByOther: true, publicUrl });
  return approved;
}

/** The user's open claim of the firm, or a new one in the given state (one open claim per user and firm). */
async function openClaimOf(ctx: UserContext, tx: Tx, companyId: string, status: "AWAITING_CODE" | "AWAITING_APPROVAL", note?: string): Promise<ClaimRow> {
  const now = ctx.clock.now();
  const open = await findOpenClaim(tx, ctx.user.id, companyId);
  if (open) return open;
  return createClaim(tx, { companyId, userId: ctx.user.id, status, method: null, ...(note === undefined ? {} : { note }), now });
}

// --- The claimant --------------------------------------------------------------------------

/** Whether a published firm can be claimed (it has no team); the firm's page offers it to visitors too. */
export async function isClaimable(ctx: ServiceContext, input: z.infer<typeof claimCompanyInputSchema>): Promise<{ claimable: boolean }> {
  const company = await findClaimCompany(ctx.prisma, input.companyId);
  if (!company || company.status !== "PUBLISHED") throw new AppError("NOT_FOUND", "Company not found");
  return { claimable: company._count.memberships === 0 };
}

/** What the claim page offers this user for this firm. */
export async function claimOptions(ctx: UserContext, input: z.infer<typeof claimOptionsInputSchema>): Promise<ClaimOptions> {
  const company = await findClaimCompanyByIdOrSlug(ctx.prisma, input.idOrSlug);
  if (!company || company.status !== "PUBLISHED") throw new AppError("NOT_FOUND", "Company not found");
  const [open, deciders] = await Promise.all([findOpenClaim(ctx.prisma, ctx.user.id, company.id), claimDeciders(ctx.prisma, company.id)]);
  return {
    company: { id: company.id, name: company.name, nameLatin: company.nameLatin, slug: company.slug },
    blocked: company._count.memberships > 0 ? "has_members" : null,
    domainMatches: emailMatchesFirm(ctx.user.email, company),
    registeredEmail: company.email ? maskEmail(company.email) : null,
    openClaim: open ? toMyClaim(open, ctx.clock.now()) : null,
    decidedBy: deciders.by,
  };
}

/** Claims at once when the user's confirmed address is at the firm's own (non-webmail) domain. */
export async function claimByDomain(ctx: UserContext, input: z.infer<typeof claimCompanyInputSchema>): Promise<MyClaim> {
  await consumeClaimBudget(ctx.prisma, "claimStart", ctx.user.id);
  return ctx.prisma.$transaction(async (tx) => {
    const company = await lockClaimable(ctx, tx, input.companyId);
    if (!emailMatchesFirm(ctx.user.email, company)) throw refuse("domain_mismatch", "Your e-mail address is not at the firm's domain");
    const now = ctx.clock.now();
    const claim = await openClaimOf(ctx, tx, company.id, "AWAITING_APPROVAL");
    const done = await completeClaim(ctx, tx, { claim, company, claimant: ctx.user, method: "EMAIL_DOMAIN", actor: ctx.user, decidedBy: null, now });
    return toMyClaim(done, now);
  });
}

/**
 * Sends a 6-digit code to the firm's registered address (a new one replaces the last; at most one a
 * minute). Only its hash is kept; it works for 30 minutes and 5 tries.
 */
export async function sendClaimCode(ctx: UserContext, input: z.infer<typeof claimCompanyInputSchema>): Promise<MyClaim> {
  const now = ctx.clock.now();
  // The per-claim minute comes first, so a double click does not spend the hourly budget.
  const pending = await findOpenClaim(ctx.prisma, ctx.user.id, input.companyId);
  const wait = pending ? toMyClaim(pending, now).resendInSeconds : 0;
  if (wait > 0) throw new AppError("RATE_LIMITED", "A code was sent a moment ago", { retryAfterSeconds: wait });
  await consumeClaimBudget(ctx.prisma, "claimCodeSend", ctx.user.id);
  await consumeClaimBudget(ctx.prisma, "claimCodeSendPerFirm", input.companyId);
  return ctx.prisma.$transaction(async (tx) => {
    const company = await lockClaimable(ctx, tx, input.companyId);
    if (!company.email) throw refuse("no_registered_email", "The firm has no registered e-mail address");
    const claim = await openClaimOf(ctx, tx, company.id, "AWAITING_CODE");
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    const updated = await updateClaim(tx, claim.id, {
      status: "AWAITING_CODE",
      codeHash: codeHash(claim.id, code),
      codeSentTo: company.email,
      codeExpiresAt: new Date(now.getTime() + claimCodeValidMinutes * minuteMs),
      codeAttempts: 0,
      updatedAt: now,
    });
    const locale = firmLocale(company.country);
    await enqueueEmail(tx, {
      to: company.email,
      locale,
      template: "claim_code",
      params: {
        companyName: locale === "bg" ? company.name : company.nameLatin,
        claimantName: ctx.user.name,
        claimantEmail: ctx.user.email,
        code,
        minutes: String(claimCodeValidMinutes),
        url: `${ctx.services.publicUrl}/companies/${company.slug}`,
      },
    });
    return toMyClaim(updated, now);
  });
}

/** Checks a code: right, the claimant owns the firm; wrong, one try fewer (counted even then). */
export async function verifyClaimCode(ctx: UserContext, input: z.infer<typeof claimVerifyCodeInputSchema>): Promise<MyClaim> {
  await consumeClaimBudget(ctx.prisma, "claimCodeTry", ctx.user.id);
  const now = ctx.clock.now();
  const claim = await findOwnClaim(ctx.prisma, ctx.user.id, input.claimId);
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found");
  await consumeClaimBudget(ctx.prisma, "claimCodeTryPerFirm", claim.companyId);
  if (claim.status !== "AWAITING_CODE" || !claim.codeHash || !claim.codeExpiresAt) throw refuse("not_claimable", "This claim does not wait for a code");
  if (claim.codeExpiresAt <= now) throw new AppError("TOKEN_INVALID", "The code has expired", { reason: "code_expired" });
  if (!(await countCodeAttempt(ctx.prisma, claim.id, claimCodeMaxAttempts))) {
    throw new AppError("TOKEN_INVALID", "Too many wrong codes; ask for a new one", { reason: "too_many_attempts", attemptsLeft: 0 });
  }
  if (!sameHash(claim.codeHash, codeHash(claim.id, input.code))) {
    const attemptsLeft = Math.max(0, claimCodeMaxAttempts - claim.codeAttempts - 1);
    throw new AppError("TOKEN_INVALID", "Wrong code", { reason: attemptsLeft > 0 ? "wrong_code" : "too_many_attempts", attemptsLeft });
  }
  return ctx.prisma.$transaction(async (tx) => {
    const company = await lockClaimable(ctx, tx, claim.companyId);
    // Re-read under the lock: a double submit approves once, a claim ended meanwhile not at all.
    const current = await findOwnClaim(tx, ctx.user.id, claim.id);
    if (!current || current.status !== "AWAITING_CODE" || current.codeHash !== claim.codeHash) throw refuse("not_claimable", "This claim does not wait for a code");
    const done = await completeClaim(ctx, tx, { claim: current, company, claimant: ctx.user, method: "CODE", actor: ctx.user, decidedBy: null, now, detail: { codeSentTo: current.codeSentTo } });
    return toMyClaim(done, now);
  });
}

/** Asks the firm's contact point (its clusters' managers, else the admins) to approve the claim. */
export async function requestClaimApproval(ctx: UserContext, input: z.infer<typeof claimRequestApprovalInputSchema>): Promise<MyClaim> {
  await consumeClaimBudget(ctx.prisma, "claimStart", ctx.user.id);
  return ctx.prisma.$transaction(async (tx) => {
    const company = await lockClaimable(ctx, tx, input.companyId);
    const now = ctx.clock.now();
    const claim = await openClaimOf(ctx, tx, company.id, "AWAITING_APPROVAL", input.note);
    const updated = await updateClaim(tx, claim.id, { status: "AWAITING_APPROVAL", note: input.note, codeHash: null, codeExpiresAt: null, codeAttempts: 0, updatedAt: now });
    const deciders = await claimDeciders(tx, company.id);
    await noticeClaimToDecide(tx, { claimId: claim.id, company, claimant: ctx.user, note: input.note, deciders: deciders.ids, publicUrl: ctx.services.publicUrl });
    return toMyClaim(updated, now);
  });
}

export async function cancelClaim(ctx: UserContext, input: z.infer<typeof claimIdInputSchema>): Promise<MyClaim> {
  return ctx.prisma.$transaction(async (tx) => {
    const claim = await findOwnClaim(tx, ctx.user.id, input.claimId);
    if (!claim) throw new AppError("NOT_FOUND", "Claim not found");
    const now = ctx.clock.now();
    if (claim.status !== "AWAITING_CODE" && claim.status !== "AWAITING_APPROVAL") return toMyClaim(claim, now);
    return toMyClaim(await updateClaim(tx, claim.id, { status: "CANCELLED", codeHash: null, decidedAt: now, updatedAt: now }), now);
  });
}

export async function listMyClaims(ctx: UserContext): Promise<MyClaim[]> {
  const now = ctx.clock.now();
  return (await findClaimsOfUser(ctx.prisma, ctx.user.id)).map((row) => toMyClaim(row, now));
}

// --- Claim links ---------------------------------------------------------------------------

async function findLinkedCompany(db: ServiceContext["prisma"] | Tx, token: string, now: Date) {
  const parsed = parseClaimToken(token);
  const invalid = () => new AppError("TOKEN_INVALID", "This link is invalid, used or expired");
  if (!parsed) throw invalid();
  const link = await findClaimLink(db, parsed.companyId, hashSecret(parsed.secret), now);
  if (!link) throw invalid();
  const company = await findClaimCompany(db, parsed.companyId);
  if (!company || company.status !== "PUBLISHED") throw invalid();
  const value = JSON.parse(link.value) as { invitedByUserId?: string; sentTo?: string };
  return { company, value };
}

/** The firm a claim link is for (shown before the visitor signs in). */
export async function claimLinkInfo(ctx: ServiceContext, input: z.infer<typeof claimLinkInputSchema>): Promise<ClaimLinkInfo> {
  const { company } = await findLinkedCompany(ctx.prisma, input.token, ctx.clock.now());
  if (company._count.memberships > 0) throw refuse("has_members", "This firm has a team already");
  return { company: { id: company.id, name: company.name, nameLatin: company.nameLatin, slug: company.slug }, city: company.city, cityLatin: company.cityLatin, country: company.country };
}

/** Claims the firm with the link sent to its registered address; the link is used up. */
export async function claimWithLink(ctx: UserContext, input: z.infer<typeof claimLinkInputSchema>): Promise<MyClaim> {
  await consumeClaimBudget(ctx.prisma, "claimStart", ctx.user.id);
  const now = ctx.clock.now();
  const parsed = parseClaimToken(input.token);
  if (!parsed) throw new AppError("TOKEN_INVALID", "This link is invalid, used or expired");
  return ctx.prisma.$transaction(async (tx) => {
    await lockCompany(tx, parsed.companyId);
    const { company, value } = await findLinkedCompany(tx, input.token, now);
    assertClaimable(company);
    await assertVerified(ctx, tx);
    const claim = await openClaimOf(ctx, tx, company.id, "AWAITING_APPROVAL");
    const done = await completeClaim(ctx, tx, {
      claim,
      company,
      claimant: ctx.user,
      method: "CLAIM_LINK",
      actor: ctx.user,
      decidedBy: null,
      now,
      detail: { invitedByUserId: value.invitedByUserId ?? null, linkSentTo: value.sentTo ?? null },
    });
    return toMyClaim(done, now);
  });
}

// --- The contact point ---------------------------------------------------------------------

type QueueInput = z.infer<typeof claimQueueInputSchema>;

/** Claims of the firms of one cluster, for its managers (and admins). */
export async function listClaimsForCluster(ctx: ClusterContext, input: QueueInput) {
  const { rows, total } = await findClaimQueue(ctx.prisma, { clusterId: ctx.clusterId, ...input });
  return { items: rows.map(toQueueItem), ...pageMeta(total, input.page, input.pageSize) };
}

/** Every claim of the network (firms in no cluster too), for admins. */
export async function listAllClaims(ctx: UserContext, input: QueueInput) {
  const { rows, total } = await findClaimQueue(ctx.prisma, { clusterId: null, ...input });
  return { items: rows.map(toQueueItem), ...pageMeta(total, input.page, input.pageSize) };
}

async function openClaimOfCompany(tx: Tx, companyId: string, claimId: string) {
  const claim = await findClaimOfCompany(tx, companyId, claimId);
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found");
  if (claim.status !== "AWAITING_APPROVAL" && claim.status !== "AWAITING_CODE") throw refuse("not_claimable", "This claim was decided already");
  return claim;
}

/** A contact point approves: the claimant becomes the owner. */
export async function approveClaim(ctx: CompanyContext, input: z.infer<typeof claimDecisionInputSchema>) {
  const companyId = ctx.company.companyId;
  return ctx.prisma.$transaction(async (tx) => {
    await lockCompany(tx, companyId);
    const claim = await openClaimOfCompany(tx, companyId, input.claimId);
    const company = await findClaimCompany(tx, companyId);
    assertClaimable(company);
    const now = ctx.clock.now();
    const done = await completeClaim(ctx, tx, {
      claim,
      company,
      claimant: { id: claim.userId, ...claim.user },
      method: "MANAGER",
      actor: ctx.user,
      decidedBy: ctx.user.id,
      now,
      detail: { note: claim.note },
    });
    return { id: done.id, status: done.status };
  });
}

/** A contact point rejects, with a reason the claimant reads. */
export async function rejectClaim(ctx: CompanyContext, input: z.infer<typeof claimRejectInputSchema>) {
  const companyId = ctx.company.companyId;
  return ctx.prisma.$transaction(async (tx) => {
    await lockCompany(tx, companyId);
    const claim = await openClaimOfCompany(tx, companyId, input.claimId);
    const company = (await findClaimCompany(tx, companyId))!;
    const now = ctx.clock.now();
    const done = await updateClaim(tx, claim.id, { status: "REJECTED", rejectReason: input.reason, codeHash: null, decidedByUserId: ctx.user.id, decidedAt: now, updatedAt: now });
    await recordAudit(tx, auditActor(ctx.user), {
      action: "company.claim_rejected",
      entityType: "company",
      entityId: companyId,
      summary: `${company.name}: claim of ${claim.user.email} rejected`,
      before: { claimId: claim.id, status: claim.status },
      after: { claimId: claim.id, status: "REJECTED", reason: input.reason },
    });
    await noticeClaimRejected(tx, { company, recipients: [claim.userId], reason: input.reason, claimedByOther: false, publicUrl: ctx.services.publicUrl });
    return { id: done.id, status: done.status };
  });
}
