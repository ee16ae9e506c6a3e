import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { IntroductionStatus } from "../generated/prisma/enums.ts";

type Db = Prisma.TransactionClient | PrismaClient;

/** Waiting (for a broker, the contact point or the firm) or accepted: blocks a second one between the same parties. */
export const openStatuses: IntroductionStatus[] = ["AWAITING_BROKER", "WITH_CONTACT_POINT", "PENDING", "ACCEPTED"];

/** Everything a party may eventually see of a company; the service decides what it shows when. */
export const partySelect = {
  id: true,
  slug: true,
  name: true,
  nameLatin: true,
  country: true,
  city: true,
  cityLatin: true,
  email: true,
  phone: true,
  website: true,
  status: true,
} as const satisfies Prisma.CompanySelect;

const introductionSelect = {
  id: true,
  kind: true,
  status: true,
  brokered: true,
  message: true,
  declineReason: true,
  brokerNote: true,
  createdAt: true,
  decidedAt: true,
  firmContactedAt: true,
  answeredOnBehalf: true,
  fromCompanyId: true,
  toCompanyId: true,
  fromCompany: { select: partySelect },
  // Its first member's arrival tells the requester whether the firm joined after being asked.
  toCompany: { select: { ...partySelect, memberships: { select: { createdAt: true }, orderBy: { createdAt: "asc" }, take: 1 } } },
  opportunity: { select: { id: true, title: true, anonymous: true } },
  inquiry: { select: { id: true, subject: true } },
  requestedBy: { select: { name: true, email: true } },
  decidedBy: { select: { name: true, email: true } },
} as const satisfies Prisma.IntroductionSelect;

export type IntroductionRow = Prisma.IntroductionGetPayload<{ select: typeof introductionSelect }>;
export type PartyRow = IntroductionRow["fromCompany"];

/**
 * Serialises check-then-insert on one key (a pair of companies, a user) until the transaction
 * ends: without a unique index for "one open introduction", two simultaneous submits would both
 * pass the check.
 */
export async function lockKey(tx: Prisma.TransactionClient, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

const todayUtc = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/** An opportunity anyone may see: published, by a published company, deadline not passed. */
export async function findVisibleOpportunity(db: Db, id: string, now: Date) {
  return db.opportunity.findFirst({
    where: { id, status: "PUBLISHED", company: { status: "PUBLISHED" }, deadline: { gte: todayUtc(now) } },
    select: { id: true, companyId: true, anonymous: true, title: true },
  });
}

export async function findPublishedCompanyParty(db: Db, id: string): Promise<PartyRow | null> {
  return db.company.findFirst({ where: { id, status: "PUBLISHED" }, select: partySelect });
}

export async function findCompanyParty(db: Db, id: string): Promise<PartyRow | null> {
  return db.company.findUnique({ where: { id }, select: partySelect });
}

export async function findOpenInterest(db: Db, opportunityId: string, fromCompanyId: string): Promise<{ id: string } | null> {
  return db.introduction.findFirst({
    where: { kind: "INTEREST", opportunityId, fromCompanyId, status: { in: openStatuses } },
    select: { id: true },
  });
}

/** An open company introduction between the two, whichever asked. */
export async function findOpenRequestBetween(db: Db, a: string, b: string): Promise<{ id: string } | null> {
  return db.introduction.findFirst({
    where: {
      kind: "COMPANY",
      status: { in: openStatuses },
      OR: [
        { fromCompanyId: a, toCompanyId: b },
        { fromCompanyId: b, toCompanyId: a },
      ],
    },
    select: { id: true },
  });
}

export async function insertIntroduction(
  tx: Prisma.TransactionClient,
  data: {
    kind: "INTEREST" | "COMPANY";
    opportunityId?: string;
    fromCompanyId: string;
    toCompanyId: string;
    requestedByUserId: string;
    message: string;
    status: IntroductionStatus;
    brokered: boolean;
    // From the app's clock: the dashboard counts introductions by month of it.
    createdAt: Date;
  },
): Promise<IntroductionRow> {
  return tx.introduction.create({ data, select: introductionSelect });
}

/** The introduction when `companyId` is one of its parties (else null: the caller learns nothing). */
export async function findIntroductionOfCompany(db: Db, id: string, companyId: string): Promise<IntroductionRow | null> {
  return db.introduction.findFirst({
    where: { id, OR: [{ fromCompanyId: companyId }, { toCompanyId: companyId, status: { not: "AWAITING_BROKER" } }] },
    select: introductionSelect,
  });
}

export async function findIntroductionsOfCompany(
  db: Db,
  filter: { companyId: string; box: "incoming" | "outgoing"; status?: IntroductionStatus | undefined },
  page: { skip: number; take: number },
): Promise<{ rows: IntroductionRow[]; total: number }> {
  // The recipient sees a brokered request only once the cluster manager forwarded it.
  const side: Prisma.IntroductionWhereInput =
    filter.box === "outgoing"
      ? { fromCompanyId: filter.companyId }
      : { toCompanyId: filter.companyId, status: { not: "AWAITING_BROKER" } };
  const where: Prisma.IntroductionWhereInput = { AND: [side, filter.status ? { status: filter.status } : {}] };
  const [rows, total] = await Promise.all([
    db.introduction.findMany({ where, select: introductionSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...page }),
    db.introduction.count({ where }),
  ]);
  return { rows, total };
}

/**
 * Moves an introduction on only from the expected statuses; 0 when it was no longer in one of
 * them (a double submit, or someone else was quicker).
 */
export async function transitionIntroduction(
  tx: Prisma.TransactionClient,
  id: string,
  from: IntroductionStatus[],
  data: Prisma.IntroductionUncheckedUpdateManyInput,
): Promise<number> {
  const { count } = await tx.introduction.updateMany({ where: { id, status: { in: from } }, data });
  return count;
}

export async function findIntroductionById(db: Db, id: string): Promise<IntroductionRow> {
  return db.introduction.findUniqueOrThrow({ where: { id }, select: introductionSelect });
}

const inCluster = (clusterId: string): Prisma.CompanyWhereInput => ({ clusters: { some: { clusterId } } });

function clusterWhere(clusterId: string): Prisma.IntroductionWhereInput {
  return { OR: [{ fromCompany: inCluster(clusterId) }, { toCompany: inCluster(clusterId) }] };
}

export async function findIntroductionsOfCluster(
  db: Db,
  filter: { clusterId: string; status?: IntroductionStatus | undefined },
  page: { skip: number; take: number },
): Promise<{ rows: IntroductionRow[]; total: number }> {
  const where: Prisma.IntroductionWhereInput = { AND: [clusterWhere(filter.clusterId), filter.status ? { status: filter.status } : {}] };
  const [rows, total] = await Promise.all([
    db.introduction.findMany({ where, select: introductionSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...page }),
    db.introduction.count({ where }),
  ]);
  return { rows, total };
}

/** Introductions of any of the clusters (null: every introduction, for admins). */
export async function findIntroductionsOfClusters(
  db: Db,
  filter: { clusterIds: string[] | null; status?: IntroductionStatus | undefined },
  page: { skip: number; take: number },
): Promise<{ rows: IntroductionRow[]; total: number }> {
  if (filter.clusterIds?.length === 0) return { rows: [], total: 0 };
  const inAny: Prisma.CompanyWhereInput = { clusters: { some: { clusterId: { in: filter.clusterIds ?? [] } } } };
  const scope: Prisma.IntroductionWhereInput = filter.clusterIds === null ? {} : { OR: [{ fromCompany: inAny }, { toCompany: inAny }] };
  const where: Prisma.IntroductionWhereInput = { AND: [scope, filter.status ? { status: filter.status } : {}] };
  const [rows, total] = await Promise.all([
    db.introduction.findMany({ where, select: introductionSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...page }),
    db.introduction.count({ where }),
  ]);
  return { rows, total };
}

/** For each company, one of the given clusters it belongs to (null: any of its clusters), first by id. */
export async function clusterOfEach(db: Db, clusterIds: string[] | null, companyIds: string[]): Promise<Map<string, string>> {
  const rows = await db.companyCluster.findMany({
    where: { companyId: { in: companyIds }, ...(clusterIds === null ? {} : { clusterId: { in: clusterIds } }) },
    select: { companyId: true, clusterId: true },
    orderBy: [{ companyId: "asc" }, { clusterId: "asc" }],
  });
  const map = new Map<string, string>();
  for (const r of rows) if (!map.has(r.companyId)) map.set(r.companyId, r.clusterId);
  return map;
}

export async function findIntroductionOfCluster(db: Db, id: string, clusterId: string): Promise<IntroductionRow | null> {
  return db.introduction.findFirst({ where: { id, ...clusterWhere(clusterId) }, select: introductionSelect });
}

export async function countClustersOf(db: Db, companyId: string): Promise<number> {
  return db.companyCluster.count({ where: { companyId } });
}

/** Which of the companies belong to the cluster. */
export async function companiesInCluster(db: Db, clusterId: string, companyIds: string[]): Promise<Set<string>> {
  const rows = await db.companyCluster.findMany({ where: { clusterId, companyId: { in: companyIds } }, select: { companyId: true } });
  return new Set(rows.map((r) => r.companyId));
}

const messageSelect = {
  id: true,
  body: true,
  createdAt: true,
  senderCompanyId: true,
  sender: { select: { name: true } },
} as const satisfies Prisma.MessageSelect;
export type MessageRow = Prisma.MessageGetPayload<{ select: typeof messageSelect }>;

export async function findMessages(db: Db, introductionId: string): Promise<MessageRow[]> {
  return db.message.findMany({ where: { introductionId }, select: messageSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 1000 });
}

export async function insertMessage(
  tx: Prisma.TransactionClient,
  data: { introductionId: string; senderUserId: string; senderCompanyId: string | null; body: string },
): Promise<MessageRow> {
  return tx.message.create({ data, select: messageSelect });
}

/** The open interests of some companies in one opportunity. */
export async function findOpenInterestsOf(db: Db, opportunityId: string, companyIds: string[]) {
  return db.introduction.findMany({
    where: { kind: "INTEREST", opportunityId, fromCompanyId: { in: companyIds }, status: { in: openStatuses } },
    select: { id: true, fromCompanyId: true },
  });
}

/** The companies the user is a member of (owner or editor). */
export async function findMemberCompanies(db: Db, userId: string) {
  return db.membership.findMany({
    where: { userId, company: { status: { not: "ARCHIVED" } } },
    select: { company: { select: { id: true, name: true, status: true } } },
    orderBy: { createdAt: "asc" },
  });
}
