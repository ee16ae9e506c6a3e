import { pageMeta, type adminCompaniesInputSchema, type AdminCompanyRow } from "@cluster-match/shared";
import type { z } from "zod";
import { clusterName } from "../clusters/clusters.service.ts";
import type { ServiceContext } from "../context.ts";
import { findAdminCompanies, type AdminCompanyListRow } from "./companies.repository.ts";

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

export async function listAdminCompanies(ctx: Pick<ServiceContext, "prisma">, input: z.infer<typeof adminCompaniesInputSchema>) {
  const { rows, total } = await findAdminCompanies(ctx.prisma, input, { skip: (input.page - 1) * input.pageSize, take: input.pageSize });
  return { items: rows.map((r) => toRow(r, input.locale)), ...pageMeta(total, input.page, input.pageSize) };
}
