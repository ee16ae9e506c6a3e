import type { UiLocale } from "@cluster-match/shared/i18n";
import { bgToLatin, hasCyrillic } from "@cluster-match/shared/transliteration";
import { nameLanguage } from "./places.ts";

/** What every firm record the client shows carries about its name. */
export interface FirmName {
  name: string;
  nameLatin?: string | null;
  country?: string | null;
}

/** A name as shown: the text, the language to mark it with (undefined: the page's own), and the other script's form. */
export interface DisplayedName {
  text: string;
  lang: string | undefined;
  /** The name in its own script when the Latin form is shown (a reader may need the registered name), else null. */
  original: { text: string; lang: string | undefined } | null;
}

/**
 * The Latin form of a Cyrillic name: the stored one (the import's or the owner's), else the
 * Streamlined System (Transliteration Act 2009) applied to the name, which writes legal forms the
 * way the registers' Latin extracts do: ООД → OOD, ЕООД → EOOD, АД → AD, ЕТ → ET.
 */
export function latinName(firm: FirmName): string {
  const stored = firm.nameLatin?.trim();
  return stored && !hasCyrillic(stored) ? stored : bgToLatin(firm.name);
}

/**
 * A firm's name in the reader's script: Bulgarian readers see the name as registered; readers of
 * English and German see a Cyrillic name in its Latin form (unmarked: it is read with the page's
 * voice), with the registered name kept as `original`. Latin-script names stay as they are,
 * marked with their country's language for screen readers' pronunciation.
 */
export function displayName(firm: FirmName, locale: UiLocale): DisplayedName {
  const ownLang = firm.country ? nameLanguage(firm.country) : hasCyrillic(firm.name) ? "bg" : undefined;
  if (locale === "bg" || !hasCyrillic(firm.name)) return { text: firm.name, lang: ownLang, original: null };
  return { text: latinName(firm), lang: undefined, original: { text: firm.name, lang: ownLang ?? "bg" } };
}

/** The name as plain text (page titles, labels, notifications). */
export function firmName(firm: FirmName, locale: UiLocale): string {
  return displayName(firm, locale).text;
}

/** A legal form in the reader's script: "ООД" → "OOD" for readers of English and German; "GmbH" stays. */
export function displayLegalForm(legalForm: string, locale: UiLocale): string {
  return locale === "bg" || !hasCyrillic(legalForm) ? legalForm : bgToLatin(legalForm);
}
