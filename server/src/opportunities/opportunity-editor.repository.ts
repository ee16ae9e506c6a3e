import type { OpportunityDraft, OpportunityStatus } from "@cluster-match/shared";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import {
  insertOpportunityRequirements,
  replaceOpportunityRequirements,
  type OpportunityRequirements,
} from "./opportunity-requirements.repository.ts";

type Db = Prisma.TransactionClient | PrismaClient;

/** The company behind an opportunity, as its owner's and the reviewer's views name it. */
const opportunityCompanySelect = {
  id: true,
  slug: true,
  name: true,
  nameLatin: true,
  status: true,
  country: true,
  city: true,
  cityLatin: true,
} as const satisfies Prisma.CompanySelect;

/** Everything about one opportunity, as its owner and the reviewing admin see it. */
const ownOpportunitySelect = {
  id: true,
  companyId: true,
  status: true,
  type: true,
  title: true,
  description: true,
  targetCountries: true,
  cooperationTypes: true,
  anonymous: true,
  deadline: true,
  rejectionReason: true,
  submittedAt: true,
  publishedAt: true,
  expiredAt: true,
  closedAt: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  requiredCapabilities: { select: { capabilityCode: true }, orderBy: { position: "asc" } },
  certificationsRequired: { select: { certificationCode: true }, orderBy: { certificationCode: "asc" } },
  company: { select: opportunityCompanySelect },
} as const satisfies Prisma.OpportunitySelect;

export type OwnOpportunityRow = Prisma.OpportunityGetPayload<{ select: typeof ownOpportunitySelect }>;

const ownOpportunityItemSelect = {
  id: true,
  status: true,
  type: true,
  title: true,
  anonymous: true,
  deadline: true,
  rejectionReason: true,
  submittedAt: true,
  publishedAt: true,
  expiredAt: true,
  closedAt: true,
  updatedAt: true,
} as const satisfies Prisma.OpportunitySelect;

export type OwnOpportunityItemRow = Prisma.OpportunityGetPayload<{ select: typeof ownOpportunityItemSelect }>;

const reviewItemSelect = {
  id: true,
  type: true,
  title: true,
  anonymous: true,
  deadline: true,
  submittedAt: true,
  company: { select: opportunityCompanySelect },
} as const satisfies Prisma.OpportunitySelect;

export type ReviewItemRow = Prisma.OpportunityGetPayload<{ select: typeof reviewItemSelect }>;

/** The opportunity when it belongs to the company; null otherwise (also when it does not exist). */
export async function findOwnOpportunity(db: Db, companyId: string, id: string): Promise<OwnOpportunityRow | null> {
  return db.opportunity.findFirst({ where: { id, companyId }, select: ownOpportunitySelect });
}

/** Any opportunity, whoever owns it: for admins. */
export async function findOpportunityById(db: Db, id: string): Promise<OwnOpportunityRow | null> {
  return db.opportunity.findFirst({ where: { id }, select: ownOpportunitySelect });
}

export async function findOwnOpportunities(
  db: Db,
  companyId: string,
  statuses: OpportunityStatus[],
  page: { skip: number; take: number },
): Promise<{ rows: OwnOpportunityItemRow[]; total: number }> {
  const where: Prisma.OpportunityWhereInput = { companyId, ...(statuses.length > 0 ? { status: { in: statuses } } : {}) };
  const [rows, total] = await Promise.all([
    db.opportunity.findMany({ where, select: ownOpportunityItemSelect, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], skip: page.skip, take: page.take }),
    db.opportunity.count({ where }),
  ]);
  return { rows, total };
}

export async function countOwnByStatus(db: Db, companyId: string): Promise<{ status: OpportunityStatus; count: number }[]> {
  const groups = await db.opportunity.groupBy({ by: ["status"], where: { companyId }, _count: { _all: true } });
  return groups.map((g) => ({ status: g.status, count: g._count._all }));
}

/** Opportunities waiting for review, the longest waiting first. */
export async function findInReview(db: Db, page: { skip: number; take: number }): Promise<{ rows: ReviewItemRow[]; total: number }> {
  const where = { status: "IN_REVIEW" } as const satisfies Prisma.OpportunityWhereInput;
  const [rows, total] = await Promise.all([
    db.opportunity.findMany({ where, select: reviewItemSelect, orderBy: [{ submittedAt: "asc" }, { id: "asc" }], skip: page.skip, take: page.take }),
    db.opportunity.count({ where }),
  ]);
  return { rows, total };
}

/** The codes of the list that are not in the taxonomy (or the certification list). */
export async function findUnknownCodes(db: Db, capabilities: string[], certifications: string[]): Promise<{ capabilities: string[]; certifications: string[] }> {
  // One after the other: inside a transaction both would share one connection.
  const terms = await db.capabilityTerm.findMany({ where: { code: { in: capabilities } }, select: { code: true } });
  const certs = await db.certification.findMany({ where: { code: { in: certifications } }, select: { code: true } });
  const knownTerms = new Set(terms.map((t) => t.code));
  const knownCerts = new Set(certs.map((c) => c.code));
  return { capabilities: capabilities.filter((c) => !knownTerms.has(c)), certifications: certifications.filter((c) => !knownCerts.has(c)) };
}

/** Deadlines are calendar days: stored as midnight UTC of that day. */
export const dayToDate = (day: string) => new Date(`${day}T00:00:00Z`);

function contentData(draft: OpportunityDraft) {
  return {
    type: draft.type,
    title: draft.title as Prisma.InputJsonValue,
    description: draft.description as Prisma.InputJsonValue,
    targetCountries: draft.targetCountries,
    cooperationTypes: draft.cooperationTypes,
    anonymous: draft.anonymous,
    deadline: dayToDate(draft.deadline),
  };
}

function requirementsOf(draft: OpportunityDraft): OpportunityRequirements {
  return { capabilityCodes: draft.requiredCapabilities, certificationCodes: draft.certificationsRequired };
}

/**
 * Holds, until the transaction ends, a lock on creating opportunities for the company: the
 * double-submit check and the insert then happen as one step.
 */
export async function lockCompanyOpportunities(tx: Prisma.TransactionClient, companyId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`opportunity-create:${companyId}`}))`;
}

/** Drafts the user created for the company since `since`, to recognise a form sent twice. */
export async function findRecentDraftsBy(db: Db, companyId: string, userId: string, since: Date) {
  return db.opportunity.findMany({
    where: { companyId, createdByUserId: userId, status: "DRAFT", createdAt: { gte: since } },
    select: { id: true, type: true, title: true, description: true, version: true },
  });
}

export async function insertDraft(
  tx: Prisma.TransactionClient,
  companyId: string,
  createdByUserId: string,
  draft: OpportunityDraft,
  // From the app's clock, like the double-submit window that compares with it.
  createdAt: Date,
): Promise<{ id: string; version: number }> {
  const created = await tx.opportunity.create({
    data: { companyId, createdByUserId, status: "DRAFT", createdAt, ...contentData(draft) },
    select: { id: true, version: true },
  });
  await insertOpportunityRequirements(tx, created.id, requirementsOf(draft));
  return created;
}

/**
 * Replaces the content while the opportunity is still in one of `from` and at `version` (the
 * one the editor loaded): a concurrent transition or save makes it refuse. Returns whether it
 * replaced.
 */
export async function replaceContent(
  tx: Prisma.TransactionClient,
  id: string,
  from: readonly OpportunityStatus[],
  draft: OpportunityDraft,
  data: Omit<Prisma.OpportunityUpdateManyMutationInput, "version">,
  version: number,
): Promise<boolean> {
  if (!(await updateIfIn(tx, id, from, { ...contentData(draft), ...data }, { version }))) return false;
  await replaceOpportunityRequirements(tx, id, requirementsOf(draft));
  return true;
}

/**
 * Moves the opportunity to a new state only if it is still in one of `from`: of two identical
 * requests racing, one wins and the other finds nothing to change. Every change raises the
 * version, so an editor who loaded the opportunity before it is refused when saving.
 */
export async function updateIfIn(
  tx: Prisma.TransactionClient,
  id: string,
  from: readonly OpportunityStatus[],
  data: Omit<Prisma.OpportunityUpdateManyMutationInput, "version">,
  extraWhere: Prisma.OpportunityWhereInput = {},
): Promise<boolean> {
  const { count } = await tx.opportunity.updateMany({ where: { ...extraWhere, id, status: { in: [...from] } }, data: { ...data, version: { increment: 1 } } });
  return count === 1;
}

export async function deleteIfIn(tx: Prisma.TransactionClient, id: string, from: readonly OpportunityStatus[]): Promise<boolean> {
  const { count } = await tx.opportunity.deleteMany({ where: { id, status: { in: [...from] } } });
  return count === 1;
}

/** Published opportunities whose deadline day is before `today` (a Date at midnight UTC). */
export async function findPublishedPastDeadline(db: Db, today: Date, take: number): Promise<{ id: string }[]> {
  return db.opportunity.findMany({
    where: { status: "PUBLISHED", deadline: { lt: today } },
    select: { id: true },
    orderBy: { id: "asc" },
    take,
  });
}
