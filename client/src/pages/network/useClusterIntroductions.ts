import { introductionStatuses, type IntroductionStatus } from "@cluster-match/shared/schemas/introductions";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { readOne, readPage, useUrlFilters } from "../../lib/urlState.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useMe } from "../../lib/useMe.ts";
import { useTRPC } from "../../trpc.ts";

const statusPattern = new RegExp(`^(${introductionStatuses.join("|")})$`);
const idPattern = /^[\w-]{1,60}$/;

/** The `cluster` value of the all-clusters view (for admins and managers of several clusters). */
export const allClusters = "all";

/**
 * A cluster manager's view (`/manage/introductions?cluster=…&status=AWAITING_BROKER`): the
 * clusters they manage; an admin may choose any cluster. `cluster=all` shows every cluster the
 * user manages at once (every introduction, for admins).
 */
export function useClusterIntroductions() {
  const trpc = useTRPC();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const me = useMe();
  const isAdmin = me.data?.role === "ADMIN";
  const clusterList = useQuery(trpc.clusters.list.queryOptions({ locale }, { enabled: isAdmin }));
  const clusters = isAdmin ? (clusterList.data ?? []).map((c) => ({ id: c.id, name: c.name })) : (me.data?.managedClusters ?? []).map((c) => ({ id: c.id, name: c.name }));
  const { params, setFilters, setPage } = useUrlFilters();
  const requested = readOne(params, "cluster", idPattern);
  const offersAll = isAdmin || clusters.length > 1;
  const clusterId =
    offersAll && requested === allClusters ? allClusters : clusters.some((c) => c.id === requested) ? requested! : (clusters[0]?.id ?? null);
  const status = readOne(params, "status", statusPattern) as IntroductionStatus | undefined;
  const page = readPage(params);
  const one = clusterId !== null && clusterId !== allClusters;
  const inCluster = useQuery(trpc.introductions.listForCluster.queryOptions({ clusterId: clusterId ?? "", status, locale, page, pageSize: 20 }, { enabled: one }));
  const inAll = useQuery(trpc.introductions.listForManagedClusters.queryOptions({ status, locale, page, pageSize: 20 }, { enabled: clusterId === allClusters }));
  const introductions = clusterId === allClusters ? inAll : inCluster;
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: trpc.introductions.pathKey() });
  const forward = useMutation(trpc.introductions.forward.mutationOptions({ onSuccess }));
  const decline = useMutation(trpc.introductions.brokerDecline.mutationOptions({ onSuccess }));
  return {
    loadingClusters: me.isPending || (isAdmin && clusterList.isPending),
    clusters,
    offersAll,
    clusterId,
    status,
    page,
    introductions,
    forward,
    decline,
    setCluster: (id: string) => setFilters({ cluster: id }),
    setStatus: (next: IntroductionStatus | undefined) => setFilters({ status: next }),
    setPage,
  };
}
