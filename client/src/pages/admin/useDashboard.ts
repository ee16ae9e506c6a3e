import { useQuery } from "@tanstack/react-query";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

/** The dashboard's figures: members, needs against offers, opportunities, introductions. */
export function useDashboard() {
  const trpc = useTRPC();
  const locale = useLocale();
  return useQuery(trpc.admin.dashboard.queryOptions({ locale }));
}
