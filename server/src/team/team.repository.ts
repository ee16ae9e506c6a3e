import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

type Db = PrismaClient | Prisma.TransactionClient;
type Tx = Prisma.TransactionClient;
type Role = "OWNER" | "EDITOR";

const memberSelect = {
  role: true,
  createdAt: true,
  user: { select: { id: true, name: true, email: true } },
} as const satisfies Prisma.MembershipSelect;

const invitationSelect = {
  id: true,
  companyId: true,
  email: true,
  role: true,
  createdAt: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  invitedBy: { select: { name: true } },
} as const satisfies Prisma.InvitationSelect;
export type InvitationRow = Prisma.InvitationGetPayload<{ select: typeof invitationSelect }>;

export async function findMembers(db: Db, companyId: string) {
  return db.membership.findMany({ where: { companyId }, select: memberSelect });
}

export async function findMembership(db: Db, companyId: string, userId: string) {
  return db.membership.findUnique({ where: { userId_companyId: { userId, companyId } }, select: memberSelect });
}

export async function findMemberByEmail(db: Db, companyId: string, email: string) {
  return db.membership.findFirst({ where: { companyId, user: { email } }, select: { id: true } });
}

export async function countOwners(db: Db, companyId: string): Promise<number> {
  return db.membership.count({ where: { companyId, role: "OWNER" } });
}

/** Invitations that can still be accepted (not used, not revoked, not expired). */
export async function findPendingInvitations(db: Db, companyId: string, now: Date): Promise<InvitationRow[]> {
  return db.invitation.findMany({
    where: { companyId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: invitationSelect,
    orderBy: { createdAt: "asc" },
  });
}

export async function findInvitation(db: Db, companyId: string, invitationId: string): Promise<InvitationRow | null> {
  return db.invitation.findFirst({ where: { id: invitationId, companyId }, select: invitationSelect });
}

export async function findInvitationByTokenHash(db: Db, tokenHash: string) {
  return db.invitation.findUnique({
    where: { tokenHash },
    select: { ...invitationSelect, company: { select: { id: true, slug: true, name: true, status: true } } },
  });
}

/** Revokes the company's open invitations to an address (a new one replaces them). */
export async function revokeOpenInvitationsTo(tx: Tx, companyId: string, email: string, now: Date): Promise<void> {
  await tx.invitation.updateMany({ where: { companyId, email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
}

export async function createInvitation(
  tx: Tx,
  // createdAt from the app's clock, like expiresAt: the invitation shows both.
  data: { companyId: string; email: string; role: Role; tokenHash: string; invitedByUserId: string; createdAt: Date; expiresAt: Date },
): Promise<InvitationRow> {
  return tx.invitation.create({ data, select: invitationSelect });
}

/** Marks the invitation used if it still is not; returns whether this call did. */
export async function markInvitationAccepted(tx: Tx, invitationId: string, now: Date): Promise<boolean> {
  const { count } = await tx.invitation.updateMany({ where: { id: invitationId, acceptedAt: null, revokedAt: null }, data: { acceptedAt: now } });
  return count === 1;
}

export async function markInvitationRevoked(tx: Tx, invitationId: string, now: Date): Promise<void> {
  await tx.invitation.update({ where: { id: invitationId }, data: { revokedAt: now }, select: { id: true } });
}

export async function createMembership(tx: Tx, companyId: string, userId: string, role: Role): Promise<void> {
  await tx.membership.create({ data: { companyId, userId, role }, select: { id: true } });
}

export async function updateMembershipRole(tx: Tx, companyId: string, userId: string, role: Role): Promise<void> {
  await tx.membership.update({ where: { userId_companyId: { userId, companyId } }, data: { role }, select: { id: true } });
}

export async function deleteMembership(tx: Tx, companyId: string, userId: string): Promise<void> {
  await tx.membership.delete({ where: { userId_companyId: { userId, companyId } }, select: { id: true } });
}

export async function findUserLocale(db: Db, email: string): Promise<string | null> {
  return (await db.user.findUnique({ where: { email }, select: { locale: true } }))?.locale ?? null;
}

export async function findCompanyName(db: Db, companyId: string) {
  return db.company.findUnique({ where: { id: companyId }, select: { id: true, name: true, slug: true, registryId: true } });
}
