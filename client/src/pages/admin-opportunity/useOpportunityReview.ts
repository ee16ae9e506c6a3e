import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

export function useOpportunityForReview(id: string) {
  const trpc = useTRPC();
  const locale = useLocale();
  return useQuery(trpc.opportunities.getForReview.queryOptions({ id, locale }));
}

/** Approve and reject; afterwards every opportunity query (queue, board, details) is refreshed. */
export function useReviewDecisions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: trpc.opportunities.pathKey() });
  return {
    approve: useMutation(trpc.opportunities.approve.mutationOptions({ onSuccess })),
    reject: useMutation(trpc.opportunities.reject.mutationOptions({ onSuccess })),
  };
}
