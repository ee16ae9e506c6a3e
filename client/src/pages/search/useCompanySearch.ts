import { companySearchSortSchema, defaultRadiusKm, ignoredPartSchema, maxSearchPage } from "@cluster-match/shared/schemas/search";
import { companyFacets, facetParamEntries, readFacetParams, urlFacetKeys, type UrlFacetKey } from "@cluster-match/shared/schemas/search-facets";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { readList, readOne, readPage, useUrlFilters } from "../../lib/urlState.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

export const searchPageSize = 20;
export const radiusOptions = [25, 50, 100, 250] as const;
export const defaultRadius = defaultRadiusKm;
export const sortOptions = companySearchSortSchema.options;
export type SearchSort = (typeof sortOptions)[number];

/** The structured filters the URL carries (see companyFacets); each a repeated parameter and an array in the API input. */
export const facetKeys = urlFacetKeys(companyFacets);
export type FacetKey = UrlFacetKey<typeof companyFacets>;

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
  const facets = readFacetParams(companyFacets, params);
  const state: SearchState = {
    q: (readOne(params, "q", anyText) ?? "").trim(),
    facets,
    sort: (readOne(params, "sort", companySearchSortSchema) as SearchSort | undefined) ?? "relevance",
    near: readOne(params, "near", cityPattern)?.trim() || undefined,
    radius: (radiusOptions as readonly number[]).includes(radius) ? radius : defaultRadius,
    ignore: readList(params, "ignore", ignoredPartSchema),
    page: readPage(params, maxSearchPage),
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
      ...facets,
      near: state.near ? { city: state.near, radiusKm: state.radius } : undefined,
      sort: state.sort,
      ignore: state.ignore,
    }),
    placeholderData: keepPreviousData,
  });

  const search = useCallback((q: string) => setFilters({ q: q.trim() || undefined, ignore: undefined }), [setFilters]);
  const setFacet = useCallback((key: FacetKey, values: string[]) => setFilters({ [companyFacets[key].param]: values }), [setFilters]);
  const setSort = useCallback((sort: SearchSort) => setFilters({ sort: sort === "relevance" ? undefined : sort }), [setFilters]);
  const setNear = useCallback(
    (near: string | undefined, radius: number) =>
      setFilters({ near: near?.trim() || undefined, radius: near?.trim() && radius !== defaultRadius ? String(radius) : undefined }),
    [setFilters],
  );
  const ignorePart = useCallback((part: string) => setFilters({ ignore: [...new Set([...state.ignore, part])] }), [setFilters, state.ignore]);
  const restoreParts = useCallback(() => setFilters({ ignore: undefined }), [setFilters]);
  const clearFilters = useCallback(
    () => setFilters({ ...Object.fromEntries(facetParamEntries(companyFacets, {})), near: undefined, radius: undefined }),
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

/**
 * Reports the result a searcher opened, for the search analytics (which firm, at which place;
 * no user). Fire and forget: navigation never waits for it, and a refusal (an old search, too
 * many clicks) only means the click is not counted.
 */
export function useReportResultOpened(searchLogId: string | null | undefined) {
  const trpc = useTRPC();
  const { mutate } = useMutation(trpc.searchAnalytics.click.mutationOptions({ retry: false }));
  return useCallback(
    (companyId: string) => {
      if (searchLogId) mutate({ searchLogId, companyId });
    },
    [mutate, searchLogId],
  );
}
