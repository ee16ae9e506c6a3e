import type { OpportunityType } from "@cluster-match/shared";
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

/** List state in the query string: `?type=SUPPLY_REQUEST&type=RND_OFFER&capability=MACH.CNC_MILLING&country=DE&page=2`. */
export function useOpportunityBoard() {
  const trpc = useTRPC();
  const locale = useLocale();
  const { params, setFilters, setPage, clearFilters } = useUrlFilters();

  const filters: OpportunityFilters = {
    types: readList(params, "type", typePattern) as OpportunityType[],
    capability: readOne(params, "capability", patterns.capability),
    country: readOne(params, "country", patterns.country),
  };
  const page = readPage(params);
  const hasFilters = filters.types.length > 0 || !!filters.capability || !!filters.country;

  // No placeholder data: results on screen always match the URL (a loading state shows in between).
  const opportunities = useQuery(trpc.opportunities.list.queryOptions({ ...filters, page, pageSize: opportunityPageSize, locale }));

  const setFilter = (key: keyof OpportunityFilters, value: string | string[] | undefined) => setFilters({ [urlKey[key]]: value });

  return { filters, page, hasFilters, opportunities, setFilter, setPage, clearFilters };
}
