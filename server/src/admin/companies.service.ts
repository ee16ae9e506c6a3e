import { pageMeta, type AdminCompanyRow } from "@cluster-match/shared";
import { clusterName } from "../clusters/clusters.service.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { findAdminCompanies, type AdminCompanyFilters, type AdminCompanyListRow } from "./companies.repository.ts";

function toRow(row: AdminCompanyListRow, locale: string): AdminCompanyRow {
  const open = row.revisions.some((r) => r.status === "PENDING") ? "PENDING" : row.revisions.length > 0 ? "DRAFT" : null;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    nameLatin: row.nameLatin,
    registryId: row.registryId,
    country: row.country,
    city: row.city,
    status: row.status,
    verified: row.verified,
    memberCount: row._count.memberships,
    clusters: row.clusters.map(({ cluster }) => ({ id: cluster.id, name: clusterName(cluster, locale) })),
    openRevision: open,
    mergedIntoId: row.mergedIntoId,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listAdminCompanies(
  prisma: PrismaClient,
  options: AdminCompanyFilters & { locale: string; page: number; pageSize: number },
) {
  const { rows, total } = await findAdminCompanies(prisma, options, { skip: (options.page - 1) * options.pageSize, take: options.pageSize });
  return { items: rows.map((r) => toRow(r, options.locale)), ...pageMeta(total, options.page, options.pageSize) };
}
