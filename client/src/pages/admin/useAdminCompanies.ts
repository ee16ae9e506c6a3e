import { adminCompanyStatuses, type AdminCompanyStatus } from "@cluster-match/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { readOne, readPage, useUrlFilters } from "../../lib/urlState.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

export const adminCompanyPageSize = 25;

export interface AdminCompanyFilters {
  q: string | undefined;
  status: AdminCompanyStatus | undefined;
  verified: "yes" | "no" | undefined;
  cluster: string | undefined;
  country: string | undefined;
}

const statusPattern = new RegExp(`^(${adminCompanyStatuses.join("|")})$`);

/** The console's firm list, its filters in the query string: `?q=&status=PUBLISHED&verified=yes&cluster=<id>&country=BG&page=2`. */
export function useAdminCompanies() {
  const trpc = useTRPC();
  const locale = useLocale();
  const { params, setFilters, setPage, clearFilters } = useUrlFilters();
  const filters: AdminCompanyFilters = {
    q: readOne(params, "q", /^.{1,200}$/),
    status: readOne(params, "status", statusPattern) as AdminCompanyStatus | undefined,
    verified: readOne(params, "verified", /^(yes|no)$/) as "yes" | "no" | undefined,
    cluster: readOne(params, "cluster", /^[A-Za-z0-9_-]{1,60}$/),
    country: readOne(params, "country", /^[A-Z]{2}$/),
  };
  const page = readPage(params);
  const companies = useQuery(
    trpc.admin.companies.queryOptions({
      locale,
      page,
      pageSize: adminCompanyPageSize,
      q: filters.q,
      status: filters.status,
      verified: filters.verified === undefined ? undefined : filters.verified === "yes",
      clusterId: filters.cluster,
      country: filters.country,
    }),
  );
  const hasFilters = Object.values(filters).some((v) => v !== undefined);
  const setFilter = (key: keyof AdminCompanyFilters, value: string | undefined) => setFilters({ [key]: value });
  return { filters, hasFilters, companies, setFilter, setPage, clearFilters };
}

/** Firms whose name, Latin name, registry id or id matches `q` (any status), for a picker. */
export function useCompanyMatches(q: string, enabled: boolean) {
  const trpc = useTRPC();
  const locale = useLocale();
  return useQuery({ ...trpc.admin.companies.queryOptions({ q, pageSize: 8, locale }), enabled });
}

/** Merging a duplicate firm into another: a dry run first, then the merge, after which every list of the console reads anew. */
export function useMergeCompanies() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return {
    preview: useMutation(trpc.admin.mergeCompanies.mutationOptions()),
    merge: useMutation(trpc.admin.mergeCompanies.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.admin.pathKey() }) })),
  };
}
