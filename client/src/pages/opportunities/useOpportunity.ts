import { useQuery } from "@tanstack/react-query";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

export function useOpportunity(id: string) {
  const trpc = useTRPC();
  const locale = useLocale();
  return useQuery({
    ...trpc.opportunities.get.queryOptions({ id, locale }),
    // After a language switch keep showing the same opportunity until its translation arrives.
    placeholderData: (previous) => (previous?.id === id ? previous : undefined),
  });
}
