import {
  defaultNotificationPrefs,
  noticeSchema,
  notificationPrefsSchema,
  type Notice,
  type NoticeType,
  type NotificationPrefs,
  type NotificationTopic,
  type UiLocale,
} from "@cluster-match/shared";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { enqueueEmail } from "../mail/mail.service.ts";
import { asUiLocale, type EmailParams, type EmailTemplate } from "../mail/templates.ts";
import { findRecipients, insertNotification } from "./notifications.repository.ts";

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

/** The switch (in the user's preferences) each kind of notice obeys, in-app and by e-mail. */
const topicOf: Record<NoticeType, NotificationTopic> = {
  introduction_received: "introductions",
  introduction_to_broker: "introductions",
  introduction_accepted: "introductions",
  introduction_declined: "introductions",
  introduction_withdrawn: "introductions",
  message_received: "messages",
  introduction_to_contact_point: "introductions",
  introduction_firm_contacted: "introductions",
  introduction_answered_on_behalf: "introductions",
  inquiry_received: "introductions",
  inquiry_quoted: "introductions",
  digest: "digests",
  company_review_requested: "reviews",
  company_approved: "reviews",
  company_rejected: "reviews",
  company_suspended: "reviews",
  company_reinstated: "reviews",
  opportunity_review_requested: "reviews",
  opportunity_approved: "opportunities",
  opportunity_rejected: "opportunities",
  opportunity_expired: "opportunities",
  team_member_joined: "team",
  claim_to_decide: "reviews",
  claim_approved: "team",
  claim_rejected: "team",
  introduction_released: "introductions",
  requests_released: "introductions",
  contact_message_received: "reviews",
};

/** What depends on the reader's language may be given per UI language. */
type PerLocale<T> = T | ((locale: UiLocale) => T);

export interface NotifyOptions<T extends EmailTemplate> {
  /** Who is told (user ids); unknown, suspended or duplicate ones are ignored. */
  recipients: string[];
  /** The in-app notice (shared/src/schemas/notices.ts); per language when it quotes content in the reader's language. */
  notice: PerLocale<Notice>;
  /** The e-mail, rendered in each recipient's language. */
  email?: { template: T; params: PerLocale<EmailParams[T]> };
}

const inLocale = <V>(value: PerLocale<V>, locale: UiLocale): V => (typeof value === "function" ? (value as (l: UiLocale) => V)(locale) : value);

/**
 * The one way to tell users about an event: in-app and by e-mail, each in the user's language and
 * as the user's preferences allow. Recipients, their languages and switches are read in one query.
 * Pass the transaction of the event, so the notices exist exactly when the event does.
 */
export async function notify<T extends EmailTemplate>(db: Db, options: NotifyOptions<T>): Promise<void> {
  const ids = [...new Set(options.recipients)];
  if (ids.length === 0) return;
  const rendered = new Map<UiLocale, { notice: Notice; params: EmailParams[T] | undefined }>();
  const render = (locale: UiLocale) => {
    let texts = rendered.get(locale);
    if (!texts) {
      // Parsed before it is stored: a notice never holds more than its kind declares.
      const notice = noticeSchema.parse(inLocale(options.notice, locale));
      texts = { notice, params: options.email && inLocale(options.email.params, locale) };
      rendered.set(locale, texts);
    }
    return texts;
  };
  for (const user of await findRecipients(db, ids)) {
    const locale = asUiLocale(user.locale);
    const { notice, params } = render(locale);
    const prefs = readPrefs(user.notificationPrefs);
    const topic = topicOf[notice.type];
    if (prefs.inApp[topic]) {
      await insertNotification(db, { userId: user.id, type: notice.type, data: notice.data as Prisma.InputJsonValue });
    }
    if (options.email && params && prefs.email[topic]) {
      await enqueueEmail(db, { to: user.email, locale, template: options.email.template, params });
    }
  }
}
