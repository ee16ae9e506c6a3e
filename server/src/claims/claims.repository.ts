import type { ClaimMethod, ClaimStatus } from "@cluster-match/shared";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

type Db = Prisma.TransactionClient | PrismaClient;
type Tx = Prisma.TransactionClient;

const openStatuses: ClaimStatus[] = ["AWAITING_CODE", "AWAITING_APPROVAL"];

const claimCompanySelect = {
  id: true,
  name: true,
  nameLatin: true,
  slug: true,
  status: true,
  country: true,
  city: true,
  cityLatin: true,
  website: true,
  email: true,
  _count: { select: { memberships: true } },
} as const satisfies Prisma.CompanySelect;
export type ClaimCompanyRow = Prisma.CompanyGetPayload<{ select: typeof claimCompanySelect }>;

/** A firm as claiming sees it (archived ones are gone for good: merged into another). */
export async function findClaimCompany(db: Db, companyId: string): Promise<ClaimCompanyRow | null> {
  return db.company.findFirst({ where: { id: companyId, status: { not: "ARCHIVED" } }, select: claimCompanySelect });
}

export async function findClaimCompanyByIdOrSlug(db: Db, idOrSlug: string): Promise<ClaimCompanyRow | null> {
  return db.company.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], status: { not: "ARCHIVED" } }, select: claimCompanySelect });
}

const claimSelect = {
  id: true,
  companyId: true,
  userId: true,
  status: true,
  method: true,
  codeHash: true,
  codeSentTo: true,
  codeExpiresAt: true,
  codeAttempts: true,
  note: true,
  decidedAt: true,
  rejectReason: true,
  createdAt: true,
  updatedAt: true,
  company: { select: { id: true, name: true, nameLatin: true, slug: true } },
} as const satisfies Prisma.CompanyClaimSelect;
export type ClaimRow = Prisma.CompanyClaimGetPayload<{ select: typeof claimSelect }>;

/** The user's open claim of a firm (at most one: the service keeps it so under the firm's lock). */
export async function findOpenClaim(db: Db, userId: string, companyId: string): Promise<ClaimRow | null> {
  return db.companyClaim.findFirst({ where: { userId, companyId, status: { in: openStatuses } }, select: claimSelect, orderBy: { createdAt: "desc" } });
}

/** One claim of the user's own (anyone else's is "not found"). */
export async function findOwnClaim(db: Db, userId: string, claimId: string): Promise<ClaimRow | null> {
  return db.companyClaim.findFirst({ where: { id: claimId, userId }, select: claimSelect });
}

export async function findClaimsOfUser(db: Db, userId: string): Promise<ClaimRow[]> {
  return db.companyClaim.findMany({ where: { userId }, select: claimSelect, orderBy: { createdAt: "desc" }, take: 100 });
}

/** A claim of the given firm (the decider acts for that firm). */
export async function findClaimOfCompany(db: Db, companyId: string, claimId: string): Promise<(ClaimRow & { user: { name: string; email: string } }) | null> {
  return db.companyClaim.findFirst({
    where: { id: claimId, companyId },
    select: { ...claimSelect, user: { select: { name: true, email: true } } },
  });
}

export async function createClaim(
  tx: Tx,
  data: { companyId: string; userId: string; status: ClaimStatus; method: ClaimMethod | null; note?: string; now: Date },
): Promise<ClaimRow> {
  return tx.companyClaim.create({
    data: { companyId: data.companyId, userId: data.userId, status: data.status, method: data.method, note: data.note ?? "", createdAt: data.now, updatedAt: data.now },
    select: claimSelect,
  });
}

export async function updateClaim(
  tx: Tx,
  claimId: string,
  data: Pick<Prisma.CompanyClaimUncheckedUpdateInput, "status" | "method" | "codeHash" | "codeSentTo" | "codeExpiresAt" | "codeAttempts" | "note" | "decidedByUserId" | "decidedAt" | "rejectReason" | "updatedAt">,
): Promise<ClaimRow> {
  return tx.companyClaim.update({ where: { id: claimId }, data, select: claimSelect });
}

/**
 * Counts one try of a code, only while the claim waits for one and has tries left; null when it
 * had none left (or no longer waits). Committed on its own, so a wrong code still costs a try.
 */
export async function countCodeAttempt(db: Db, claimId: string, maxAttempts: number): Promise<boolean> {
  const { count } = await db.companyClaim.updateMany({
    where: { id: claimId, status: "AWAITING_CODE", codeAttempts: { lt: maxAttempts } },
    data: { codeAttempts: { increment: 1 } },
  });
  return count === 1;
}

/** Ends every other open claim of a firm that now has an owner; returns whose they were. */
export async function cancelOtherOpenClaims(tx: Tx, companyId: string, exceptClaimId: string, now: Date): Promise<string[]> {
  const rows = await tx.companyClaim.findMany({ where: { companyId, status: { in: openStatuses }, id: { not: exceptClaimId } }, select: { userId: true } });
  await tx.companyClaim.updateMany({
    where: { companyId, status: { in: openStatuses }, id: { not: exceptClaimId } },
    data: { status: "CANCELLED", codeHash: null, decidedAt: now, updatedAt: now },
  });
  return [...new Set(rows.map((r) => r.userId))];
}

export async function isEmailVerified(db: Db, userId: string): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { emailVerified: true } });
  return row?.emailVerified === true;
}

export async function findUserName(db: Db, userId: string): Promise<{ name: string; email: string } | null> {
  return db.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
}

/**
 * The cluster whose contact point writes to the firm: one of the firm's clusters the sender
 * manages, else the firm's first (by id); null when the firm is in no cluster.
 */
export async function findInvitingCluster(db: Db, companyId: string, senderUserId: string): Promise<{ country: string; nameLocal: string; nameEn: string } | null> {
  const rows = await db.companyCluster.findMany({
    where: { companyId },
    select: { cluster: { select: { country: true, nameLocal: true, nameEn: true, managers: { where: { userId: senderUserId }, select: { userId: true } } } } },
    orderBy: { clusterId: "asc" },
  });
  const chosen = rows.find((r) => r.cluster.managers.length > 0) ?? rows[0];
  return chosen ? { country: chosen.cluster.country, nameLocal: chosen.cluster.nameLocal, nameEn: chosen.cluster.nameEn } : null;
}

export async function addOwner(tx: Tx, companyId: string, userId: string): Promise<void> {
  await tx.membership.upsert({
    where: { userId_companyId: { userId, companyId } },
    create: { userId, companyId, role: "OWNER" },
    update: { role: "OWNER" },
    select: { id: true },
  });
}

// --- The contact point's queue -------------------------------------------------------------

const queueSelect = {
  id: true,
  status: true,
  method: true,
  note: true,
  createdAt: true,
  decidedAt: true,
  rejectReason: true,
  decidedBy: { select: { name: true } },
  user: { select: { name: true, email: true } },
  company: { select: { ...claimCompanySelect } },
} as const satisfies Prisma.CompanyClaimSelect;
export type ClaimQueueRow = Prisma.CompanyClaimGetPayload<{ select: typeof queueSelect }>;

/** Claims of the firms in one cluster (clusterId) or of every firm (null: admins), newest first. */
export async function findClaimQueue(
  db: Db,
  options: { clusterId: string | null; status?: ClaimStatus | undefined; page: number; pageSize: number },
): Promise<{ rows: ClaimQueueRow[]; total: number }> {
  const where: Prisma.CompanyClaimWhereInput = {
    ...(options.clusterId ? { company: { clusters: { some: { clusterId: options.clusterId } } } } : {}),
    ...(options.status ? { status: options.status } : {}),
  };
  const [rows, total] = await Promise.all([
    db.companyClaim.findMany({ where, select: queueSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: (options.page - 1) * options.pageSize, take: options.pageSize }),
    db.companyClaim.count({ where }),
  ]);
  return { rows, total };
}

// --- Claim links (the contact point's invitation to the registered address) ----------------
// Kept in better-auth's Verification table, under an identifier of our own prefix: the firm's id
// and the sha256 of the token's secret part (the token itself is never stored).

const linkPrefix = (companyId: string) => `claim-link:${companyId}:`;

export async function insertClaimLink(tx: Tx, data: { companyId: string; secretHash: string; value: string; expiresAt: Date; now: Date }): Promise<void> {
  await tx.verification.create({
    data: { identifier: `${linkPrefix(data.companyId)}${data.secretHash}`, value: data.value, expiresAt: data.expiresAt, createdAt: data.now, updatedAt: data.now },
    select: { id: true },
  });
}

export async function findClaimLink(db: Db, companyId: string, secretHash: string, now: Date): Promise<{ id: string; value: string } | null> {
  return db.verification.findFirst({ where: { identifier: `${linkPrefix(companyId)}${secretHash}`, expiresAt: { gt: now } }, select: { id: true, value: true } });
}

/** Every link to the firm stops working (used once, or the firm has an owner now). */
export async function deleteClaimLinks(tx: Tx, companyId: string): Promise<void> {
  await tx.verification.deleteMany({ where: { identifier: { startsWith: linkPrefix(companyId) } } });
}

// --- Requests waiting with the contact point -----------------------------------------------

const waitingSelect = {
  id: true,
  kind: true,
  fromCompanyId: true,
  opportunity: { select: { id: true, title: true } },
} as const satisfies Prisma.IntroductionSelect;
export type WaitingRequestRow = Prisma.IntroductionGetPayload<{ select: typeof waitingSelect }>;

/** Moves the requests to a firm that waited with its contact point to the firm's team. */
export async function releaseWaitingRequests(tx: Tx, companyId: string, now: Date): Promise<WaitingRequestRow[]> {
  const rows = await tx.introduction.findMany({ where: { toCompanyId: companyId, status: "WITH_CONTACT_POINT" }, select: waitingSelect, orderBy: { createdAt: "asc" } });
  if (rows.length === 0) return rows;
  await tx.introduction.updateMany({ where: { id: { in: rows.map((r) => r.id) }, status: "WITH_CONTACT_POINT" }, data: { status: "PENDING", updatedAt: now } });
  return rows;
}

export async function membersOf(db: Db, companyId: string): Promise<string[]> {
  const rows = await db.membership.findMany({ where: { companyId }, select: { userId: true } });
  return rows.map((r) => r.userId);
}
