import type { ContactMessageStatus } from "@cluster-match/shared";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

type Db = Prisma.TransactionClient | PrismaClient;
type Tx = Prisma.TransactionClient;

const clusterContactSelect = {
  id: true,
  slug: true,
  nameLocal: true,
  nameEn: true,
  country: true,
  managers: { where: { user: { suspended: false } }, select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } },
} as const satisfies Prisma.ClusterSelect;
export type ClusterContactRow = Prisma.ClusterGetPayload<{ select: typeof clusterContactSelect }>;

export async function findClusterContact(db: Db, clusterId: string): Promise<ClusterContactRow | null> {
  return db.cluster.findUnique({ where: { id: clusterId }, select: clusterContactSelect });
}

/** Every admin who is not suspended, with the name an answer is signed with. */
export async function findAdmins(db: Db): Promise<{ id: string; name: string }[]> {
  return db.user.findMany({ where: { role: "ADMIN", suspended: false }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

const messageSelect = {
  id: true,
  clusterId: true,
  fromUserId: true,
  fromName: true,
  fromEmail: true,
  fromCompanyName: true,
  locale: true,
  subject: true,
  body: true,
  status: true,
  answer: true,
  answeredAt: true,
  createdAt: true,
  handledBy: { select: { name: true } },
  cluster: { select: { id: true, slug: true, nameLocal: true, nameEn: true, country: true } },
} as const satisfies Prisma.ContactMessageSelect;
export type ContactMessageRow = Prisma.ContactMessageGetPayload<{ select: typeof messageSelect }>;

export async function insertContactMessage(
  tx: Tx,
  data: { clusterId: string | null; fromUserId: string | null; fromName: string; fromEmail: string; fromCompanyName: string; locale: string; subject: string; body: string; now: Date },
): Promise<ContactMessageRow> {
  const { now, ...rest } = data;
  return tx.contactMessage.create({ data: { ...rest, createdAt: now }, select: messageSelect });
}

/** Messages to one cluster (clusterId) or to the network (null), newest first. */
export async function findContactMessages(
  db: Db,
  options: { clusterId: string | null; status?: ContactMessageStatus | undefined; page: number; pageSize: number },
): Promise<{ rows: ContactMessageRow[]; total: number }> {
  const where: Prisma.ContactMessageWhereInput = { clusterId: options.clusterId, ...(options.status ? { status: options.status } : {}) };
  const [rows, total] = await Promise.all([
    db.contactMessage.findMany({ where, select: messageSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: (options.page - 1) * options.pageSize, take: options.pageSize }),
    db.contactMessage.count({ where }),
  ]);
  return { rows, total };
}

/** One message of the given cluster (or of the network: null); others are "not found". */
export async function findContactMessage(db: Db, id: string, clusterId: string | null): Promise<ContactMessageRow | null> {
  return db.contactMessage.findFirst({ where: { id, clusterId }, select: messageSelect });
}

export async function updateContactMessage(
  tx: Tx,
  id: string,
  data: { status: ContactMessageStatus; handledByUserId: string; answer?: string; answeredAt?: Date },
): Promise<ContactMessageRow> {
  return tx.contactMessage.update({ where: { id }, data, select: messageSelect });
}
