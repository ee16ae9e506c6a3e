import {
  markedCountSchema,
  markNotificationsReadInputSchema,
  notificationListInputSchema,
  notificationListOutputSchema,
  unreadCountSchema,
} from "@cluster-match/shared";
import { authedProcedure, router } from "../trpc.ts";
import * as notifications from "./notifications.service.ts";

export const notificationsRouter = router({
  list: authedProcedure
    .input(notificationListInputSchema)
    .output(notificationListOutputSchema)
    .query(({ ctx, input }) => notifications.listNotifications(ctx, input)),
  unreadCount: authedProcedure.output(unreadCountSchema).query(({ ctx }) => notifications.unreadCount(ctx)),
  markRead: authedProcedure
    .input(markNotificationsReadInputSchema)
    .output(markedCountSchema)
    .mutation(({ ctx, input }) => notifications.markNotificationsRead(ctx, input)),
  markAllRead: authedProcedure.output(markedCountSchema).mutation(({ ctx }) => notifications.markAllNotificationsRead(ctx)),
});
