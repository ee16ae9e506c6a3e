import type { AccessSamples } from "../access-matrix.ts";

export const notificationsSamples: AccessSamples = {
  "notifications.list": () => ({ page: 1 }),
  "notifications.unreadCount": () => undefined,
  // Ids of nobody's notifications: the call is allowed and changes nothing.
  "notifications.markRead": () => ({ ids: ["matrix-no-such-notification"] }),
  "notifications.markAllRead": () => undefined,
};
