import { pageMeta, readStoredNotice, type NotificationListOutput, type markNotificationsReadInputSchema, type notificationListInputSchema } from "@cluster-match/shared";
import type { z } from "zod";
import type { UserContext } from "../context.ts";
import { countUnread, findNotifications, markAllRead, markRead } from "./notifications.repository.ts";

export async function listNotifications(ctx: UserContext, input: z.infer<typeof notificationListInputSchema>): Promise<NotificationListOutput> {
  const { rows, total, unread } = await findNotifications(
    ctx.prisma,
    { userId: ctx.user.id, unreadOnly: input.unreadOnly },
    { skip: (input.page - 1) * input.pageSize, take: input.pageSize },
  );
  return {
    // Each row as one of the notice kinds; a row of an unknown or older shape reads as a generic notice.
    items: rows.map((r) => ({ id: r.id, ...readStoredNotice(r.type, r.data), readAt: r.readAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString() })),
    unread,
    ...pageMeta(total, input.page, input.pageSize),
  };
}

export async function unreadCount(ctx: UserContext): Promise<{ count: number }> {
  return { count: await countUnread(ctx.prisma, ctx.user.id) };
}

/** Only the caller's own notifications change; ids of anyone else's are ignored. */
export async function markNotificationsRead(ctx: UserContext, input: z.infer<typeof markNotificationsReadInputSchema>): Promise<{ marked: number }> {
  return { marked: await markRead(ctx.prisma, ctx.user.id, [...new Set(input.ids)], ctx.clock.now()) };
}

export async function markAllNotificationsRead(ctx: UserContext): Promise<{ marked: number }> {
  return { marked: await markAllRead(ctx.prisma, ctx.user.id, ctx.clock.now()) };
}
