import type { OpportunityStatus } from "@cluster-match/shared/enums";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale } from "../../lib/useLocale.ts";
import { useMe } from "../../lib/useMe.ts";
import { useTRPC } from "../../trpc.ts";

export const ownListPageSize = 20;

export function useOwnOpportunities(companyId: string, status: OpportunityStatus | "", page: number) {
  const trpc = useTRPC();
  const locale = useLocale();
  return useQuery({
    ...trpc.opportunities.listOwn.queryOptions({ companyId, statuses: status ? [status] : [], page, pageSize: ownListPageSize, locale }),
    placeholderData: keepPreviousData,
  });
}

export function useOwnOpportunity(companyId: string, id: string | undefined) {
  const trpc = useTRPC();
  const locale = useLocale();
  return useQuery({ ...trpc.opportunities.getOwn.queryOptions({ companyId, id: id ?? "", locale }), enabled: Boolean(id) });
}

/** Every opportunity query (own lists, the public board, details) may change after a lifecycle step. */
function useInvalidateOpportunities() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.opportunities.pathKey() });
}

/** The lifecycle steps a member takes; each card calls this for its own pending and error states. */
export function useOpportunityActions() {
  const trpc = useTRPC();
  const onSuccess = useInvalidateOpportunities();
  return {
    create: useMutation(trpc.opportunities.create.mutationOptions({ onSuccess })),
    update: useMutation(trpc.opportunities.update.mutationOptions({ onSuccess })),
    submit: useMutation(trpc.opportunities.submitForReview.mutationOptions({ onSuccess })),
    remove: useMutation(trpc.opportunities.delete.mutationOptions({ onSuccess })),
    close: useMutation(trpc.opportunities.close.mutationOptions({ onSuccess })),
    renew: useMutation(trpc.opportunities.renew.mutationOptions({ onSuccess })),
  };
}

/**
 * The acting company's name: from the user's memberships, else (a manager or admin acting for
 * it) from its public profile.
 */
export function useCompanyName(companyId: string): { name: string; nameLatin?: string } | null {
  const trpc = useTRPC();
  const locale = useLocale();
  const me = useMe();
  const membership = me.data?.memberships.find((m) => m.companyId === companyId);
  const profile = useQuery({
    ...trpc.companies.get.queryOptions({ idOrSlug: companyId, locale }),
    enabled: Boolean(me.data) && !membership,
    retry: false,
  });
  if (membership) return { name: membership.name };
  return profile.data ? { name: profile.data.name, nameLatin: profile.data.nameLatin } : null;
}
