import type { NotificationTopic, UiLocale } from "@cluster-match/shared";
import type { Prisma } from "../generated/prisma/client.ts";
import type { EmailParams, EmailTemplate } from "../mail/templates.ts";
import { notifyUsers } from "./notify.ts";
import { findUserLocales } from "./notifications.repository.ts";

export function asUiLocale(locale: string): UiLocale {
  return locale === "en" || locale === "de" ? locale : "bg";
}

/**
 * notifyUsers for e-mails whose parameters depend on the reader's language (an opportunity title
 * in their language, a neutral phrase in place of a hidden name): recipients are grouped by
 * locale and each group gets its own parameters. The in-app data is the same for everyone.
 */
export async function notifyInTheirLanguage<T extends EmailTemplate>(
  tx: Prisma.TransactionClient,
  options: {
    userIds: string[];
    topic: NotificationTopic;
    type: string;
    data: Record<string, unknown>;
    email: { template: T; params: (locale: UiLocale) => EmailParams[T] };
  },
): Promise<void> {
  const ids = [...new Set(options.userIds)];
  if (ids.length === 0) return;
  const locales = await findUserLocales(tx, ids);
  const groups = new Map<UiLocale, string[]>();
  for (const id of ids) {
    const locale = asUiLocale(locales.get(id) ?? "bg");
    groups.set(locale, [...(groups.get(locale) ?? []), id]);
  }
  for (const [locale, userIds] of groups) {
    await notifyUsers(tx, {
      userIds,
      topic: options.topic,
      type: options.type,
      data: options.data,
      email: { template: options.email.template, params: options.email.params(locale) },
    });
  }
}
