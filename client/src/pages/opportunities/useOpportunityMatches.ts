import { useQuery } from "@tanstack/react-query";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

/** How many matching companies an opportunity page lists. */
export const opportunityMatchLimit = 10;

export function useOpportunityMatches(id: string) {
  const trpc = useTRPC();
  const locale = useLocale();
  return useQuery({
    ...trpc.matching.forOpportunity.queryOptions({ id, locale, limit: opportunityMatchLimit }),
    // After a language switch keep the same matches until their translation arrives.
    placeholderData: (previous, previousQuery) => ((previousQuery?.queryKey[1]?.input as { id?: string } | undefined)?.id === id ? previous : undefined),
  });
}
