import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./profile.repository.ts";

type Tx = Prisma.TransactionClient;
type RevisionStatus = "DRAFT" | "PENDING" | "APPROVED" | "REJECTED" | "SUPERSEDED";

/** A revision is "open" while the company's members may still act on it. */
export const openRevisionStatuses = ["DRAFT", "PENDING", "REJECTED"] as const satisfies readonly RevisionStatus[];

const revisionSelect = {
  id: true,
  companyId: true,
  data: true,
  status: true,
  submittedAt: true,
  reviewedAt: true,
  rejectionReason: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  submittedBy: { select: { name: true } },
} as const satisfies Prisma.CompanyRevisionSelect;
export type RevisionRow = Prisma.CompanyRevisionGetPayload<{ select: typeof revisionSelect }>;

/** The newest open revision of a company (there is at most one; the newest wins if not). */
export async function findOpenRevision(db: Db, companyId: string): Promise<RevisionRow | null> {
  return db.companyRevision.findFirst({
    where: { companyId, status: { in: [...openRevisionStatuses] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: revisionSelect,
  });
}

export async function findRevision(db: Db, revisionId: string): Promise<RevisionRow | null> {
  return db.companyRevision.findUnique({ where: { id: revisionId }, select: revisionSelect });
}

/** The highest version any revision of the company has had (0 before the first). */
export async function findLatestRevisionVersion(db: Db, companyId: string): Promise<number> {
  const { _max } = await db.companyRevision.aggregate({ where: { companyId }, _max: { version: true } });
  return _max.version ?? 0;
}

/**
 * The version of a company's working copy: its open revision's, else the highest any revision
 * had. The latest is read first: a revision written between the two reads has a higher version
 * than the answer, so a save started from it is refused rather than overwriting it unseen.
 */
export async function findWorkingVersion(db: Db, companyId: string): Promise<number> {
  const latest = await findLatestRevisionVersion(db, companyId);
  return (await findOpenRevision(db, companyId))?.version ?? latest;
}

/**
 * A new draft. Its version starts above every earlier revision of the company, so no version
 * an editor saw before (of a closed revision, or of "no draft") can name it. Call with the
 * company locked.
 */
export async function createRevision(tx: Tx, companyId: string, data: Prisma.InputJsonValue): Promise<RevisionRow> {
  const version = (await findLatestRevisionVersion(tx, companyId)) + 1;
  return tx.companyRevision.create({ data: { companyId, data, status: "DRAFT", version }, select: revisionSelect });
}

/**
 * Moves a revision on only if it is still in one of the `from` states (and, when given, still
 * at `version`); returns whether it did. Two concurrent decisions or saves cannot both succeed.
 * Every change raises the version.
 */
export async function transitionRevision(
  tx: Tx,
  revisionId: string,
  from: readonly RevisionStatus[],
  data: Omit<Prisma.CompanyRevisionUncheckedUpdateManyInput, "id" | "companyId" | "version">,
  version?: number,
): Promise<boolean> {
  const { count } = await tx.companyRevision.updateMany({
    where: { id: revisionId, status: { in: [...from] }, ...(version === undefined ? {} : { version }) },
    data: { ...data, version: { increment: 1 } },
  });
  return count === 1;
}

/** Closes the company's other open revisions once one is approved. */
export async function supersedeOpenRevisions(tx: Tx, companyId: string, exceptId?: string): Promise<number> {
  const { count } = await tx.companyRevision.updateMany({
    where: { companyId, status: { in: [...openRevisionStatuses] }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    data: { status: "SUPERSEDED", version: { increment: 1 } },
  });
  return count;
}

const pendingSelect = {
  id: true,
  submittedAt: true,
  submittedBy: { select: { name: true } },
  company: { select: { id: true, name: true, slug: true, status: true, publishedAt: true } },
} as const satisfies Prisma.CompanyRevisionSelect;

/** Revisions waiting for an admin, oldest first (of companies that still exist). */
export async function findPendingRevisions(db: Db, page: { skip: number; take: number }) {
  const where = { status: "PENDING", company: { status: { not: "ARCHIVED" } } } as const satisfies Prisma.CompanyRevisionWhereInput;
  const [rows, total] = await Promise.all([
    db.companyRevision.findMany({ where, select: pendingSelect, orderBy: [{ submittedAt: "asc" }, { id: "asc" }], skip: page.skip, take: page.take }),
    db.companyRevision.count({ where }),
  ]);
  return { rows, total };
}
