/**
 * The five languages of the platform, from the ISO 639-1 codes the rest of the app uses to the
 * ISO 639-3 codes Meilisearch names its tokenizer pipelines by.
 */
export const meilisearchLocaleOf = {
  bg: "bul",
  en: "eng",
  de: "deu",
  pl: "pol",
  hu: "hun",
} as const;

export type PlatformLanguage = keyof typeof meilisearchLocaleOf;

function isPlatformLanguage(code: string): code is PlatformLanguage {
  return Object.hasOwn(meilisearchLocaleOf, code);
}

/**
 * Query locales for a search. Locales are a tokenizer hint, so a code we do not know is left out
 * rather than failing the search; undefined when nothing is left (Meilisearch then detects).
 */
export function toMeilisearchLocales(languages: readonly string[] | undefined): string[] | undefined {
  const locales: string[] = [];
  for (const language of languages ?? []) {
    const code = language.trim().toLowerCase();
    if (isPlatformLanguage(code) && !locales.includes(meilisearchLocaleOf[code])) {
      locales.push(meilisearchLocaleOf[code]);
    }
  }
  return locales.length > 0 ? locales : undefined;
}
