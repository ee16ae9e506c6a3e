import { contactMessageStatuses, type ContactMessageStatus } from "@cluster-match/shared/schemas/reach";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { readOne } from "../../lib/urlState.ts";
import { useTRPC } from "../../trpc.ts";
import { useManageScopes } from "../claims/useManageClaims.ts";

const statusPattern = new RegExp(`^(${contactMessageStatuses.join("|")}|any)$`);
/** The admins' scope of messages written to the network as a whole (no cluster). */
export const networkScope = "network";

/** Messages to a cluster's contact point (`/manage/messages?cluster=…`), or to the network for admins. */
export function useManageMessages() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const base = useManageScopes(networkScope);
  const scope = base.scope;
  const status = (readOne(base.params, "status", statusPattern) as ContactMessageStatus | "any" | undefined) ?? "OPEN";
  const input = { ...(status === "any" ? {} : { status }), page: base.page, pageSize: 20 };
  const forCluster = useQuery(trpc.clusterContact.listForCluster.queryOptions({ clusterId: scope ?? "", ...input }, { enabled: scope !== null && scope !== networkScope }));
  const network = useQuery(trpc.clusterContact.listNetwork.queryOptions(input, { enabled: scope === networkScope }));
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: trpc.clusterContact.pathKey() });
  return {
    ...base,
    scope,
    status,
    messages: scope === networkScope ? network : forCluster,
    answer: useMutation(trpc.clusterContact.answer.mutationOptions({ onSuccess })),
    answerNetwork: useMutation(trpc.clusterContact.answerNetwork.mutationOptions({ onSuccess })),
    close: useMutation(trpc.clusterContact.close.mutationOptions({ onSuccess })),
    closeNetwork: useMutation(trpc.clusterContact.closeNetwork.mutationOptions({ onSuccess })),
    setStatus: (next: ContactMessageStatus | "any") => base.setFilters({ status: next === "OPEN" ? undefined : next }),
  };
}
