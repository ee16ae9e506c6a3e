import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { meQueryKeyPrefix } from "../../lib/useMe.ts";
import { useTRPC } from "../../trpc.ts";

/** The claim page's data: what this user may do for the firm, and each step's mutation. */
export function useClaimCompany(idOrSlug: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = useQuery(trpc.claims.options.queryOptions({ idOrSlug }));
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.claims.pathKey() });
  };
  // An approved claim makes the user a member: every query about them may answer differently.
  const approved = async () => {
    await queryClient.invalidateQueries({ queryKey: meQueryKeyPrefix(trpc) });
    refresh();
  };
  const onSettled = (result: { status: string } | undefined) => (result?.status === "APPROVED" ? approved() : refresh());
  return {
    options,
    byDomain: useMutation(trpc.claims.claimByDomain.mutationOptions({ onSuccess: onSettled })),
    sendCode: useMutation(trpc.claims.sendCode.mutationOptions({ onSuccess: onSettled })),
    verifyCode: useMutation(trpc.claims.verifyCode.mutationOptions({ onSuccess: onSettled })),
    requestApproval: useMutation(trpc.claims.requestApproval.mutationOptions({ onSuccess: onSettled })),
    cancel: useMutation(trpc.claims.cancel.mutationOptions({ onSuccess: onSettled })),
  };
}

/** The claim link's page: the firm it is for, and claiming with it. */
export function useClaimLink(token: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const info = useQuery({ ...trpc.claims.linkInfo.queryOptions({ token }), enabled: token !== "", retry: false });
  const claim = useMutation(
    trpc.claims.claimWithLink.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: meQueryKeyPrefix(trpc) }),
    }),
  );
  return { info, claim };
}

export function useMyClaims() {
  const trpc = useTRPC();
  return useQuery(trpc.claims.mine.queryOptions());
}

/** The details a refusal carries (why a firm cannot be claimed, tries left, the wait), when any. */
export function refusalDetails(error: unknown): { reason?: string; attemptsLeft?: number; retryAfterSeconds?: number } {
  const data = (error as { data?: { details?: unknown } } | null)?.data;
  const details = data?.details;
  if (typeof details !== "object" || details === null) return {};
  const d = details as Record<string, unknown>;
  return {
    ...(typeof d.reason === "string" ? { reason: d.reason } : {}),
    ...(typeof d.attemptsLeft === "number" ? { attemptsLeft: d.attemptsLeft } : {}),
    ...(typeof d.retryAfterSeconds === "number" ? { retryAfterSeconds: d.retryAfterSeconds } : {}),
  };
}
