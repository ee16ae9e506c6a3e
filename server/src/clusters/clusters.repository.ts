import type { PrismaClient } from "../generated/prisma/client.ts";

const publishedMembers = { company: { status: "PUBLISHED" } } as const;

const clusterSelect = {
  id: true,
  slug: true,
  nameLocal: true,
  nameEn: true,
  country: true,
  city: true,
  cityLatin: true,
  website: true,
  managedByLocal: true,
  managedByEn: true,
  _count: { select: { members: { where: publishedMembers } } },
} as const;

export async function findClusters(prisma: PrismaClient) {
  return prisma.cluster.findMany({ select: clusterSelect, orderBy: { externalId: "asc" } });
}

export async function findClusterByIdOrSlug(prisma: PrismaClient, idOrSlug: string) {
  return prisma.cluster.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] }, select: clusterSelect });
}

export async function countMembersByCountry(prisma: PrismaClient, clusterId: string) {
  const rows = await prisma.company.groupBy({
    by: ["country"],
    where: { status: "PUBLISHED", clusters: { some: { clusterId } } },
    _count: { _all: true },
    orderBy: { country: "asc" },
  });
  return rows.map((r) => ({ country: r.country, count: r._count._all }));
}
