import { pageMeta, type NotificationListOutput } from "@cluster-match/shared";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { countUnread, findNotifications, markAllRead, markRead } from "./notifications.repository.ts";

export async function listNotifications(
  prisma: PrismaClient,
  userId: string,
  input: { page: number; pageSize: number; unreadOnly: boolean },
): Promise<NotificationListOutput> {
  const { rows, total, unread } = await findNotifications(
    prisma,
    { userId, unreadOnly: input.unreadOnly },
    { skip: (input.page - 1) * input.pageSize, take: input.pageSize },
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      type: r.type,
      data: r.data && typeof r.data === "object" && !Array.isArray(r.data) ? (r.data as Record<string, unknown>) : {},
      readAt: r.readAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
    })),
    unread,
    ...pageMeta(total, input.page, input.pageSize),
  };
}

export async function unreadCount(prisma: PrismaClient, userId: string): Promise<{ count: number }> {
  return { count: await countUnread(prisma, userId) };
}

/** Only the caller's own notifications change; ids of anyone else's are ignored. */
export async function markNotificationsRead(prisma: PrismaClient, userId: string, ids: string[], now: Date): Promise<{ marked: number }> {
  return { marked: await markRead(prisma, userId, [...new Set(ids)], now) };
}

export async function markAllNotificationsRead(prisma: PrismaClient, userId: string, now: Date): Promise<{ marked: number }> {
  return { marked: await markAllRead(prisma, userId, now) };
}
