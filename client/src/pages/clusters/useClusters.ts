import { useQuery } from "@tanstack/react-query";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

export { useClusterList } from "../../lib/referenceData.ts";

export function useCluster(idOrSlug: string) {
  const trpc = useTRPC();
  const locale = useLocale();
  return useQuery({
    ...trpc.clusters.get.queryOptions({ idOrSlug, locale }),
    placeholderData: (previous) => (previous && (previous.slug === idOrSlug || previous.id === idOrSlug) ? previous : undefined),
  });
}
