import { z } from "zod";
import { pageMetaSchema } from "./common.ts";
import { storedNoticeSchema } from "./notices.ts";

export const notificationListInputSchema = z
  .object({
    page: z.number().int().min(1).max(10_000).default(1),
    pageSize: z.number().int().min(1).max(100).default(20),
    unreadOnly: z.boolean().default(false),
  })
  .default({ page: 1, pageSize: 20, unreadOnly: false });

/** A notification as listed: its notice (`type` and `data`, one of the kinds of notices.ts) and when it came and was read. */
export const notificationSchema = z
  .object({
    id: z.string(),
    readAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .and(storedNoticeSchema);
export type NotificationItem = z.infer<typeof notificationSchema>;

export const notificationListOutputSchema = pageMetaSchema.extend({ items: z.array(notificationSchema), unread: z.number().int() });
export type NotificationListOutput = z.infer<typeof notificationListOutputSchema>;

export const markNotificationsReadInputSchema = z.object({ ids: z.array(z.string().trim().min(1).max(60)).min(1).max(100) });
export const unreadCountSchema = z.object({ count: z.number().int() });
export const markedCountSchema = z.object({ marked: z.number().int() });
