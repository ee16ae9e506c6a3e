import { bgToLatin, hasCyrillic, normalizeRegistryId, type AdminCompanyStatus } from "@cluster-match/shared";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

export interface AdminCompanyFilters {
  q?: string | undefined;
  status?: AdminCompanyStatus | undefined;
  verified?: boolean | undefined;
  clusterId?: string | undefined;
  country?: string | undefined;
}

const adminCompanySelect = {
  id: true,
  slug: true,
  name: true,
  nameLatin: true,
  registryId: true,
  country: true,
  city: true,
  status: true,
  verified: true,
  mergedIntoId: true,
  updatedAt: true,
  _count: { select: { memberships: true } },
  clusters: { select: { cluster: { select: { id: true, country: true, nameLocal: true, nameEn: true } } }, orderBy: { clusterId: "asc" } },
  revisions: { where: { status: { in: ["PENDING", "DRAFT"] } }, select: { status: true }, orderBy: { createdAt: "desc" } },
} as const satisfies Prisma.CompanySelect;
export type AdminCompanyListRow = Prisma.CompanyGetPayload<{ select: typeof adminCompanySelect }>;

/** Name, Latin name, registry id or an exact id. Cyrillic is also matched through its Latin form (ILIKE folds only ASCII under the C collation). */
function textFilter(q: string): Prisma.CompanyWhereInput {
  const or: Prisma.CompanyWhereInput[] = [
    { name: { contains: q, mode: "insensitive" } },
    { nameLatin: { contains: q, mode: "insensitive" } },
    { registryId: { contains: normalizeRegistryId(q) } },
    { id: q },
    { externalId: q },
  ];
  if (hasCyrillic(q)) or.push({ nameLatin: { contains: bgToLatin(q), mode: "insensitive" } });
  return { OR: or };
}

/** Every firm, whatever its status, for the console. */
export async function findAdminCompanies(prisma: PrismaClient, filters: AdminCompanyFilters, page: { skip: number; take: number }) {
  const where: Prisma.CompanyWhereInput = {
    AND: [
      filters.q ? textFilter(filters.q) : {},
      filters.status ? { status: filters.status } : {},
      filters.verified === undefined ? {} : { verified: filters.verified },
      filters.country ? { country: filters.country } : {},
      filters.clusterId ? { clusters: { some: { clusterId: filters.clusterId } } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    prisma.company.findMany({ where, select: adminCompanySelect, orderBy: [{ nameLatin: "asc" }, { id: "asc" }], ...page }),
    prisma.company.count({ where }),
  ]);
  return { rows, total };
}
