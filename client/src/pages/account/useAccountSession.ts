import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { isUiLocale } from "../../i18n/index.ts";
import { useSwitchLocale } from "../../i18n/LocaleRouter.tsx";
import { chosenLocale } from "../../i18n/localeRouting.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

/**
 * After a session starts (sign-in, confirmed e-mail): every query may answer differently now, so
 * all are refetched, then `next` opens. A language chosen on this device stays; without one, the
 * UI takes the language stored in the account (and keeps it for this device).
 */
function useAfterSessionStart() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const switchLocale = useSwitchLocale();
  const locale = useLocale();
  return async (next: string) => {
    // A request that left before the session cookie existed (e.g. the page's first "who am I",
    // still in flight when an e-mail link confirmed the address) must not answer for the new session:
    // invalidating alone would wait for it instead of asking again.
    await queryClient.cancelQueries();
    await queryClient.invalidateQueries();
    const me = await queryClient.fetchQuery({ ...trpc.accounts.me.queryOptions({ locale }), staleTime: 5_000 });
    if (me && isUiLocale(me.locale) && me.locale !== locale && !chosenLocale()) await switchLocale(me.locale, { to: next });
    else await navigate(next, { replace: true });
  };
}

export function useSignIn(next: string) {
  const trpc = useTRPC();
  const afterSessionStart = useAfterSessionStart();
  return useMutation(trpc.accounts.signIn.mutationOptions({ onSuccess: () => afterSessionStart(next) }));
}

export function useVerifyEmail(next: string) {
  const trpc = useTRPC();
  const afterSessionStart = useAfterSessionStart();
  return useMutation(trpc.accounts.verifyEmail.mutationOptions({ onSuccess: () => afterSessionStart(next) }));
}
