import { AppError, type ClusterDetail, type clusterGetInputSchema, type ClusterSummary } from "@cluster-match/shared";
import type { z } from "zod";
import type { ServiceContext } from "../context.ts";
import { countMembersByCountry, findClusterByIdOrSlug, findClusters } from "./clusters.repository.ts";

type ClusterRow = NonNullable<Awaited<ReturnType<typeof findClusterByIdOrSlug>>>;

const countryLanguage: Record<string, string> = { BG: "bg", DE: "de", AT: "de", PL: "pl", HU: "hu" };

/** The local name where the reader's language is the cluster's own, English elsewhere. */
function isLocalReader(country: string, locale: string): boolean {
  return countryLanguage[country] === locale;
}

export function clusterName(cluster: { country: string; nameLocal: string; nameEn: string }, locale: string): string {
  return isLocalReader(cluster.country, locale) ? cluster.nameLocal : cluster.nameEn;
}

function toSummary(row: ClusterRow, locale: string): ClusterSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: clusterName(row, locale),
    nameLocal: row.nameLocal,
    country: row.country,
    city: row.city,
    cityLatin: row.cityLatin,
    memberCount: row._count.members,
  };
}

/** Every cluster, named for the reader (search labels ask in any locale, hence `string`). */
export async function listClusters(ctx: Pick<ServiceContext, "prisma">, input: { locale: string }): Promise<ClusterSummary[]> {
  const rows = await findClusters(ctx.prisma);
  return rows.map((r) => toSummary(r, input.locale));
}

export async function getCluster(ctx: Pick<ServiceContext, "prisma">, input: z.infer<typeof clusterGetInputSchema>): Promise<ClusterDetail> {
  const { locale } = input;
  const row = await findClusterByIdOrSlug(ctx.prisma, input.idOrSlug);
  if (!row) throw new AppError("NOT_FOUND", "Cluster not found");
  return {
    ...toSummary(row, locale),
    nameEn: row.nameEn,
    website: row.website,
    managedBy: isLocalReader(row.country, locale) ? row.managedByLocal : row.managedByEn,
    managedByLocal: row.managedByLocal,
    managedByEn: row.managedByEn,
    membersByCountry: await countMembersByCountry(ctx.prisma, row.id),
  };
}
