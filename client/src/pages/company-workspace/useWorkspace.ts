import type { EditableCompany } from "@cluster-match/shared/schemas/company-editor";
import { skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../trpc.ts";

export function useMyCompanies() {
  const trpc = useTRPC();
  return useQuery(trpc.companies.mine.queryOptions());
}

/** The working copy and state of a company the user acts for. */
export function useEditableCompany(companyId: string | undefined) {
  const trpc = useTRPC();
  return useQuery(trpc.companies.getEditable.queryOptions(companyId ? { companyId } : skipToken));
}

/** After a change of a company: its workspace views and the list of my companies answer anew. */
export function useRefreshCompany() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.companies.mine.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.companies.getEditable.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.accounts.me.pathKey() }),
    ]);
}

/** Registers a new company with the user as its owner. */
export function useRegisterCompany() {
  const trpc = useTRPC();
  return useMutation(trpc.companies.register.mutationOptions());
}

/** Joins a company with the token of an invitation e-mail; the workspace then lists it. */
export function useAcceptInvitation() {
  const trpc = useTRPC();
  const refresh = useRefreshCompany();
  return useMutation(trpc.team.acceptInvitation.mutationOptions({ onSuccess: () => void refresh() }));
}

/**
 * The profile editor's saves. Each answers with the working copy as it is now; `store` keeps one
 * as the editor's query data, so that coming back shows it.
 */
export function useProfileActions(companyId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return {
    update: useMutation(trpc.companies.updateProfile.mutationOptions()),
    submit: useMutation(trpc.companies.submitForReview.mutationOptions()),
    discard: useMutation(trpc.companies.discardDraft.mutationOptions()),
    store: (next: EditableCompany) => queryClient.setQueryData(trpc.companies.getEditable.queryKey({ companyId }), next),
  };
}

/** Uploading and removing a company's logo (each at the working copy's version). */
export function useLogoActions() {
  const trpc = useTRPC();
  return {
    upload: useMutation(trpc.companies.uploadLogo.mutationOptions()),
    remove: useMutation(trpc.companies.removeLogo.mutationOptions()),
  };
}

/** A company's members and open invitations. */
export function useTeam(companyId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.team.list.queryOptions({ companyId }));
}

/** What an owner changes in the team; each change reads the team again. Leaving reads the user's companies again instead. */
export function useTeamActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refreshCompany = useRefreshCompany();
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: trpc.team.list.pathKey() });
  return {
    invite: useMutation(trpc.team.invite.mutationOptions({ onSuccess })),
    changeRole: useMutation(trpc.team.changeRole.mutationOptions({ onSuccess })),
    remove: useMutation(trpc.team.removeMember.mutationOptions({ onSuccess })),
    revoke: useMutation(trpc.team.revokeInvitation.mutationOptions({ onSuccess })),
    leave: useMutation(trpc.team.leave.mutationOptions({ onSuccess: () => refreshCompany() })),
  };
}
