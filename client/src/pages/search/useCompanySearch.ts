import { companySizes, type CompanySize } from "@cluster-match/shared/company-size";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { patterns, readList, readOne, readPage, useUrlFilters } from "../../lib/urlState.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

export const searchPageSize = 20;
export const radiusOptions = [25, 50, 100, 250] as const;
export const defaultRadius = 50;
export const sortOptions = ["relevance", "name", "distance"] as const;
export type SearchSort = (typeof sortOptions)[number];

/** The structured filters; each is a repeated URL parameter and an array in the API input. */
export const facetKeys = ["countries", "capabilities", "certifications", "sizes", "clusters"] as const;
export type FacetKey = (typeof facetKeys)[number];

const urlKey: Record<FacetKey, string> = {
  countries: "country",
  capabilities: "capability",
  certifications: "certification",
  sizes: "size",
  clusters: "cluster",
};

const facetPattern: Record<FacetKey, RegExp> = {
  countries: patterns.country,
  capabilities: patterns.capability,
  certifications: patterns.certification,
  sizes: new RegExp(`^(${companySizes.join("|")})$`),
  clusters: patterns.slug,
};

/** Parts of the interpretation a user can remove; mirrors the API's `ignore` values. */
const ignorePattern = /^((capability|material|certification|country):[A-Za-z0-9_.]{1,64}|place|radius)$/;
const sortPattern = new RegExp(`^(${sortOptions.join("|")})$`);
const anyText = /^[^]{1,300}$/;
const cityPattern = /^[^]{1,100}$/;

export interface SearchState {
  q: string;
  facets: Record<FacetKey, string[]>;
  sort: SearchSort;
  near: string | undefined;
  radius: number;
  ignore: string[];
  page: number;
}

/**
 * Search state lives in the query string, so links can be shared and the back button works:
 * `/search?q=CNC+Plovdiv&country=BG&capability=MACH.CNC_MILLING&sort=distance&near=Plovdiv&radius=50&ignore=place&page=2`.
 * Every change but paging starts again at page 1; a new query also forgets removed chips.
 */
export function useCompanySearch() {
  const trpc = useTRPC();
  const locale = useLocale();
  const { params, setFilters, setPage } = useUrlFilters();

  const radius = Number(params.get("radius"));
  const state: SearchState = {
    q: (readOne(params, "q", anyText) ?? "").trim(),
    facets: Object.fromEntries(facetKeys.map((key) => [key, readList(params, urlKey[key], facetPattern[key], 10)])) as Record<FacetKey, string[]>,
    sort: (readOne(params, "sort", sortPattern) as SearchSort | undefined) ?? "relevance",
    near: readOne(params, "near", cityPattern)?.trim() || undefined,
    radius: (radiusOptions as readonly number[]).includes(radius) ? radius : defaultRadius,
    ignore: readList(params, "ignore", ignorePattern),
    page: readPage(params),
  };
  const hasFilters = facetKeys.some((key) => state.facets[key].length > 0) || !!state.near;

  // The previous answer stays as placeholder so the chips and facets do not jump while a new
  // one loads; the result list itself shows its loading state meanwhile (see SearchPage).
  const results = useQuery({
    ...trpc.search.companies.queryOptions({
      q: state.q,
      locale,
      page: state.page,
      pageSize: searchPageSize,
      ...state.facets,
      // The URL pattern admits only the size codes.
      sizes: state.facets.sizes as CompanySize[],
      near: state.near ? { city: state.near, radiusKm: state.radius } : undefined,
      sort: state.sort,
      ignore: state.ignore,
    }),
    placeholderData: keepPreviousData,
  });

  const search = useCallback((q: string) => setFilters({ q: q.trim() || undefined, ignore: undefined }), [setFilters]);
  const setFacet = useCallback((key: FacetKey, values: string[]) => setFilters({ [urlKey[key]]: values }), [setFilters]);
  const setSort = useCallback((sort: SearchSort) => setFilters({ sort: sort === "relevance" ? undefined : sort }), [setFilters]);
  const setNear = useCallback(
    (near: string | undefined, radius: number) =>
      setFilters({ near: near?.trim() || undefined, radius: near?.trim() && radius !== defaultRadius ? String(radius) : undefined }),
    [setFilters],
  );
  const ignorePart = useCallback((part: string) => setFilters({ ignore: [...new Set([...state.ignore, part])] }), [setFilters, state.ignore]);
  const restoreParts = useCallback(() => setFilters({ ignore: undefined }), [setFilters]);
  const clearFilters = useCallback(
    () => setFilters({ ...Object.fromEntries(facetKeys.map((key) => [urlKey[key], undefined])), near: undefined, radius: undefined }),
    [setFilters],
  );

  return { state, hasFilters, results, search, setFacet, setSort, setNear, ignorePart, restoreParts, clearFilters, setPage };
}

/** Suggestions for the search box; the box debounces the text it passes in. */
export function useSuggestions(q: string) {
  const trpc = useTRPC();
  const locale = useLocale();
  const text = q.trim();
  return useQuery({
    ...trpc.search.suggest.queryOptions({ q: text, locale }, { enabled: text.length >= 2 }),
    // While the next suggestions load, the previous ones stay (no flicker as the user types).
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
