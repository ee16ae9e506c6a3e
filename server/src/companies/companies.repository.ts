import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { companyContactSelect, companyIdentitySelect, companyProfileSelect } from "../db/company-select.ts";

export interface CompanyFilter {
  countries: string[];
  cluster?: string | undefined;
  /** Capability codes of which the company must have at least one (a term and its descendants). */
  capabilityCodes?: string[] | undefined;
  certification?: string | undefined;
}

const companyCardSelect = {
  id: true,
  slug: true,
  ...companyIdentitySelect,
  country: true,
  size: true,
  employees: true,
  verified: true,
  description: true,
  capabilities: { select: { capabilityCode: true }, orderBy: { position: "asc" } },
  certifications: { select: { certificationCode: true }, orderBy: { certificationCode: "asc" } },
} as const satisfies Prisma.CompanySelect;

const companyDetailSelect = {
  ...companyCardSelect,
  ...companyProfileSelect,
  ...companyContactSelect,
  registryId: true,
  updatedAt: true,
  logoKey: true,
  materials: { select: { materialCode: true }, orderBy: { materialCode: "asc" } },
  clusters: { select: { cluster: { select: { slug: true, nameLocal: true, nameEn: true, country: true } } } },
} as const satisfies Prisma.CompanySelect;

export type CompanyCardRow = Prisma.CompanyGetPayload<{ select: typeof companyCardSelect }>;
export type CompanyDetailRow = Prisma.CompanyGetPayload<{ select: typeof companyDetailSelect }>;

function publishedWhere(filter: CompanyFilter): Prisma.CompanyWhereInput {
  return {
    status: "PUBLISHED",
    ...(filter.countries.length > 0 ? { country: { in: filter.countries } } : {}),
    ...(filter.cluster
      ? { clusters: { some: { cluster: { OR: [{ slug: filter.cluster }, { id: filter.cluster }] } } } }
      : {}),
    ...(filter.capabilityCodes ? { capabilities: { some: { capabilityCode: { in: filter.capabilityCodes } } } } : {}),
    ...(filter.certification ? { certifications: { some: { certificationCode: filter.certification } } } : {}),
  };
}

export async function findPublishedCompanies(
  prisma: PrismaClient,
  filter: CompanyFilter,
  page: { skip: number; take: number },
): Promise<{ rows: CompanyCardRow[]; total: number }> {
  const where = publishedWhere(filter);
  const [rows, total] = await Promise.all([
    prisma.company.findMany({
      where,
      select: companyCardSelect,
      orderBy: [{ nameLatin: "asc" }, { id: "asc" }],
      skip: page.skip,
      take: page.take,
    }),
    prisma.company.count({ where }),
  ]);
  return { rows, total };
}

export async function findPublishedCompany(prisma: PrismaClient, idOrSlug: string): Promise<CompanyDetailRow | null> {
  return prisma.company.findFirst({
    where: { status: "PUBLISHED", OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    select: companyDetailSelect,
  });
}
