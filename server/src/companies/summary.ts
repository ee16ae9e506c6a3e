import { pickLocalized, type LocalizedText } from "@cluster-match/shared";

const SUMMARY_MAX = 280;

/** The description in the reader's language (or the best fallback), cut at a word boundary. */
export function summarize(description: LocalizedText, locale: string): { text: string; lang: string } | null {
  const picked = pickLocalized(description, locale);
  if (!picked || picked.text.length <= SUMMARY_MAX) return picked;
  const cut = picked.text.slice(0, SUMMARY_MAX);
  return { lang: picked.lang, text: `${cut.slice(0, cut.lastIndexOf(" "))}…` };
}
