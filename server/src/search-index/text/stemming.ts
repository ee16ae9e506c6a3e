import { createRequire } from "node:module";
import { bulgarianStem } from "./bulgarian-stemmer.ts";
import { foldCaseAndDiacritics } from "./normalize.ts";

export const stemLocales = ["bg", "en", "de", "pl", "hu"] as const;
export type StemLocale = (typeof stemLocales)[number];

// The Snowball stemmers of nlp.js (maintained, generated from the Snowball sources) for the
// four Latin-script languages; Savoy's light stemmer for Bulgarian. Each package file exports one
// class and ships no types; only the stemmer is loaded, not the language packs around it.
type Stemmer = { stem(word: string): string };
const load = createRequire(import.meta.url) as (id: string) => new () => Stemmer;
const snowball = {
  en: new (load("@nlpjs/lang-en-min/src/stemmer-en.js"))(),
  de: new (load("@nlpjs/lang-de/src/stemmer-de.js"))(),
  pl: new (load("@nlpjs/lang-pl/src/stemmer-pl.js"))(),
  hu: new (load("@nlpjs/lang-hu/src/stemmer-hu.js"))(),
};

function stem(locale: StemLocale, word: string): string {
  return locale === "bg" ? bulgarianStem(word) : snowball[locale].stem(word);
}

/**
 * Shorter stems say too little and would join unrelated words; English keeps its short roots
 * ("cut" of "cutting", "laser cut blanks").
 */
const minStem: Record<StemLocale, number> = { bg: 4, en: 3, de: 4, pl: 4, hu: 4 };

const cyrillic = /\p{Script=Cyrillic}/u;

/** The languages a word may be in, by its script (Bulgarian typed in Latin letters is not stemmed). */
export function localesOfScript(word: string): StemLocale[] {
  return cyrillic.test(word) ? ["bg"] : ["en", "de", "pl", "hu"];
}

/**
 * Keys of a word's stems in the given languages ("pl:odlew"), folded like tokens: two words share
 * a key when one language's stemmer takes both to the same stem. The word as written (with its
 * diacritics, which the stemmers' suffix rules read).
 */
export function stemKeys(word: string, locales: readonly StemLocale[]): string[] {
  const lower = word.toLowerCase();
  const keys: string[] = [];
  for (const locale of locales) {
    if ((locale === "bg") !== cyrillic.test(lower)) continue;
    const folded = foldCaseAndDiacritics(stem(locale, lower));
    if (folded.length >= minStem[locale]) keys.push(`${locale}:${folded}`);
  }
  return keys;
}
