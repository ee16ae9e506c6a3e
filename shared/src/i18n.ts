/** Languages of the user interface. */
export const uiLocales = ["bg", "en", "de"] as const;
export type UiLocale = (typeof uiLocales)[number];

/** Languages of content (descriptions, taxonomy labels). */
export const contentLanguages = ["bg", "en", "de", "pl", "hu"] as const;
export type ContentLanguage = (typeof contentLanguages)[number];

export type LocalizedText = Partial<Record<string, string>>;

/**
 * Picks the text to show for a locale: the locale itself, then English, then the first
 * language the record has. Returns the language too, so the UI can mark it (lang attribute).
 */
export function pickLocalized(
  texts: LocalizedText | null | undefined,
  locale: string,
): { text: string; lang: string } | null {
  if (!texts) return null;
  for (const lang of [locale, "en"]) {
    const text = texts[lang];
    if (text) return { text, lang };
  }
  for (const [lang, text] of Object.entries(texts)) {
    if (text) return { text, lang };
  }
  return null;
}
