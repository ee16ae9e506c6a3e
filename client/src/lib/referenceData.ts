import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc.ts";
import { clusterCountries } from "./places.ts";
import { useLocale } from "./useLocale.ts";

// Taxonomy and clusters change rarely; they fill filter controls on several pages.
const referenceStaleTime = 10 * 60_000;

export function useTaxonomy() {
  const trpc = useTRPC();
  const locale = useLocale();
  return useQuery({ ...trpc.taxonomy.get.queryOptions({ locale }), staleTime: referenceStaleTime });
}

export function useClusterList() {
  const trpc = useTRPC();
  const locale = useLocale();
  return useQuery({ ...trpc.clusters.list.queryOptions({ locale }), staleTime: referenceStaleTime, select: inCountryOrder });
}

/** The home cluster first, then the partners in the order the cluster lists them (DE, AT, PL, HU). */
function inCountryOrder<T extends { country: string }>(clusters: T[]): T[] {
  const rank = (country: string) => {
    const index = (clusterCountries as readonly string[]).indexOf(country);
    return index === -1 ? clusterCountries.length : index;
  };
  return [...clusters].sort((a, b) => rank(a.country) - rank(b.country));
}
