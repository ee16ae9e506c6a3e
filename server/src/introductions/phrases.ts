import { pickLocalized, type LocalizedText, type UiLocale } from "@cluster-match/shared";

/** An opportunity title in the reader's language (or the best fallback). */
export function titleIn(title: unknown, locale: UiLocale): string {
  return pickLocalized(title as LocalizedText, locale)?.text ?? "";
}

// Texts that go into e-mail parameters; the templates themselves live in mail/templates.ts.
const phrases: Record<UiLocale, { hiddenOwner: (title: string) => string; companyRequest: string; viaBroker: string; brokerNote: string; clusterManager: string; contactPoint: string }> = {
  bg: {
    hiddenOwner: (title) => `Фирмата, публикувала „${title}“`,
    companyRequest: "заявка за контакт",
    viaBroker: "заявка за контакт чрез клъстерния мениджър",
    brokerNote: "Бележка от клъстерния мениджър",
    clusterManager: "Клъстерният мениджър",
    contactPoint: "Контактната точка на клъстера",
  },
  en: {
    hiddenOwner: (title) => `The company behind “${title}”`,
    companyRequest: "a request for an introduction",
    viaBroker: "a request for an introduction, forwarded by the cluster manager",
    brokerNote: "Note from the cluster manager",
    clusterManager: "The cluster manager",
    contactPoint: "The cluster's contact point",
  },
  de: {
    hiddenOwner: (title) => `Das Unternehmen hinter „${title}“`,
    companyRequest: "eine Kontaktanfrage",
    viaBroker: "eine Kontaktanfrage, weitergeleitet vom Clustermanagement",
    brokerNote: "Notiz des Clustermanagements",
    clusterManager: "Das Clustermanagement",
    contactPoint: "Die Kontaktstelle des Clusters",
  },
};

/**
 * How the owner of an anonymous opportunity is named to the interested side before it accepts:
 * no name, only the opportunity it published.
 */
export function hiddenOwnerName(title: unknown, locale: UiLocale): string {
  return phrases[locale].hiddenOwner(titleIn(title, locale));
}

export function phrase(locale: UiLocale, key: "companyRequest" | "viaBroker" | "brokerNote" | "clusterManager" | "contactPoint"): string {
  return phrases[locale][key];
}

/** The start of a message, for notices: at most `max` characters, cut at a word. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

const cyrillic = /[\u0400-\u04FF]/;

/** A company name as a reader of the locale can read it: the Latin form outside Bulgarian. */
export function readableName(company: { name: string; nameLatin: string }, locale: UiLocale): string {
  return locale !== "bg" && cyrillic.test(company.name) ? company.nameLatin : company.name;
}
