import type { AdminCompany } from "@cluster-match/shared/schemas/company-editor";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

/** A company as the admin sees it: facts, members and the profile. */
export function useAdminCompany(companyId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.companies.adminGet.queryOptions({ companyId }));
}

/**
 * The admin's changes to one company. Each answers with the company as it is now: that is what
 * the page shows from then on, and its public page is read anew.
 */
export function useAdminCompanyActions(companyId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSuccess = (next: AdminCompany) => {
    queryClient.setQueryData(trpc.companies.adminGet.queryKey({ companyId }), next);
    void queryClient.invalidateQueries({ queryKey: trpc.companies.get.pathKey() });
  };
  return {
    verify: useMutation(trpc.companies.setVerified.mutationOptions({ onSuccess })),
    reinstate: useMutation(trpc.companies.reinstate.mutationOptions({ onSuccess })),
    suspend: useMutation(trpc.companies.suspend.mutationOptions({ onSuccess })),
    update: useMutation(trpc.companies.adminUpdate.mutationOptions({ onSuccess })),
  };
}

/** A submitted revision against the published profile, and the admin's two answers to it. */
export function useRevisionReview(revisionId: string) {
  const trpc = useTRPC();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const diff = useQuery(trpc.companies.revisionDiff.queryOptions({ revisionId, locale }));
  const onSuccess = () =>
    void Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.companies.revisionDiff.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.companies.pendingRevisions.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.companies.adminGet.pathKey() }),
    ]);
  return {
    diff,
    approve: useMutation(trpc.companies.approveRevision.mutationOptions({ onSuccess })),
    reject: useMutation(trpc.companies.rejectRevision.mutationOptions({ onSuccess })),
  };
}
