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

/** The UI language of each user (for texts rendered per recipient). */
export async function findUserLocales(db: Db, userIds: string[]): Promise<Map<string, string>> {
  const rows = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, locale: true } });
  return new Map(rows.map((r) => [r.id, r.locale]));
}
