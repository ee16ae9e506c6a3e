import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSwitchLocale } from "../../i18n/LocaleRouter.tsx";
import { downloadJson, exportFileName } from "../../lib/download.ts";
import { useEndSession } from "../../lib/useEndSession.ts";
import { meQueryKeyPrefix } from "../../lib/useMe.ts";
import { useTRPC } from "../../trpc.ts";

// The account's data: the forms of the sign-up and password pages and of the account page.
// Signing in and confirming an e-mail address start a session: see useAccountSession.ts.

export function useSignUp() {
  const trpc = useTRPC();
  return useMutation(trpc.accounts.signUp.mutationOptions());
}

export function useResendVerification() {
  const trpc = useTRPC();
  return useMutation(trpc.accounts.resendVerification.mutationOptions());
}

export function useRequestPasswordReset() {
  const trpc = useTRPC();
  return useMutation(trpc.accounts.requestPasswordReset.mutationOptions());
}

export function useResetPassword() {
  const trpc = useTRPC();
  return useMutation(trpc.accounts.resetPassword.mutationOptions());
}

export function useChangePassword() {
  const trpc = useTRPC();
  return useMutation(trpc.accounts.changePassword.mutationOptions());
}

/** Name and language; a new language applies to the interface at once, and "who am I" is read again. */
export function useUpdateAccount() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  const switchLocale = useSwitchLocale();
  return useMutation(
    trpc.accounts.update.mutationOptions({
      onSuccess: async (_result, input) => {
        // Also this device's choice from now on (LocaleRouter.tsx), and the page's address follows.
        if (input.locale && input.locale !== i18n.language) await switchLocale(input.locale);
        await queryClient.invalidateQueries({ queryKey: meQueryKeyPrefix(trpc) });
      },
    }),
  );
}

/** Which notifications arrive, per topic and channel. */
export function usePreferences() {
  const trpc = useTRPC();
  return useQuery(trpc.accounts.preferences.queryOptions());
}

/** Saves the preferences; the answer (what is stored now) replaces the cached ones. */
export function useSavePreferences() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.accounts.updatePreferences.mutationOptions({
      onSuccess: (stored) => queryClient.setQueryData(trpc.accounts.preferences.queryKey(), stored),
    }),
  );
}

/** Everything the platform holds about the user, saved as a JSON file. */
export function useExportData() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // A query on the server, but fetched on demand like an action; the cache drops it afterwards.
  return useMutation({
    mutationFn: async () => {
      const options = trpc.accounts.exportData.queryOptions();
      try {
        return await queryClient.fetchQuery({ ...options, staleTime: 0 });
      } finally {
        queryClient.removeQueries({ queryKey: options.queryKey });
      }
    },
    onSuccess: (data) => downloadJson(data, exportFileName(new Date())),
  });
}

/** Deletes the account; the session ends and the farewell page says which companies lost their last owner. */
export function useDeleteAccount() {
  const trpc = useTRPC();
  const endSession = useEndSession();
  return useMutation(
    trpc.accounts.delete.mutationOptions({
      onSuccess: (result) => endSession("/account/deleted", { companiesLeftWithoutOwner: result.companiesLeftWithoutOwner }),
    }),
  );
}
