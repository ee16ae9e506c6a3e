import { claimStatuses, type ClaimStatus } from "@cluster-match/shared/schemas/reach";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { readOne, readPage, useUrlFilters } from "../../lib/urlState.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useMe } from "../../lib/useMe.ts";
import { useTRPC } from "../../trpc.ts";

const statusPattern = new RegExp(`^(${claimStatuses.join("|")})$`);
const scopePattern = /^[\w-]{1,60}$/;
/** The admins' scope over every firm of the network (firms in no cluster included). */
export const allScope = "all";

/**
 * The scopes a contact point works in: a manager's clusters; for an admin, `adminScope` (the whole
 * network) first, then any cluster. Kept in the URL (`?cluster=…`) like the other /manage lists.
 */
export function useManageScopes(adminScope: string) {
  const trpc = useTRPC();
  const locale = useLocale();
  const me = useMe();
  const isAdmin = me.data?.role === "ADMIN";
  const allClusters = useQuery(trpc.clusters.list.queryOptions({ locale }, { enabled: isAdmin }));
  const clusters = isAdmin ? (allClusters.data ?? []).map((c) => ({ id: c.id, name: c.name })) : (me.data?.managedClusters ?? []).map((c) => ({ id: c.id, name: c.name }));
  const { params, setFilters, setPage } = useUrlFilters();
  const requested = readOne(params, "cluster", scopePattern);
  const fallback = isAdmin ? adminScope : (clusters[0]?.id ?? null);
  const scope = requested && (clusters.some((c) => c.id === requested) || (isAdmin && requested === adminScope)) ? requested : fallback;
  return {
    loading: me.isPending || (isAdmin && allClusters.isPending),
    isAdmin,
    clusters,
    scope,
    params,
    page: readPage(params),
    setScope: (id: string) => setFilters({ cluster: id }),
    setFilters,
    setPage,
  };
}

export function useManageClaims() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const scopes = useManageScopes(allScope);
  const requested = readOne(scopes.params, "status", statusPattern) as ClaimStatus | "any" | undefined;
  // Waiting claims first: that is the work; "any" shows every decision too.
  const status = requested ?? "AWAITING_APPROVAL";
  const input = { ...(status === "any" ? {} : { status }), page: scopes.page, pageSize: 20 };
  const scope = scopes.scope;
  const forCluster = useQuery(trpc.claims.listForCluster.queryOptions({ clusterId: scope ?? "", ...input }, { enabled: scope !== null && scope !== allScope }));
  const all = useQuery(trpc.claims.listAll.queryOptions(input, { enabled: scope === allScope }));
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: trpc.claims.pathKey() });
  return {
    ...scopes,
    status,
    claims: scope === allScope ? all : forCluster,
    approve: useMutation(trpc.claims.approve.mutationOptions({ onSuccess })),
    reject: useMutation(trpc.claims.reject.mutationOptions({ onSuccess })),
    setStatus: (next: ClaimStatus | "any") => scopes.setFilters({ status: next === "AWAITING_APPROVAL" ? undefined : next }),
  };
}
