import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc.ts";
import { useLocale } from "./useLocale.ts";

/** The signed-in user (null for a visitor), with their companies and clusters. */
export function useMe() {
  const trpc = useTRPC();
  const locale = useLocale();
  // A change of UI language asks again (cluster names are localised); meanwhile the previous answer
  // stands, so signed-in pages do not blink through a loading state.
  return useQuery({ ...trpc.accounts.me.queryOptions({ locale }), staleTime: 30_000, placeholderData: keepPreviousData });
}

/** After sign-in, sign-out or a change of memberships: every query may now answer differently. */
export function meQueryKeyPrefix(trpc: ReturnType<typeof useTRPC>) {
  return trpc.accounts.me.pathKey();
}
