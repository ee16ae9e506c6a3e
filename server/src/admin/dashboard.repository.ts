import type { PrismaClient } from "../generated/prisma/client.ts";

const published = { status: "PUBLISHED" } as const;

export async function countPublishedByCountry(prisma: PrismaClient) {
  const rows = await prisma.company.groupBy({ by: ["country"], where: published, _count: { _all: true }, orderBy: { country: "asc" } });
  return rows.map((r) => ({ country: r.country, count: r._count._all }));
}

export async function countPublishedByCluster(prisma: PrismaClient) {
  return prisma.cluster.findMany({
    select: { id: true, country: true, nameLocal: true, nameEn: true, _count: { select: { members: { where: { company: published } } } } },
    orderBy: { externalId: "asc" },
  });
}

/** Capability codes most often required by published opportunities. */
export async function topRequiredCapabilities(prisma: PrismaClient, take: number) {
  const rows = await prisma.opportunityCapability.groupBy({
    by: ["capabilityCode"],
    where: { opportunity: published },
    _count: { _all: true },
    orderBy: [{ _count: { capabilityCode: "desc" } }, { capabilityCode: "asc" }],
    take,
  });
  return rows.map((r) => ({ code: r.capabilityCode, requested: r._count._all }));
}

/** Published firms offering any of the codes (a capability together with its narrower ones). */
export async function countPublishedOffering(prisma: PrismaClient, codes: string[]): Promise<number> {
  return prisma.company.count({ where: { ...published, capabilities: { some: { capabilityCode: { in: codes } } } } });
}

export async function countOpportunitiesByTypeAndStatus(prisma: PrismaClient) {
  const rows = await prisma.opportunity.groupBy({ by: ["type", "status"], _count: { _all: true } });
  return rows.map((r) => ({ type: r.type, status: r.status, count: r._count._all }));
}

/** Introductions per calendar month (UTC) and status since `since`. */
export async function countIntroductionsByMonth(prisma: PrismaClient, since: Date) {
  // Grouping by month needs date_trunc, which Prisma's groupBy cannot express; the same SQL runs on PGlite and PostgreSQL.
  return prisma.$queryRaw<{ month: string; status: string; count: number }[]>`
    SELECT to_char(date_trunc('month', "createdAt"), 'YYYY-MM') AS month, "status"::text AS status, count(*)::int AS count
    FROM "Introduction"
    WHERE "createdAt" >= ${since}
    GROUP BY 1, 2`;
}
