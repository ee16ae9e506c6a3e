import { mergeExtraTerms, type ExtraTerm } from "./extra-terms.ts";
import { tradeTerms } from "./query/trade-terms.ts";
import { companyProfileSelect } from "../db/company-select.ts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

// The profile's columns without contacts: search never indexes e-mail, phone or website.
const companyIndexSelect = {
  id: true, slug: true, ...companyProfileSelect, country: true, size: true, verified: true, status: true,
  capabilities: { select: { capabilityCode: true }, orderBy: { position: "asc" } },
  certifications: { select: { certificationCode: true } },
  materials: { select: { materialCode: true } },
  clusters: { select: { cluster: { select: { slug: true } } } },
} as const satisfies Prisma.CompanySelect;

export type CompanyIndexRow = Prisma.CompanyGetPayload<{ select: typeof companyIndexSelect }>;

const opportunityIndexSelect = {
  id: true, type: true, status: true, title: true, description: true, targetCountries: true, cooperationTypes: true,
  anonymous: true, deadline: true, publishedAt: true,
  company: { select: { id: true, name: true, nameLatin: true, country: true, lat: true, lng: true, status: true } },
  requiredCapabilities: { select: { capabilityCode: true }, orderBy: { position: "asc" } },
  certificationsRequired: { select: { certificationCode: true } },
} as const satisfies Prisma.OpportunitySelect;

export type OpportunityIndexRow = Prisma.OpportunityGetPayload<{ select: typeof opportunityIndexSelect }>;

export async function findCompaniesForIndex(prisma: PrismaClient, ids: string[]): Promise<CompanyIndexRow[]> {
  return prisma.company.findMany({ where: { id: { in: ids } }, select: companyIndexSelect });
}

/** One page of published companies in id order, for a full rebuild. */
export async function pagePublishedCompanies(prisma: PrismaClient, afterId: string | null, take: number) {
  return prisma.company.findMany({
    where: { status: "PUBLISHED", ...(afterId ? { id: { gt: afterId } } : {}) },
    select: companyIndexSelect,
    orderBy: { id: "asc" },
    take,
  });
}

export async function findOpportunitiesForIndex(prisma: PrismaClient, ids: string[]): Promise<OpportunityIndexRow[]> {
  return prisma.opportunity.findMany({ where: { id: { in: ids } }, select: opportunityIndexSelect });
}

export async function pagePublishedOpportunities(prisma: PrismaClient, afterId: string | null, take: number) {
  return prisma.opportunity.findMany({
    where: { status: "PUBLISHED", company: { status: "PUBLISHED" }, ...(afterId ? { id: { gt: afterId } } : {}) },
    select: opportunityIndexSelect,
    orderBy: { id: "asc" },
    take,
  });
}

/** The terms admins added and have not removed (the vocabulary page), oldest first. */
export async function findActiveVocabularyTerms(prisma: PrismaClient | Prisma.TransactionClient): Promise<ExtraTerm[]> {
  return prisma.vocabularyTerm.findMany({
    where: { removedAt: null },
    select: { kind: true, code: true, locale: true, phrase: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** The taxonomy, materials and certifications with the trade vocabulary and the admins' terms merged in. */
export async function loadSearchVocabularyRows(prisma: PrismaClient | Prisma.TransactionClient) {
  const [terms, materials, certifications, added] = await Promise.all([
    prisma.capabilityTerm.findMany({ select: { code: true, parentCode: true, labels: true, synonyms: true } }),
    prisma.material.findMany({ select: { code: true, labels: true, synonyms: true } }),
    prisma.certification.findMany({ select: { code: true, name: true } }),
    findActiveVocabularyTerms(prisma),
  ]);
  return mergeExtraTerms({ terms, materials, certifications }, [...tradeTerms, ...added]);
}

/** Ids and names of the published companies: names the query parser recognises. */
export async function findPublishedCompanyNames(prisma: PrismaClient) {
  return prisma.company.findMany({ where: { status: "PUBLISHED" }, select: { id: true, name: true, nameLatin: true } });
}

/** Cities of the stored companies with their mean coordinates: places beyond the gazetteer. */
export async function findCompanyCities(prisma: PrismaClient) {
  const rows = await prisma.company.groupBy({
    by: ["country", "city", "cityLatin"],
    where: { lat: { not: null } },
    _avg: { lat: true, lng: true },
  });
  return rows.map((r) => ({ country: r.country, city: r.city, cityLatin: r.cityLatin, lat: r._avg.lat!, lng: r._avg.lng! }));
}
