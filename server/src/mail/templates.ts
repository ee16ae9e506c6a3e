import { uiLocales, type UiLocale } from "@cluster-match/shared";

/** Parameters each e-mail takes; every value is plain text (escaped for the HTML part). */
export interface EmailParams {
  verify_email: { name: string; url: string };
  password_reset: { name: string; url: string };
  invitation: { companyName: string; inviterName: string; url: string };
  company_approved: { companyName: string; url: string };
  company_rejected: { companyName: string; reason: string; url: string };
  company_suspended: { companyName: string; reason: string; url: string };
  company_review_requested: { companyName: string; isNew: string; url: string };
  opportunity_approved: { title: string; url: string };
  opportunity_rejected: { title: string; reason: string; url: string };
  opportunity_expired: { title: string; url: string };
  opportunity_review_requested: { title: string; companyName: string; url: string };
  introduction_received: { fromName: string; about: string; message: string; url: string };
  introduction_to_broker: { fromName: string; toName: string; message: string; url: string };
  introduction_accepted: { otherName: string; url: string };
  introduction_declined: { otherName: string; reason: string; url: string };
  message_received: { fromName: string; excerpt: string; url: string };
  digest: { searchName: string; count: string; list: string; url: string };
}
export type EmailTemplate = keyof EmailParams;

interface Rendered {
  subject: string;
  /** Paragraphs; the link is added as the last one. */
  lines: string[];
}
type Catalogue = { [T in EmailTemplate]: (p: EmailParams[T]) => Rendered };

const bg: Catalogue = {
  verify_email: (p) => ({ subject: "Потвърдете имейла си в Cluster Match", lines: [`Здравейте, ${p.name}!`, "Потвърдете адреса си, за да влезете в Cluster Match. Връзката е валидна 24 часа."] }),
  password_reset: (p) => ({ subject: "Нова парола за Cluster Match", lines: [`Здравейте, ${p.name}!`, "Поискахте нова парола. Връзката е валидна 1 час и може да се използва веднъж. Ако не сте били вие, пренебрегнете това писмо."] }),
  invitation: (p) => ({ subject: `Покана да се присъедините към ${p.companyName}`, lines: [`${p.inviterName} ви кани да управлявате профила на ${p.companyName} в Cluster Match. Поканата е валидна 7 дни.`] }),
  company_approved: (p) => ({ subject: `Профилът на ${p.companyName} е одобрен`, lines: [`Профилът на ${p.companyName} е публикуван в Cluster Match.`] }),
  company_rejected: (p) => ({ subject: `Промените в профила на ${p.companyName} не са одобрени`, lines: [`Причина: ${p.reason}`, "Можете да ги коригирате и да ги изпратите отново."] }),
  company_suspended: (p) => ({ subject: `Профилът на ${p.companyName} е спрян`, lines: [`Причина: ${p.reason}`] }),
  company_review_requested: (p) => ({ subject: `За преглед: профил на ${p.companyName}`, lines: [p.isNew === "yes" ? `Нова фирма ${p.companyName} изпрати профила си за преглед.` : `${p.companyName} изпрати промени в профила си за преглед.`, p.isNew === "yes" ? "" : "Публикуваната версия остава видима до одобрението."] }),
  opportunity_approved: (p) => ({ subject: `Публикувано: ${p.title}`, lines: [`Възможността „${p.title}“ е одобрена и публикувана.`] }),
  opportunity_rejected: (p) => ({ subject: `Не е одобрено: ${p.title}`, lines: [`Възможността „${p.title}“ не е одобрена.`, `Причина: ${p.reason}`] }),
  opportunity_expired: (p) => ({ subject: `Изтече: ${p.title}`, lines: [`Срокът на „${p.title}“ изтече. Можете да я подновите с нов срок.`] }),
  opportunity_review_requested: (p) => ({ subject: `За преглед: ${p.title}`, lines: [`${p.companyName} изпрати бизнес възможността „${p.title}“ за преглед.`] }),
  introduction_received: (p) => ({ subject: `${p.fromName} иска контакт с вас`, lines: [`${p.fromName} — ${p.about}`, p.message] }),
  introduction_to_broker: (p) => ({ subject: `Заявка за посредничество: ${p.fromName} → ${p.toName}`, lines: [`${p.fromName} иска да се свърже с ${p.toName} чрез вас.`, p.message] }),
  introduction_accepted: (p) => ({ subject: `Приет контакт: ${p.otherName}`, lines: [`${p.otherName} прие запитването. Данните за контакт и разговорът са отворени.`] }),
  introduction_declined: (p) => ({ subject: `Отказан контакт: ${p.otherName}`, lines: [`${p.otherName} отказа запитването.`, p.reason ? `Причина: ${p.reason}` : ""] }),
  message_received: (p) => ({ subject: `Ново съобщение от ${p.fromName}`, lines: [p.excerpt] }),
  digest: (p) => ({ subject: `${p.count} нови резултата за „${p.searchName}“`, lines: [`Нови резултати за запазеното търсене „${p.searchName}“:`, p.list] }),
};

const en: Catalogue = {
  verify_email: (p) => ({ subject: "Confirm your e-mail for Cluster Match", lines: [`Hello ${p.name},`, "Confirm your address to sign in to Cluster Match. The link is valid for 24 hours."] }),
  password_reset: (p) => ({ subject: "A new password for Cluster Match", lines: [`Hello ${p.name},`, "You asked for a new password. The link is valid for 1 hour and works once. If this was not you, ignore this message."] }),
  invitation: (p) => ({ subject: `Invitation to join ${p.companyName}`, lines: [`${p.inviterName} invites you to manage the profile of ${p.companyName} on Cluster Match. The invitation is valid for 7 days.`] }),
  company_approved: (p) => ({ subject: `${p.companyName}: profile approved`, lines: [`The profile of ${p.companyName} is published on Cluster Match.`] }),
  company_rejected: (p) => ({ subject: `${p.companyName}: changes not approved`, lines: [`Reason: ${p.reason}`, "You can correct them and submit again."] }),
  company_suspended: (p) => ({ subject: `${p.companyName}: profile suspended`, lines: [`Reason: ${p.reason}`] }),
  company_review_requested: (p) => ({ subject: `To review: profile of ${p.companyName}`, lines: [p.isNew === "yes" ? `The new company ${p.companyName} submitted its profile for review.` : `${p.companyName} submitted changes to its profile for review.`, p.isNew === "yes" ? "" : "The published version stays visible until approval."] }),
  opportunity_approved: (p) => ({ subject: `Published: ${p.title}`, lines: [`“${p.title}” was approved and is published.`] }),
  opportunity_rejected: (p) => ({ subject: `Not approved: ${p.title}`, lines: [`“${p.title}” was not approved.`, `Reason: ${p.reason}`] }),
  opportunity_expired: (p) => ({ subject: `Expired: ${p.title}`, lines: [`The deadline of “${p.title}” has passed. You can renew it with a new deadline.`] }),
  opportunity_review_requested: (p) => ({ subject: `To review: ${p.title}`, lines: [`${p.companyName} submitted the opportunity “${p.title}” for review.`] }),
  introduction_received: (p) => ({ subject: `${p.fromName} would like to get in touch`, lines: [`${p.fromName} — ${p.about}`, p.message] }),
  introduction_to_broker: (p) => ({ subject: `Introduction to broker: ${p.fromName} → ${p.toName}`, lines: [`${p.fromName} asks you to introduce them to ${p.toName}.`, p.message] }),
  introduction_accepted: (p) => ({ subject: `Introduction accepted: ${p.otherName}`, lines: [`${p.otherName} accepted. Contact details and the conversation are open.`] }),
  introduction_declined: (p) => ({ subject: `Introduction declined: ${p.otherName}`, lines: [`${p.otherName} declined.`, p.reason ? `Reason: ${p.reason}` : ""] }),
  message_received: (p) => ({ subject: `New message from ${p.fromName}`, lines: [p.excerpt] }),
  digest: (p) => ({ subject: `${p.count} new results for “${p.searchName}”`, lines: [`New results for your saved search “${p.searchName}”:`, p.list] }),
};

const de: Catalogue = {
  verify_email: (p) => ({ subject: "Bestätigen Sie Ihre E-Mail-Adresse für Cluster Match", lines: [`Hallo ${p.name},`, "bitte bestätigen Sie Ihre Adresse, um sich bei Cluster Match anzumelden. Der Link ist 24 Stunden gültig."] }),
  password_reset: (p) => ({ subject: "Neues Passwort für Cluster Match", lines: [`Hallo ${p.name},`, "Sie haben ein neues Passwort angefordert. Der Link ist 1 Stunde gültig und funktioniert einmal. Falls Sie das nicht waren, ignorieren Sie diese Nachricht."] }),
  invitation: (p) => ({ subject: `Einladung zu ${p.companyName}`, lines: [`${p.inviterName} lädt Sie ein, das Profil von ${p.companyName} auf Cluster Match zu verwalten. Die Einladung ist 7 Tage gültig.`] }),
  company_approved: (p) => ({ subject: `${p.companyName}: Profil freigegeben`, lines: [`Das Profil von ${p.companyName} ist auf Cluster Match veröffentlicht.`] }),
  company_rejected: (p) => ({ subject: `${p.companyName}: Änderungen nicht freigegeben`, lines: [`Grund: ${p.reason}`, "Sie können sie korrigieren und erneut einreichen."] }),
  company_suspended: (p) => ({ subject: `${p.companyName}: Profil gesperrt`, lines: [`Grund: ${p.reason}`] }),
  company_review_requested: (p) => ({ subject: `Zur Prüfung: Profil von ${p.companyName}`, lines: [p.isNew === "yes" ? `Das neue Unternehmen ${p.companyName} hat sein Profil zur Prüfung eingereicht.` : `${p.companyName} hat Änderungen am Profil zur Prüfung eingereicht.`, p.isNew === "yes" ? "" : "Die veröffentlichte Fassung bleibt bis zur Freigabe sichtbar."] }),
  opportunity_approved: (p) => ({ subject: `Veröffentlicht: ${p.title}`, lines: [`„${p.title}“ wurde freigegeben und ist veröffentlicht.`] }),
  opportunity_rejected: (p) => ({ subject: `Nicht freigegeben: ${p.title}`, lines: [`„${p.title}“ wurde nicht freigegeben.`, `Grund: ${p.reason}`] }),
  opportunity_expired: (p) => ({ subject: `Abgelaufen: ${p.title}`, lines: [`Die Frist von „${p.title}“ ist abgelaufen. Sie können sie mit einer neuen Frist verlängern.`] }),
  opportunity_review_requested: (p) => ({ subject: `Zur Prüfung: ${p.title}`, lines: [`${p.companyName} hat den Eintrag „${p.title}“ zur Prüfung eingereicht.`] }),
  introduction_received: (p) => ({ subject: `${p.fromName} möchte Kontakt aufnehmen`, lines: [`${p.fromName} — ${p.about}`, p.message] }),
  introduction_to_broker: (p) => ({ subject: `Vermittlungsanfrage: ${p.fromName} → ${p.toName}`, lines: [`${p.fromName} bittet Sie um eine Vorstellung bei ${p.toName}.`, p.message] }),
  introduction_accepted: (p) => ({ subject: `Kontakt angenommen: ${p.otherName}`, lines: [`${p.otherName} hat angenommen. Kontaktdaten und Unterhaltung sind freigegeben.`] }),
  introduction_declined: (p) => ({ subject: `Kontakt abgelehnt: ${p.otherName}`, lines: [`${p.otherName} hat abgelehnt.`, p.reason ? `Grund: ${p.reason}` : ""] }),
  message_received: (p) => ({ subject: `Neue Nachricht von ${p.fromName}`, lines: [p.excerpt] }),
  digest: (p) => ({ subject: `${p.count} neue Ergebnisse für „${p.searchName}“`, lines: [`Neue Ergebnisse für Ihre gespeicherte Suche „${p.searchName}“:`, p.list] }),
};

const catalogues = { bg, en, de } satisfies Record<UiLocale, Catalogue>;
const linkLabel = { bg: "Отворете Cluster Match", en: "Open Cluster Match", de: "Cluster Match öffnen" } satisfies Record<UiLocale, string>;
const footer = {
  bg: "Cluster Match — Клъстер зелени технологии и машиностроене. Известията се настройват в профила ви.",
  en: "Cluster Match — Green Technologies and Machine Building Cluster. Notification settings are in your account.",
  de: "Cluster Match — Cluster für grüne Technologien und Maschinenbau. Benachrichtigungen stellen Sie in Ihrem Konto ein.",
} satisfies Record<UiLocale, string>;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/**
 * A stored locale as one of the UI languages; anything else (a value from before a language was
 * dropped) gets Bulgarian, the default. Every UI language has its own catalogue above, so a
 * language added to `uiLocales` fails the type check here until its texts exist.
 */
export function asUiLocale(locale: string): UiLocale {
  return (uiLocales as readonly string[]).includes(locale) ? (locale as UiLocale) : "bg";
}

/** Renders an e-mail in the recipient's language: subject, plain text and a simple HTML part. */
export function renderEmail<T extends EmailTemplate>(template: T, locale: string, params: EmailParams[T]): { subject: string; text: string; html: string } {
  const lang = asUiLocale(locale);
  const { subject, lines } = (catalogues[lang][template] as (p: EmailParams[T]) => Rendered)(params);
  const paragraphs = lines.filter((l) => l.trim() !== "");
  const url = (params as { url?: string }).url;
  const text = [...paragraphs, ...(url ? [url] : []), "--", footer[lang]].join("\n\n");
  const html = [
    `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif;line-height:1.5">`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`),
    url ? `<p><a href="${escapeHtml(url)}">${linkLabel[lang]}</a></p>` : "",
    `<hr><p style="color:#666;font-size:12px">${escapeHtml(footer[lang])}</p></body></html>`,
  ].join("");
  return { subject, text, html };
}
