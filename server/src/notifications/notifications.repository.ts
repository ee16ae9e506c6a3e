import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

type Db = Prisma.TransactionClient | PrismaClient;

const notificationSelect = { id: true, type: true, data: true, readAt: true, createdAt: true } as const satisfies Prisma.NotificationSelect;
export type NotificationRow = Prisma.NotificationGetPayload<{ select: typeof notificationSelect }>;

export async function findNotifications(
  db: Db,
  filter: { userId: string; unreadOnly: boolean },
  page: { skip: number; take: number },
): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
  const where: Prisma.NotificationWhereInput = { userId: filter.userId, ...(filter.unreadOnly ? { readAt: null } : {}) };
  const [rows, total, unread] = await Promise.all([
    db.notification.findMany({ where, select: notificationSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...page }),
    db.notification.count({ where }),
    db.notification.count({ where: { userId: filter.userId, readAt: null } }),
  ]);
  return { rows, total, unread };
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** Marks the user's own notifications among `ids`; ids of others' notifications match nothing. */
export async function markRead(db: Db, userId: string, ids: string[], now: Date): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, id: { in: ids }, readAt: null }, data: { readAt: now } });
  return count;
}

export async function markAllRead(db: Db, userId: string, now: Date): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
  return count;
}

const recipientSelect = { id: true, email: true, locale: true, notificationPrefs: true } as const satisfies Prisma.UserSelect;
export type RecipientRow = Prisma.UserGetPayload<{ select: typeof recipientSelect }>;

/** Who is told: each user's address, UI language and switches, read once per notice (suspended users are left out). */
export async function findRecipients(db: Db, userIds: string[]): Promise<RecipientRow[]> {
  return db.user.findMany({ where: { id: { in: userIds }, suspended: false }, select: recipientSelect });
}

export async function insertNotification(db: Db, notification: { userId: string; type: string; data: Prisma.InputJsonValue }): Promise<void> {
  await db.notification.create({ data: notification, select: { id: true } });
}

/** The users who act for a company (its owners and editors). */
export async function companyMemberIds(db: Db, companyId: string): Promise<string[]> {
  const rows = await db.membership.findMany({ where: { companyId }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

/** The managers of the clusters a company belongs to. */
export async function clusterManagerIdsOfCompany(db: Db, companyId: string): Promise<string[]> {
  const rows = await db.clusterManager.findMany({
    where: { cluster: { members: { some: { companyId } } } },
    select: { userId: true },
  });
  return [...new Set(rows.map((r) => r.userId))];
}

/** Every admin (the technology centre). */
export async function adminIds(db: Db): Promise<string[]> {
  const rows = await db.user.findMany({ where: { role: "ADMIN", suspended: false }, select: { id: true } });
  return rows.map((r) => r.id);
}
