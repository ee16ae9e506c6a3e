import type { UiLocale } from "@cluster-match/shared/i18n";

/** The cluster and its partner clusters: the countries offered as company filters. */
export const clusterCountries = ["BG", "DE", "AT", "PL", "HU"] as const;

/** Further markets that opportunities target, offered after the cluster countries. */
export const otherMarketCountries = ["CH", "CZ", "FR", "GR", "HR", "IT", "NL", "RO", "RS", "SI", "SK", "TR"] as const;

const cyrillic = /[\u0400-\u04FF]/;

/** Cyrillic names are unreadable to many foreign partners, so readers outside Bulgarian see the Latin form. */
export function readableName(native: string, latin: string, locale: UiLocale): string {
  return locale !== "bg" && cyrillic.test(native) ? latin : native;
}

export function displayCity(place: { city: string; cityLatin: string }, locale: UiLocale): string {
  return readableName(place.city, place.cityLatin, locale);
}

const countryLanguage: Partial<Record<string, string>> = { BG: "bg", DE: "de", AT: "de", PL: "pl", HU: "hu" };

/** The language a company's own-script name is written in, for the lang attribute (screen reader pronunciation). */
export function nameLanguage(country: string): string | undefined {
  return countryLanguage[country];
}
