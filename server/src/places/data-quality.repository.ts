import type { DataQualityIssue } from "@cluster-match/shared";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";

// Firms a manager is answerable for: not a member's unsent draft, not an archived (merged) record.
const inScope = Prisma.sql`c."status" IN ('PUBLISHED', 'PENDING_REVIEW', 'SUSPENDED')`;

const issueCondition: Record<DataQualityIssue, Prisma.Sql> = {
  no_coordinates: Prisma.sql`(c."lat" IS NULL OR c."lng" IS NULL)`,
  // Foreign buyers read English or German: a firm with neither is unreadable to them.
  no_foreign_description: Prisma.sql`(coalesce(c."description" ->> 'en', '') = '' AND coalesce(c."description" ->> 'de', '') = '')`,
  no_contact: Prisma.sql`(c."email" IS NULL AND c."phone" IS NULL AND c."website" IS NULL)`,
  no_members: Prisma.sql`NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."companyId" = c."id")`,
};

const clusterCondition = (clusterId: string | null) =>
  clusterId === null ? Prisma.sql`TRUE` : Prisma.sql`EXISTS (SELECT 1 FROM "CompanyCluster" cc WHERE cc."companyId" = c."id" AND cc."clusterId" = ${clusterId})`;

/** How many firms in scope there are, and how many of them have each issue. */
export async function countDataQualityIssues(prisma: PrismaClient, clusterId: string | null) {
  const [row] = await prisma.$queryRaw<Record<DataQualityIssue | "total", number>[]>`
    SELECT count(*)::int AS total,
      count(*) FILTER (WHERE ${issueCondition.no_coordinates})::int AS no_coordinates,
      count(*) FILTER (WHERE ${issueCondition.no_foreign_description})::int AS no_foreign_description,
      count(*) FILTER (WHERE ${issueCondition.no_contact})::int AS no_contact,
      count(*) FILTER (WHERE ${issueCondition.no_members})::int AS no_members
    FROM "Company" c
    WHERE ${inScope} AND ${clusterCondition(clusterId)}`;
  return row!;
}

/** One page of the firms with the issue, by Latin name. */
export async function findCompaniesWithIssue(prisma: PrismaClient, options: { clusterId: string | null; issue: DataQualityIssue; skip: number; take: number }) {
  return prisma.$queryRaw<{ id: string; slug: string; name: string; nameLatin: string; country: string; city: string; cityLatin: string; status: "PUBLISHED" | "PENDING_REVIEW" | "SUSPENDED" }[]>`
    SELECT c."id", c."slug", c."name", c."nameLatin", c."country", c."city", c."cityLatin", c."status"::text AS status
    FROM "Company" c
    WHERE ${inScope} AND ${clusterCondition(options.clusterId)} AND ${issueCondition[options.issue]}
    ORDER BY c."nameLatin", c."id"
    LIMIT ${options.take} OFFSET ${options.skip}`;
}
