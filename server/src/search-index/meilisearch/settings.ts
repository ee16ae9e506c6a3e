import type { Settings } from "meilisearch";
import { filterableFields, searchableFields, sortableFields } from "../documents.ts";
import type { IndexName, IndexSettings } from "../search-port.ts";
import { meilisearchLocaleOf } from "./locales.ts";
import { preferField, rankAnchorField } from "./rank-anchor.ts";

/**
 * Relevance first, then the user's explicit order. Meilisearch's default puts `sort` after
 * proximity and attribute, where it only breaks exact ties, so "sort by distance" would barely
 * move anything for a text query. Here documents matching more query words, then with fewer
 * typos, still come first (a typo-only match 5 km away should not beat an exact one 50 km away),
 * but within that group the chosen sort wins over the finer proximity / attribute / exactness
 * signals. With a relevance sort the `sort` rule is a no-op and this is the default order.
 * The document id comes last, only among documents equal on everything else: without it
 * Meilisearch orders those by its internal ids, so pages could differ from the embedded engine's
 * and shift after documents were indexed again.
 */
export const rankingRules = ["words", "typo", "sort", "proximity", "attribute", "exactness", "profileQuality:desc", "id:asc"] as const;

/**
 * One typo from 4 letters, two from 8 (Meilisearch's defaults are 5 and 9): Bulgarian and
 * Hungarian words are long and often typed without their diacritics or transliterated. No typos
 * on numbers, so "ISO 9001" does not match "9011" and NACE codes stay exact. The code fields
 * (capabilityCodes, naceCodes…) are filter-only and not searchable; only the ranking fields'
 * made-up words must match exactly (rank-anchor.ts).
 */
export const typoTolerance = {
  enabled: true,
  minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
  disableOnNumbers: true,
  disableOnAttributes: [rankAnchorField, preferField] as string[],
} satisfies Settings["typoTolerance"];

/**
 * Per-language fields are tokenized by their language's pipeline instead of being guessed from
 * a few words (German compound splitting, Cyrillic normalisation). `description_bg_latin` is
 * deliberately left out: it is Latin script, and Bulgarian is a Cyrillic-script locale for the
 * tokenizer, so the automatic Latin pipeline suits it better. Mixed-language fields (names,
 * capability terms in all five languages) are left to detection too.
 */
export function localizedAttributes(index: IndexName): NonNullable<Settings["localizedAttributes"]> {
  const rules = new Map<string, string[]>();
  for (const field of searchableFields[index]) {
    const language = /_(bg|en|de|pl|hu)$/.exec(field)?.[1] as keyof typeof meilisearchLocaleOf | undefined;
    if (language === undefined) continue;
    const locale = meilisearchLocaleOf[language];
    rules.set(locale, [...(rules.get(locale) ?? []), field]);
  }
  return [...rules].map(([locale, fields]) => ({ attributePatterns: fields, locales: [locale] }));
}

/**
 * Meilisearch synonyms are one-way, so each group becomes a mutual map: every term lists all the
 * others. Terms are trimmed, lower-cased and whitespace-collapsed; a term in several groups maps
 * to the union of their other terms.
 */
export function synonymMap(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = [...new Set(group.map((term) => term.trim().replace(/\s+/g, " ").toLowerCase()))].filter(
      (term) => term !== "",
    );
    for (const term of terms) {
      const others = synonyms.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) others.add(other);
      if (others.size > 0) synonyms.set(term, others);
    }
  }
  return Object.fromEntries([...synonyms].map(([term, others]) => [term, [...others]]));
}

/** The complete settings of one index, applied in one task so it re-indexes once. */
export function indexSettings(index: IndexName, settings: IndexSettings): Settings {
  return {
    // The ranking fields last: their words are never the user's, so they outweigh no real field.
    searchableAttributes: [...searchableFields[index], rankAnchorField, preferField],
    filterableAttributes: [...filterableFields[index]],
    sortableAttributes: [...sortableFields[index]],
    rankingRules: [...rankingRules],
    synonyms: synonymMap(settings.synonyms),
    typoTolerance,
    localizedAttributes: localizedAttributes(index),
    // Count order, so the 200 values kept for a large facet (capabilityCodes) are the frequent ones.
    faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { "*": "count" } },
    pagination: { maxTotalHits: 10_000 },
  };
}
