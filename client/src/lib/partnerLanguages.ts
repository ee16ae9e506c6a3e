import { contentLanguages, type ContentLanguage } from "@cluster-match/shared/i18n";

/** The language firms of a cluster country write in (Austria's is German). */
const ownLanguage: Record<string, ContentLanguage> = { BG: "bg", DE: "de", AT: "de", PL: "pl", HU: "hu" };

/**
 * The languages partners abroad search in, for a firm of `country`: every content language but
 * the firm's own (all of them while the country is unknown), so a German firm is never told about
 * partners who read German as if they were abroad.
 */
export function partnerLanguages(country: string | null | undefined): ContentLanguage[] {
  const own = country ? ownLanguage[country.toUpperCase()] : undefined;
  return contentLanguages.filter((language) => language !== own);
}
