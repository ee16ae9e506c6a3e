import { z } from "zod";
import { companySizes } from "../company-size.ts";
import { opportunityTypes } from "../enums.ts";
import { capabilityCodeSchema, certificationCodeSchema, countryCodeSchema, languageCodeSchema, materialCodeSchema } from "./common.ts";

/**
 * The structured filters of search, each described once. Everything else is derived from these
 * tables: the search inputs' filter fields and the outputs' facet counts (search.ts), the search
 * page's URL state (client/src/pages/search), the engines' filters and facet fields and the
 * labels of facet values (server/src/search/search-facets.ts). A new filter is an entry here, its
 * document field (server/src/search-index/documents.ts and document-builder.ts) and, when the
 * search page shows it, its heading in the client's catalogues.
 */
export interface FacetDefinition {
  /** Query-string parameter of the search page, repeated once per value; none: API and saved searches only. */
  readonly param?: string;
  /** Document field the filter tests (declared filterable in documents.ts). */
  readonly field: string;
  /** Document field whose value counts are listed beside the results; none: no counts. */
  readonly facetField?: string;
  /** One value. */
  readonly value: z.ZodType<string>;
  /** At most this many values. */
  readonly max: number;
  /** "all": a result has every chosen value (capabilities); "any": at least one of them (countries). */
  readonly match: "all" | "any";
  /** What the values are codes of, which says how a value is named on screen. */
  readonly kind: FacetValueKind;
  /** i18n key of the facet's heading, for the facets the search page shows. */
  readonly label?: `filters.${string}`;
}

export type FacetValueKind = "country" | "region" | "capability" | "certification" | "material" | "size" | "cluster" | "language" | "opportunityType";

export type FacetRegistry = Readonly<Record<string, FacetDefinition>>;

export const clusterSlugSchema = z.string().regex(/^[a-z0-9-]{1,100}$/);
/** A NUTS 2021 code of level 1 ("DED") or 2 ("DED2"). */
export const regionCodeSchema = z.string().regex(/^[A-Z]{2}[0-9A-Z]{1,2}$/);

/**
 * Capabilities filter firms and opportunities alike: a record "has" a capability when it or one
 * of its descendants is its own; counts list own ones.
 */
const capabilitiesFacet = {
  param: "capability",
  field: "capabilityCodes",
  facetField: "ownCapabilityCodes",
  value: capabilityCodeSchema,
  max: 10,
  match: "all",
  kind: "capability",
  label: "filters.capability",
} as const;

/** Filters of the company search (search.companies), in the order the search page lists them. */
export const companyFacets = {
  countries: { param: "country", field: "country", facetField: "country", value: countryCodeSchema, max: 20, match: "any", kind: "country", label: "filters.country" },
  capabilities: capabilitiesFacet,
  certifications: {
    param: "certification",
    field: "certificationCodes",
    facetField: "certificationCodes",
    value: certificationCodeSchema,
    max: 10,
    match: "all",
    kind: "certification",
    label: "filters.certification",
  },
  materials: { field: "materialCodes", value: materialCodeSchema, max: 10, match: "all", kind: "material" },
  // A firm is in a region when its NUTS-2 code is the value or starts with it (NUTS-1).
  regions: { field: "regionCodes", value: regionCodeSchema, max: 10, match: "any", kind: "region" },
  sizes: { param: "size", field: "size", facetField: "size", value: z.enum(companySizes), max: 4, match: "any", kind: "size", label: "filters.size" },
  clusters: { param: "cluster", field: "clusterSlugs", facetField: "clusterSlugs", value: clusterSlugSchema, max: 10, match: "any", kind: "cluster", label: "filters.cluster" },
  languages: { field: "languages", value: languageCodeSchema, max: 10, match: "any", kind: "language" },
} as const satisfies FacetRegistry;

/**
 * Filters of the opportunity search (search.opportunities). The parameters are those of the
 * opportunity board, where a saved opportunity search opens.
 */
export const opportunityFacets = {
  types: { param: "type", field: "type", facetField: "type", value: z.enum(opportunityTypes), max: 6, match: "any", kind: "opportunityType", label: "filters.type" },
  capabilities: capabilitiesFacet,
  ownerCountries: { field: "ownerCountry", facetField: "ownerCountry", value: countryCodeSchema, max: 20, match: "any", kind: "country" },
} as const satisfies FacetRegistry;

type KeysWhere<F extends FacetRegistry, P> = { [K in keyof F]: F[K] extends P ? K : never }[keyof F] & string;
/** Facets the search page's URL carries. */
export type UrlFacetKey<F extends FacetRegistry> = KeysWhere<F, { param: string }>;
/** Facets whose value counts come with the results. */
export type CountedFacetKey<F extends FacetRegistry> = KeysWhere<F, { facetField: string }>;
/** Chosen values per facet. */
export type FacetValues<F extends FacetRegistry, K extends keyof F = keyof F> = { [P in K]: z.output<F[P]["value"]>[] };

const keysOf = <F extends FacetRegistry>(facets: F) => Object.keys(facets) as (keyof F & string)[];

/** Facets the URL carries, in registry order. */
export function urlFacetKeys<F extends FacetRegistry>(facets: F): UrlFacetKey<F>[] {
  return keysOf(facets).filter((key) => facets[key]!.param !== undefined) as UrlFacetKey<F>[];
}

/** Facets counted beside the results, in registry order. */
export function countedFacetKeys<F extends FacetRegistry>(facets: F): CountedFacetKey<F>[] {
  return keysOf(facets).filter((key) => facets[key]!.facetField !== undefined) as CountedFacetKey<F>[];
}

/** The search input's filter fields: per facet a list of values, at most `max`, empty by default. */
export function facetInputShape<F extends FacetRegistry>(facets: F): { [K in keyof F]: z.ZodDefault<z.ZodArray<F[K]["value"]>> } {
  return Object.fromEntries(keysOf(facets).map((key) => [key, z.array(facets[key]!.value).max(facets[key]!.max).default([])])) as never;
}

export const facetValueSchema = z.object({ value: z.string(), label: z.string(), count: z.number().int() });
export type FacetValue = z.infer<typeof facetValueSchema>;

/** The search output's facet counts: per counted facet its values with labels and counts. */
export function facetCountsShape<F extends FacetRegistry>(facets: F): { [K in CountedFacetKey<F>]: z.ZodArray<typeof facetValueSchema> } {
  return Object.fromEntries(countedFacetKeys(facets).map((key) => [key, z.array(facetValueSchema)])) as never;
}

/**
 * The facet values a URL carries: per facet the valid values of its repeated parameter, without
 * duplicates, at most `max`. Malformed values are dropped, so a mangled link still shows results.
 */
export function readFacetParams<F extends FacetRegistry>(facets: F, params: URLSearchParams): FacetValues<F, UrlFacetKey<F>> {
  return Object.fromEntries(
    urlFacetKeys(facets).map((key) => {
      const { param, value, max } = facets[key]!;
      const valid = params.getAll(param!).filter((v) => value.safeParse(v).success);
      return [key, [...new Set(valid)].slice(0, max)];
    }),
  ) as never;
}

/**
 * URL parameters for facet values: [parameter, values] for every facet the URL carries, in
 * registry order; a facet missing from `values` gets an empty list (which removes its parameter).
 */
export function facetParamEntries<F extends FacetRegistry>(facets: F, values: Partial<Record<keyof F, readonly string[]>>): [string, string[]][] {
  return urlFacetKeys(facets).map((key) => [facets[key]!.param!, [...(values[key] ?? [])]]);
}
