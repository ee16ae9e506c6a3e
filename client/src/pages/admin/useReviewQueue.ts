import { useQuery } from "@tanstack/react-query";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

/** Company profiles and opportunities waiting for an admin, and how many of each. */
export function useReviewQueue() {
  const trpc = useTRPC();
  const locale = useLocale();
  return useQuery(trpc.admin.reviewQueue.queryOptions({ locale }));
}
