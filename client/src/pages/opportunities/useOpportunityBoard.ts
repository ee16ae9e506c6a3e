import { opportunitySorts, type OpportunitySort, type OpportunityType } from "@cluster-match/shared";
import { useQuery } from "@tanstack/react-query";
import { opportunityTypeList } from "../../lib/opportunityTypes.ts";
import { patterns, readList, readOne, readPage, useUrlFilters } from "../../lib/urlState.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

export const opportunityPageSize = 20;

export interface OpportunityFilters {
  types: OpportunityType[];
  capability: string | undefined;
  country: string | undefined;
}

const typePattern = new RegExp(`^(${opportunityTypeList.join("|")})$`);
const urlKey: Record<keyof OpportunityFilters, string> = { types: "type", capability: "capability", country: "country" };
const keywordPattern = /^[^]{1,300}$/;
const sortPattern = new RegExp(`^(${opportunitySorts.join("|")})$`);

/** The orders offered: by relevance only when there are words to rank by. */
export function sortOptionsFor(q: string): OpportunitySort[] {
  return q ? ["relevance", "newest", "deadline"] : ["newest", "deadline"];
}

/**
 * The order shown: the one in the URL when it applies, else relevance for words and the soonest
 * deadline without them.
 */
export function effectiveSort(q: string, requested: string | undefined): OpportunitySort {
  const options = sortOptionsFor(q);
  return requested && (options as string[]).includes(requested) ? (requested as OpportunitySort) : q ? "relevance" : "deadline";
}

/**
 * List state in the query string:
 * `?q=laser&sort=newest&type=SUPPLY_REQUEST&type=RND_OFFER&capability=MACH.CNC_MILLING&country=DE&page=2`.
 * With words the multilingual opportunity search answers (as for companies); without, the list.
 */
export function useOpportunityBoard() {
  const trpc = useTRPC();
  const locale = useLocale();
  const { params, setFilters, setPage, clearFilters } = useUrlFilters();
  const q = (readOne(params, "q", keywordPattern) ?? "").trim();
  const sort = effectiveSort(q, readOne(params, "sort", sortPattern));

  const filters: OpportunityFilters = {
    types: readList(params, "type", typePattern) as OpportunityType[],
    capability: readOne(params, "capability", patterns.capability),
    country: readOne(params, "country", patterns.country),
  };
  const page = readPage(params);
  const hasFilters = filters.types.length > 0 || !!filters.capability || !!filters.country;

  // No placeholder data: results on screen always match the URL (a loading state shows in between).
  const list = useQuery(
    trpc.opportunities.list.queryOptions({ ...filters, sort: sort === "newest" ? "newest" : "deadline", page, pageSize: opportunityPageSize, locale }, { enabled: !q }),
  );
  const search = useQuery(
    trpc.search.opportunities.queryOptions(
      {
        q,
        sort,
        types: filters.types,
        capabilities: filters.capability ? [filters.capability] : [],
        ...(filters.country ? { openTo: filters.country } : {}),
        page,
        pageSize: opportunityPageSize,
        locale,
      },
      { enabled: Boolean(q) },
    ),
  );
  const opportunities = q ? search : list;

  const setFilter = (key: keyof OpportunityFilters, value: string | string[] | undefined) => setFilters({ [urlKey[key]]: value });
  // An order that does not apply to the new words (relevance without any) falls back in effectiveSort.
  const setKeyword = (text: string) => setFilters({ q: text.trim() || undefined });
  const setSort = (value: OpportunitySort) => setFilters({ sort: value === (q ? "relevance" : "deadline") ? undefined : value });

  return { filters, q, sort, page, hasFilters, opportunities, setFilter, setKeyword, setSort, setPage, clearFilters };
}
