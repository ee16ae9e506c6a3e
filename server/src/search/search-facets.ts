import {
  companyFacets,
  countedFacetKeys,
  opportunityFacets,
  type CountedFacetKey,
  type FacetRegistry,
  type FacetValue,
  type FacetValueKind,
  type Vocabulary,
} from "@cluster-match/shared";
import type { filterableFields } from "../search-index/documents.ts";
import { regionLabel } from "../search-index/query/regions.ts";
import type { IndexName, SearchFilter } from "../search-index/search-port.ts";

// Every facet's fields are declared filterable in its index (a type error here otherwise), so
// Meilisearch accepts them and the embedded engine keeps value sets for them.
type Filterable<I extends IndexName> = (typeof filterableFields)[I][number];
type FieldsOf<F extends FacetRegistry> = { [K in keyof F]: F[K]["field"] | (F[K] extends { facetField: infer V } ? V : never) }[keyof F];
const _fieldsDeclared: [FieldsOf<typeof companyFacets>, FieldsOf<typeof opportunityFacets>] extends [Filterable<"companies">, Filterable<"opportunities">] ? true : never = true;
void _fieldsDeclared;

/**
 * The structured filters for chosen facet values, in registry order: an "all" facet gives one
 * filter per value, an "any" facet one filter of all its values; a facet without values none.
 */
export function facetFilters<F extends FacetRegistry>(facets: F, values: Partial<Record<keyof F, readonly string[]>>): SearchFilter[] {
  const filters: SearchFilter[] = [];
  for (const key of Object.keys(facets) as (keyof F & string)[]) {
    const chosen = [...new Set(values[key] ?? [])];
    if (chosen.length === 0) continue;
    const { field, match } = facets[key]!;
    if (match === "all") for (const value of chosen) filters.push({ kind: "anyOf", field, values: [value] });
    else filters.push({ kind: "anyOf", field, values: chosen });
  }
  return filters;
}

/** The document fields whose value counts a search asks for: one per counted facet. */
export function facetFields(facets: FacetRegistry): string[] {
  return countedFacetKeys(facets).map((key) => facets[key]!.facetField!);
}

export type FacetCounts<F extends FacetRegistry> = Record<CountedFacetKey<F>, FacetValue[]>;

/** What names facet values in the reader's language. */
export interface FacetLabelSources {
  locale: string;
  vocabulary: Vocabulary;
  /** Cluster slug → name; facets of other kinds do without. */
  clusterNames?: Map<string, string>;
}

const countryLabel = (locale: string) => (code: string) => new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;

/** How the values of one kind are named; codes without a name (sizes, types) name themselves. */
export function valueLabel(kind: FacetValueKind, sources: FacetLabelSources): (value: string) => string {
  switch (kind) {
    case "country":
      return countryLabel(sources.locale);
    case "capability":
      return (code) => sources.vocabulary.capability(code).label;
    case "certification":
      return (code) => sources.vocabulary.certification(code).label;
    case "material":
      return (code) => sources.vocabulary.material(code).label;
    case "region":
      return (code) => regionLabel(code, sources.locale);
    case "cluster":
      return (slug) => sources.clusterNames?.get(slug) ?? slug;
    default:
      return (value) => value;
  }
}

/** The 50 most frequent values of a facet, with labels, most frequent first, then by label. */
function facetValues(counts: Record<string, number> | undefined, label: (value: string) => string): FacetValue[] {
  return Object.entries(counts ?? {})
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, label: label(value), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, 50);
}

/**
 * The facet counts of a response (field → value → count) as the API returns them; no counts at
 * all (`null`) gives every facet an empty list.
 */
export function facetCounts<F extends FacetRegistry>(
  facets: F,
  counts: Record<string, Record<string, number>> | null,
  sources: FacetLabelSources,
): FacetCounts<F> {
  return Object.fromEntries(
    countedFacetKeys(facets).map((key) => {
      const facet = facets[key]!;
      return [key, counts ? facetValues(counts[facet.facetField!], valueLabel(facet.kind, sources)) : []];
    }),
  ) as FacetCounts<F>;
}
