import { introductionStatuses, type IntroductionStatus } from "@cluster-match/shared/schemas/introductions";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { readOne, readPage, useUrlFilters } from "../../lib/urlState.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useMe } from "../../lib/useMe.ts";
import { useTRPC } from "../../trpc.ts";

const statusPattern = new RegExp(`^(${introductionStatuses.join("|")})$`);
const idPattern = /^[\w-]{1,60}$/;

/**
 * A cluster manager's view (`/manage/introductions?cluster=…&status=AWAITING_BROKER`): the
 * clusters they manage; an admin may choose any cluster.
 */
export function useClusterIntroductions() {
  const trpc = useTRPC();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const me = useMe();
  const isAdmin = me.data?.role === "ADMIN";
  const allClusters = useQuery(trpc.clusters.list.queryOptions({ locale }, { enabled: isAdmin }));
  const clusters = isAdmin ? (allClusters.data ?? []).map((c) => ({ id: c.id, name: c.name })) : (me.data?.managedClusters ?? []).map((c) => ({ id: c.id, name: c.name }));
  const { params, setFilters, setPage } = useUrlFilters();
  const requested = readOne(params, "cluster", idPattern);
  const clusterId = clusters.some((c) => c.id === requested) ? requested! : (clusters[0]?.id ?? null);
  const status = readOne(params, "status", statusPattern) as IntroductionStatus | undefined;
  const page = readPage(params);
  const introductions = useQuery(
    trpc.introductions.listForCluster.queryOptions({ clusterId: clusterId ?? "", status, locale, page, pageSize: 20 }, { enabled: clusterId !== null }),
  );
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: trpc.introductions.pathKey() });
  const forward = useMutation(trpc.introductions.forward.mutationOptions({ onSuccess }));
  const decline = useMutation(trpc.introductions.brokerDecline.mutationOptions({ onSuccess }));
  return {
    loadingClusters: me.isPending || (isAdmin && allClusters.isPending),
    clusters,
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
