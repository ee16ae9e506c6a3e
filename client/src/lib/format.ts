import type { UiLocale } from "@cluster-match/shared/i18n";

/** Regional variants that give the conventions our users expect (e.g. "30 June 2026", not "June 30"). */
const intlLocales: Record<UiLocale, string> = { bg: "bg-BG", en: "en-GB", de: "de-DE" };

export function intlLocale(locale: UiLocale): string {
  return intlLocales[locale];
}

// Intl objects are costly to build and are used in every card; keep one per locale and kind.
const cache = new Map<string, unknown>();
function cached<T>(key: string, create: () => T): T {
  if (!cache.has(key)) cache.set(key, create());
  return cache.get(key) as T;
}

export function formatNumber(value: number, locale: UiLocale): string {
  return cached(`number:${locale}`, () => new Intl.NumberFormat(intlLocale(locale))).format(value);
}

const dateOnlyPattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats an ISO date or timestamp. Date-only values ("2026-06-30") are calendar days, so they are
 * formatted in UTC; otherwise a deadline would show the previous day west of Greenwich.
 */
export function formatDate(iso: string, locale: UiLocale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const utc = dateOnlyPattern.test(iso);
  const format = cached(
    `date:${locale}:${utc}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", ...(utc ? { timeZone: "UTC" } : {}) }),
  );
  return format.format(date);
}

function displayName(locale: UiLocale, type: "region" | "language", code: string): string {
  try {
    const names = cached(`names:${type}:${locale}`, () => new Intl.DisplayNames([intlLocale(locale)], { type, fallback: "code" }));
    return names.of(code) ?? code;
  } catch {
    // Intl.DisplayNames throws on malformed codes; show the raw code rather than break the page.
    return code;
  }
}

export function countryName(code: string, locale: UiLocale): string {
  return displayName(locale, "region", code);
}

export function languageName(code: string, locale: UiLocale): string {
  return displayName(locale, "language", code);
}

/** Joins names as a natural-language list ("Germany, Austria and Poland"). */
export function formatList(items: string[], locale: UiLocale): string {
  return cached(`list:${locale}`, () => new Intl.ListFormat(intlLocale(locale), { style: "long", type: "conjunction" })).format(items);
}

/** Sorts by a display label with the locale's collation (Cyrillic and umlauts in the right place). */
export function sortByLabel<T>(items: readonly T[], label: (item: T) => string, locale: UiLocale): T[] {
  const collator = cached(`collator:${locale}`, () => new Intl.Collator(intlLocale(locale)));
  return [...items].sort((a, b) => collator.compare(label(a), label(b)));
}

/**
 * The abbreviation of "kilometre" where the Intl data has a different one than readers use: CLDR
 * gives Bulgarian the Latin "km", Bulgarian texts write "км".
 */
const kilometreAbbreviation: Partial<Record<UiLocale, string>> = { bg: "км" };

/** A distance in kilometres ("312 km", "1,2 km", "312 км"): whole kilometres from 10 km up, one decimal below. */
export function formatDistance(km: number, locale: UiLocale): string {
  const digits = km < 10 ? 1 : 0;
  const abbreviation = kilometreAbbreviation[locale];
  if (abbreviation) {
    const number = cached(`distance-number:${locale}:${digits}`, () => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }));
    // A no-break space keeps the number and its unit on one line.
    return `${number.format(km)}\u00a0${abbreviation}`;
  }
  return cached(
    `distance:${locale}:${digits}`,
    () => new Intl.NumberFormat(intlLocale(locale), { style: "unit", unit: "kilometer", maximumFractionDigits: digits }),
  ).format(km);
}

/** A share from 0 to 1 as a percentage in the locale's style ("87%", "87 %"). */
export function formatPercent(share: number, locale: UiLocale): string {
  return cached(`percent:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 })).format(share);
}
