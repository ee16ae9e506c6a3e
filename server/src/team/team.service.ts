import { createHash, randomBytes } from "node:crypto";
import {
  AppError,
  invitationValidDays,
  type acceptInvitationInputSchema,
  type changeRoleInputSchema,
  type invitationIdInputSchema,
  type inviteInputSchema,
  type memberInputSchema,
  type PendingInvitation,
  type TeamList,
} from "@cluster-match/shared";
import type { z } from "zod";
import { auditIfAuthority } from "../audit/audit-rule.ts";
import type { AuditEntry } from "../audit/audit.repository.ts";
import { lockCompany, type Db } from "../companies/profile.repository.ts";
import type { CompanyContext, UserContext } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { enqueueEmail } from "../mail/mail.service.ts";
import { notify } from "../notifications/notify.ts";
import {
  countOwners,
  createInvitation,
  createMembership,
  deleteMembership,
  findCompanyName,
  findInvitation,
  findInvitationByTokenHash,
  findMemberByEmail,
  findMembers,
  findMembership,
  findPendingInvitations,
  findUserLocale,
  markInvitationAccepted,
  markInvitationRevoked,
  revokeOpenInvitationsTo,
  updateMembershipRole,
  type InvitationRow,
} from "./team.repository.ts";

type Tx = Prisma.TransactionClient;
type Role = "OWNER" | "EDITOR";

const collator = new Intl.Collator("bg", { sensitivity: "base" });
const dayMs = 24 * 60 * 60 * 1000;

/** Only the hash of an invitation token is stored: a database leak does not open any team. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

function toInvitation(row: InvitationRow): PendingInvitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    invitedByName: row.invitedBy?.name ?? null,
  };
}

async function companyOf(db: Db, companyId: string) {
  const company = await findCompanyName(db, companyId);
  if (!company) throw new AppError("NOT_FOUND", "Company not found");
  return company;
}

const teamAudit = (company: { id: string; name: string }, action: string, summary: string, before: unknown, after: unknown): AuditEntry => ({
  action,
  entityType: "company",
  entityId: company.id,
  summary: `${company.name}: ${summary}`,
  before,
  after,
});

export async function listTeam(ctx: CompanyContext): Promise<TeamList> {
  const companyId = ctx.company.companyId;
  const [members, invitations] = await Promise.all([findMembers(ctx.prisma, companyId), findPendingInvitations(ctx.prisma, companyId, ctx.clock.now())]);
  return {
    members: members
      .map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role, joinedAt: m.createdAt.toISOString(), isYou: m.user.id === ctx.user.id }))
      .sort((a, b) => collator.compare(a.name, b.name) || a.email.localeCompare(b.email)),
    invitations: invitations.map(toInvitation),
    ownerCount: members.filter((m) => m.role === "OWNER").length,
  };
}

/**
 * Invites an address to the team: a fresh 32-byte token (only its hash is kept) valid for
 * seven days, sent by e-mail. A new invitation to the same address replaces the pending one.
 */
export async function inviteMember(ctx: CompanyContext, input: z.infer<typeof inviteInputSchema>): Promise<PendingInvitation> {
  const companyId = ctx.company.companyId;
  const email = input.email.toLowerCase();
  return ctx.prisma.$transaction(async (tx) => {
    await lockCompany(tx, companyId);
    const company = await companyOf(tx, companyId);
    if (await findMemberByEmail(tx, companyId, email)) throw new AppError("ALREADY_EXISTS", "This person is a member already");
    const now = ctx.clock.now();
    await revokeOpenInvitationsTo(tx, companyId, email, now);
    const token = randomBytes(32).toString("base64url");
    const invitation = await createInvitation(tx, {
      companyId,
      email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedByUserId: ctx.user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + invitationValidDays * dayMs),
    });
    await enqueueEmail(tx, {
      to: email,
      // In the invitee's language when they have an account, else in the inviter's.
      locale: (await findUserLocale(tx, email)) ?? ctx.user.locale,
      template: "invitation",
      params: { companyName: company.name, inviterName: ctx.user.name, url: `${ctx.services.publicUrl}/invitations/accept?token=${encodeURIComponent(token)}` },
    });
    await auditIfAuthority(tx, ctx, teamAudit(company, "team.invite", `invited ${email} as ${input.role}`, null, { invitationId: invitation.id, email, role: input.role }));
    return toInvitation(invitation);
  });
}

/**
 * Joins the team with an invitation, only as the user it was sent to. Unknown, expired,
 * revoked or used tokens are all TOKEN_INVALID; accepting twice is fine (nothing changes).
 */
export async function acceptInvitation(ctx: UserContext, input: z.infer<typeof acceptInvitationInputSchema>) {
  const { token } = input;
  const invalid = () => new AppError("TOKEN_INVALID", "This invitation is invalid, used or expired");
  return ctx.prisma.$transaction(async (tx) => {
    const invitation = await findInvitationByTokenHash(tx, hashToken(token));
    if (!invitation || invitation.email !== ctx.user.email.toLowerCase() || invitation.company.status === "ARCHIVED") throw invalid();
    const { company } = invitation;
    await lockCompany(tx, company.id);
    const result = async () => {
      const membership = await findMembership(tx, company.id, ctx.user.id);
      if (!membership) throw invalid();
      return { companyId: company.id, slug: company.slug, name: company.name, role: membership.role, status: company.status };
    };
    // Used already: a double submit by the same person gets the same answer.
    if (invitation.acceptedAt) return result();
    const now = ctx.clock.now();
    if (invitation.revokedAt || invitation.expiresAt <= now) throw invalid();
    if (!(await markInvitationAccepted(tx, invitation.id, now))) return result();
    const existing = await findMembership(tx, company.id, ctx.user.id);
    if (!existing) await createMembership(tx, company.id, ctx.user.id, invitation.role);
    else if (existing.role === "EDITOR" && invitation.role === "OWNER") await updateMembershipRole(tx, company.id, ctx.user.id, "OWNER");
    const owners = (await findMembers(tx, company.id)).filter((m) => m.role === "OWNER" && m.user.id !== ctx.user.id).map((m) => m.user.id);
    await notify(tx, { recipients: owners, notice: { type: "team_member_joined", data: { companyId: company.id, companyName: company.name, name: ctx.user.name } } });
    return result();
  });
}

export async function revokeInvitation(ctx: CompanyContext, input: z.infer<typeof invitationIdInputSchema>): Promise<void> {
  const { invitationId } = input;
  const companyId = ctx.company.companyId;
  await ctx.prisma.$transaction(async (tx) => {
    await lockCompany(tx, companyId);
    const invitation = await findInvitation(tx, companyId, invitationId);
    if (!invitation) throw new AppError("NOT_FOUND", "Invitation not found");
    if (invitation.acceptedAt) throw new AppError("INVALID_STATE", "This invitation was accepted already");
    if (invitation.revokedAt) return;
    await markInvitationRevoked(tx, invitation.id, ctx.clock.now());
    const company = await companyOf(tx, companyId);
    await auditIfAuthority(tx, ctx, teamAudit(company, "team.revoke_invitation", `revoked the invitation of ${invitation.email}`, { invitationId, revoked: false }, { invitationId, revoked: true }));
  });
}

/** The membership of another user, locked with the company; the last owner is never taken away. */
async function changeMember(
  ctx: CompanyContext,
  userId: string,
  change: (tx: Tx, member: { role: Role; name: string; email: string }, owners: number) => Promise<AuditEntry | null>,
): Promise<void> {
  const companyId = ctx.company.companyId;
  await ctx.prisma.$transaction(async (tx) => {
    await lockCompany(tx, companyId);
    const membership = await findMembership(tx, companyId, userId);
    if (!membership) throw new AppError("NOT_FOUND", "Not a member of this company");
    const entry = await change(tx, { role: membership.role, name: membership.user.name, email: membership.user.email }, await countOwners(tx, companyId));
    if (entry) await auditIfAuthority(tx, ctx, entry);
  });
}

const lastOwner = () => new AppError("INVALID_STATE", "A company keeps at least one owner");

export async function removeMember(ctx: CompanyContext, input: z.infer<typeof memberInputSchema>): Promise<void> {
  const { userId } = input;
  await changeMember(ctx, userId, async (tx, member, owners) => {
    if (member.role === "OWNER" && owners <= 1) throw lastOwner();
    await deleteMembership(tx, ctx.company.companyId, userId);
    const company = await companyOf(tx, ctx.company.companyId);
    return teamAudit(company, "team.remove_member", `removed ${member.email}`, { userId, role: member.role }, null);
  });
}

export async function changeRole(ctx: CompanyContext, input: z.infer<typeof changeRoleInputSchema>): Promise<void> {
  const { userId, role } = input;
  await changeMember(ctx, userId, async (tx, member, owners) => {
    if (member.role === role) return null;
    if (member.role === "OWNER" && owners <= 1) throw lastOwner();
    await updateMembershipRole(tx, ctx.company.companyId, userId, role);
    const company = await companyOf(tx, ctx.company.companyId);
    return teamAudit(company, "team.change_role", `${member.email}: ${member.role} → ${role}`, { userId, role: member.role }, { userId, role });
  });
}

/** Leaves the company's team; managers and admins acting for it have no membership to leave. */
export async function leaveTeam(ctx: CompanyContext): Promise<void> {
  const companyId = ctx.company.companyId;
  await ctx.prisma.$transaction(async (tx) => {
    await lockCompany(tx, companyId);
    const membership = await findMembership(tx, companyId, ctx.user.id);
    if (!membership) throw new AppError("INVALID_STATE", "You are not a member of this company");
    if (membership.role === "OWNER" && (await countOwners(tx, companyId)) <= 1) throw lastOwner();
    await deleteMembership(tx, companyId, ctx.user.id);
  });
}
