import { bgToLatin } from "./transliteration.ts";

/**
 * Text in one comparable Latin form: Cyrillic transliterated (so "frez" finds "фрезоване"), lower
 * case, no diacritics ("Frasen" finds "Fräsen", "lodz" finds "Łódź"), every run of other
 * characters one space. The client's taxonomy picker searches in it and registration compares
 * company names and cities in it. (The search engine folds differently: it keeps Cyrillic as
 * Cyrillic, see server/src/search-index/text/normalize.ts.)
 */
export function foldToLatin(text: string): string {
  return bgToLatin(text)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[łŁ]/g, "l")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
