import { z } from "zod";
import { pageMetaSchema } from "./common.ts";

/**
 * Notification types this app writes; the SPA renders each from its `data` in the reader's
 * language. Others may appear (written by other domains); the SPA shows a generic text for them.
 */
export const networkNotificationTypes = [
  "introduction_received",
  "introduction_to_broker",
  "introduction_accepted",
  "introduction_declined",
  "introduction_withdrawn",
  "message_received",
  "digest",
] as const;
export type NetworkNotificationType = (typeof networkNotificationTypes)[number];

export const notificationListInputSchema = z
  .object({
    page: z.number().int().min(1).max(10_000).default(1),
    pageSize: z.number().int().min(1).max(100).default(20),
    unreadOnly: z.boolean().default(false),
  })
  .default({ page: 1, pageSize: 20, unreadOnly: false });

export const notificationSchema = z.object({
  id: z.string(),
  type: z.string(),
  /** What the SPA needs to render and link it; never a hidden identity. */
  data: z.record(z.string(), z.unknown()),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type NotificationItem = z.infer<typeof notificationSchema>;

export const notificationListOutputSchema = pageMetaSchema.extend({ items: z.array(notificationSchema), unread: z.number().int() });
export type NotificationListOutput = z.infer<typeof notificationListOutputSchema>;

export const markNotificationsReadInputSchema = z.object({ ids: z.array(z.string().trim().min(1).max(60)).min(1).max(100) });
export const unreadCountSchema = z.object({ count: z.number().int() });
export const markedCountSchema = z.object({ marked: z.number().int() });
