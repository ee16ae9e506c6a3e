import type { UiLocale } from "@cluster-match/shared";

const localeOfCountry: Partial<Record<string, UiLocale>> = { BG: "bg", DE: "de", AT: "de", CH: "de", LI: "de" };

/** The UI language a firm's registered mailbox is written to: its country's, or English. */
export function firmLocale(country: string): UiLocale {
  return localeOfCountry[country] ?? "en";
}
