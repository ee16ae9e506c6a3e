import { defaultNotificationPrefs, notificationPrefsSchema, type NotificationPrefs, type NotificationTopic } from "@cluster-match/shared";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { enqueueEmail } from "../mail/mail.service.ts";
import type { EmailParams, EmailTemplate } from "../mail/templates.ts";

type Db = Prisma.TransactionClient | PrismaClient;

/** A user's preferences, with defaults for anything not set (or stored in an older shape). */
export function readPrefs(stored: unknown): NotificationPrefs {
  const raw = (stored ?? {}) as Partial<NotificationPrefs>;
  const merged = {
    email: { ...defaultNotificationPrefs.email, ...(raw.email ?? {}) },
    inApp: { ...defaultNotificationPrefs.inApp, ...(raw.inApp ?? {}) },
  };
  const parsed = notificationPrefsSchema.safeParse(merged);
  return parsed.success ? parsed.data : defaultNotificationPrefs;
}

export interface NotifyOptions<T extends EmailTemplate> {
  /** Who is told; unknown or duplicate ids are ignored. */
  userIds: string[];
  topic: NotificationTopic;
  /** The in-app notification: a type the SPA renders, and what it needs (no secrets, no hidden identities). */
  type: string;
  data: Record<string, unknown>;
  /** The e-mail, rendered per recipient in their language. */
  email?: { template: T; params: EmailParams[T] };
}

/**
 * Tells users about an event, in-app and by e-mail, as each user's preferences allow. Pass the
 * transaction of the event, so the notices exist exactly when the event does.
 */
export async function notifyUsers<T extends EmailTemplate>(db: Db, options: NotifyOptions<T>): Promise<void> {
  const ids = [...new Set(options.userIds)];
  if (ids.length === 0) return;
  const users = await db.user.findMany({
    where: { id: { in: ids }, suspended: false },
    select: { id: true, email: true, locale: true, notificationPrefs: true },
  });
  for (const user of users) {
    const prefs = readPrefs(user.notificationPrefs);
    if (prefs.inApp[options.topic]) {
      await db.notification.create({
        data: { userId: user.id, type: options.type, data: options.data as Prisma.InputJsonValue },
        select: { id: true },
      });
    }
    if (options.email && prefs.email[options.topic]) {
      await enqueueEmail(db, { to: user.email, locale: user.locale, template: options.email.template, params: options.email.params });
    }
  }
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
