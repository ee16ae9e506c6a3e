import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { ContactPointView } from "@cluster-match/shared";
import { partySelect } from "../introductions/introductions.repository.ts";

type Db = Prisma.TransactionClient | PrismaClient;

/** A request as the contact point works on it: both sides, the firm's registered contacts and clusters. */
const queueSelect = {
  id: true,
  kind: true,
  status: true,
  brokered: true,
  message: true,
  brokerNote: true,
  declineReason: true,
  createdAt: true,
  decidedAt: true,
  firmContactedAt: true,
  answeredOnBehalf: true,
  fromCompanyId: true,
  toCompanyId: true,
  fromCompany: { select: partySelect },
  toCompany: {
    select: {
      ...partySelect,
      clusters: { select: { cluster: { select: { id: true, nameLocal: true, nameEn: true } } }, orderBy: { clusterId: "asc" } },
      _count: { select: { memberships: true } },
    },
  },
  opportunity: { select: { id: true, title: true, anonymous: true } },
  inquiry: { select: { id: true, subject: true } },
  requestedBy: { select: { name: true, email: true } },
} as const satisfies Prisma.IntroductionSelect;
export type QueueRow = Prisma.IntroductionGetPayload<{ select: typeof queueSelect }>;

/**
 * The requests a contact point answers for: those whose firm belongs to one of `clusterIds` (null:
 * all, for admins; that includes firms in no cluster or in clusters without managers).
 */
function scopeWhere(clusterIds: string[] | null): Prisma.IntroductionWhereInput {
  return clusterIds === null ? {} : { toCompany: { clusters: { some: { clusterId: { in: clusterIds } } } } };
}

const viewWhere: Record<ContactPointView, Prisma.IntroductionWhereInput> = {
  waiting: { status: "WITH_CONTACT_POINT" },
  answered: { answeredOnBehalf: true },
};
// Newest first, like every list of introductions (each card shows how long it has waited).
const viewOrder: Record<ContactPointView, Prisma.IntroductionOrderByWithRelationInput[]> = {
  waiting: [{ createdAt: "desc" }, { id: "desc" }],
  answered: [{ decidedAt: "desc" }, { id: "desc" }],
};

export async function findQueue(
  db: Db,
  filter: { clusterIds: string[] | null; view: ContactPointView },
  page: { skip: number; take: number },
): Promise<{ rows: QueueRow[]; total: number }> {
  if (filter.clusterIds?.length === 0) return { rows: [], total: 0 };
  const where: Prisma.IntroductionWhereInput = { AND: [scopeWhere(filter.clusterIds), viewWhere[filter.view]] };
  const [rows, total] = await Promise.all([
    db.introduction.findMany({ where, select: queueSelect, orderBy: viewOrder[filter.view], ...page }),
    db.introduction.count({ where }),
  ]);
  return { rows, total };
}

/** One request within the scope, or null (outside it the caller learns nothing). */
export async function findQueueItem(db: Db, id: string, clusterIds: string[] | null): Promise<QueueRow | null> {
  if (clusterIds?.length === 0) return null;
  return db.introduction.findFirst({ where: { AND: [{ id }, scopeWhere(clusterIds)] }, select: queueSelect });
}

/** Sets the firm's registered e-mail when it has none; false when one is already there. */
export async function recordFirmEmail(db: Db, companyId: string, email: string): Promise<boolean> {
  const { count } = await db.company.updateMany({ where: { id: companyId, email: null }, data: { email, version: { increment: 1 } } });
  return count === 1;
}
