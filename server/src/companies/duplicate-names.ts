import { foldToLatin } from "@cluster-match/shared";

/**
 * Matching of company names across scripts, for the duplicate check at registration: "Метал
 * Инженеринг ООД" in София and "Metal Inzhenering OOD" in Sofia are the same firm.
 */

/** Legal forms as single words after folding (ЕООД → eood, Kft. → kft, S.A. → s a → sa below). */
const legalFormWords = new Set([
  // Bulgaria
  "et", "eood", "ood", "ead", "ad", "sd", "kd", "kda", "adsits", "zad",
  // Germany, Austria
  "gmbh", "ag", "kg", "ohg", "ug", "gbr", "co", "mbh", "ev", "eg", "se",
  // Hungary
  "kft", "zrt", "nyrt", "bt", "kkt", "rt",
  // Poland and general
  "sa", "spa", "sro", "ltd", "llc", "inc", "plc",
]);

/** Multi-word legal forms, folded and space-separated, longest first. */
const legalFormPhrases = ["sp z o o", "sp zoo", "sp k", "sp j", "s a", "s r o", "gmbh co kg", "gmbh co"];

/** A company name reduced to what identifies it: folded, legal forms removed. */
export function nameKey(name: string): string {
  let folded = ` ${foldToLatin(name)} `;
  for (const phrase of legalFormPhrases) folded = folded.replaceAll(` ${phrase} `, " ");
  const words = folded.split(" ").filter((w) => w !== "" && !legalFormWords.has(w));
  // A name that is only a legal form keeps its words rather than becoming empty.
  return words.length > 0 ? words.join(" ") : foldToLatin(name);
}

/** A city's Latin form for comparison ("Kraków" = "Krakow" = "KRAKOW"). */
export function cityKey(cityLatin: string): string {
  return foldToLatin(cityLatin);
}

function trigrams(text: string): Set<string> {
  const result = new Set<string>();
  // pg_trgm's way: each word padded with two spaces in front and one behind.
  for (const word of text.split(" ").filter(Boolean)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) result.add(padded.slice(i, i + 3));
  }
  return result;
}

/** Trigram similarity (shared / all distinct trigrams) of two name keys, 0…1. */
export function nameSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/**
 * Names at least this similar are "very similar". Chosen on the cases in duplicate-names.test.ts:
 * transliterations, a missing or changed legal form and one typo stay above; firms that only
 * share words ("Епсилон" / "Сигма Прецизна механика", "Инженеринг Дунав" / "Инженеринг Искър") stay below.
 */
export const similarNameThreshold = 0.6;

export interface NamedCompany {
  name: string;
  nameLatin: string;
  cityLatin: string;
}

/** Whether an existing company is probably the one being registered. */
export function isProbableDuplicate(candidate: NamedCompany, existing: NamedCompany): boolean {
  if (cityKey(candidate.cityLatin) !== cityKey(existing.cityLatin)) return false;
  const keys = [nameKey(candidate.name), nameKey(candidate.nameLatin)];
  const existingKeys = [nameKey(existing.name), nameKey(existing.nameLatin)];
  return keys.some((a) => existingKeys.some((b) => nameSimilarity(a, b) >= similarNameThreshold));
}
