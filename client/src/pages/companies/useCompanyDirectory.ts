import { useQuery } from "@tanstack/react-query";
import { patterns, readList, readOne, readPage, useUrlFilters } from "../../lib/urlState.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

export const companyPageSize = 20;

export interface CompanyFilters {
  countries: string[];
  cluster: string | undefined;
  capability: string | undefined;
  certification: string | undefined;
}

/**
 * The directory's state lives in the query string:
 * `?country=BG&country=DE&cluster=<cluster slug>&capability=MACH.CNC_MILLING&certification=ISO_9001&page=2`.
 */
export function useCompanyDirectory() {
  const trpc = useTRPC();
  const locale = useLocale();
  const { params, setFilters, setPage, clearFilters } = useUrlFilters();

  const filters: CompanyFilters = {
    countries: readList(params, "country", patterns.country),
    cluster: readOne(params, "cluster", patterns.slug),
    capability: readOne(params, "capability", patterns.capability),
    certification: readOne(params, "certification", patterns.certification),
  };
  const page = readPage(params);
  const hasFilters = filters.countries.length > 0 || !!filters.cluster || !!filters.capability || !!filters.certification;

  // No placeholder data: results on screen always match the URL (a loading state shows in between).
  const companies = useQuery(trpc.companies.list.queryOptions({ ...filters, page, pageSize: companyPageSize, locale }));

  const setFilter = (key: keyof CompanyFilters, value: string | string[] | undefined) =>
    setFilters({ [key === "countries" ? "country" : key]: value });

  return { filters, page, hasFilters, companies, setFilter, setPage, clearFilters };
}
