import type { SavedSearchKind } from "@cluster-match/shared/schemas/saved-searches";
import { defaultRadiusKm, type CompanySearchInput } from "@cluster-match/shared/schemas/search";
import { companyFacets, facetParamEntries, urlFacetKeys } from "@cluster-match/shared/schemas/search-facets";
import type { SearchState } from "../search/useCompanySearch.ts";

/** The company search input for what the search page shows (its URL state), without the page. */
export function companyQueryFromState(state: SearchState): CompanySearchInput {
  return {
    q: state.q,
    // The URL state holds only values the facets' schemas accept (readFacetParams).
    ...(state.facets as Pick<CompanySearchInput, keyof SearchState["facets"]>),
    ...(state.near ? { near: { city: state.near, radiusKm: state.radius } } : {}),
    sort: state.sort,
    ignore: state.ignore,
  };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v !== "") : []);
const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

function toSearch(entries: [string, string | string[] | undefined][]): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) {
    for (const item of typeof value === "string" ? [value] : (value ?? [])) params.append(key, item);
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}

/**
 * Where a saved search opens: the page and URL state that show its query again. Companies open
 * on the search page with every filter; opportunities on the board, which filters by type, one
 * capability, the country they are open to, the words and the order.
 */
export function savedSearchPath(kind: SavedSearchKind, query: Record<string, unknown>): string {
  if (kind === "OPPORTUNITIES") {
    const sort = text(query.sort);
    return `/opportunities${toSearch([
      ["q", text(query.q)],
      ["sort", sort && sort !== "relevance" ? sort : undefined],
      ["type", strings(query.types)],
      ["capability", strings(query.capabilities)[0]],
      ["country", text(query.openTo)],
    ])}`;
  }
  const near = (query.near ?? {}) as { city?: unknown; radiusKm?: unknown };
  const city = text(near.city);
  const radius = typeof near.radiusKm === "number" && near.radiusKm !== defaultRadiusKm ? String(near.radiusKm) : undefined;
  const sort = text(query.sort);
  return `/search${toSearch([
    ["q", text(query.q)],
    ...facetParamEntries(companyFacets, Object.fromEntries(urlFacetKeys(companyFacets).map((key) => [key, strings(query[key])]))),
    ["near", city],
    ["radius", city ? radius : undefined],
    ["sort", sort && sort !== "relevance" ? sort : undefined],
    ["ignore", strings(query.ignore)],
  ])}`;
}
