import {
  pageMeta,
  AppError,
  type CompanyCard,
  type CompanyDetail,
  type CompanyListOutput,
  type LocalizedText,
  type Seek,
} from "@cluster-match/shared";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { clusterName } from "../clusters/clusters.service.ts";
import { loadVocabulary } from "../taxonomy/taxonomy.service.ts";
import type { Vocabulary } from "@cluster-match/shared";
import { logoUrlOf } from "./profile-data.ts";
import { summarize } from "./summary.ts";
import {
  findPublishedCompanies,
  findPublishedCompany,
  type CompanyCardRow,
  type CompanyDetailRow,
} from "./companies.repository.ts";

export interface ListCompaniesOptions {
  locale: string;
  page: number;
  pageSize: number;
  countries: string[];
  cluster?: string | undefined;
  capability?: string | undefined;
  certification?: string | undefined;
}

function toCard(row: CompanyCardRow, vocabulary: Vocabulary): CompanyCard {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    nameLatin: row.nameLatin,
    legalForm: row.legalForm,
    country: row.country,
    city: row.city,
    cityLatin: row.cityLatin,
    size: row.size,
    employees: row.employees,
    verified: row.verified,
    capabilities: row.capabilities.map((c) => vocabulary.capability(c.capabilityCode)),
    certifications: row.certifications.map((c) => vocabulary.certification(c.certificationCode)),
    summary: summarize(row.description as LocalizedText, vocabulary.locale),
  };
}

export async function listCompanies(prisma: PrismaClient, options: ListCompaniesOptions): Promise<CompanyListOutput> {
  const vocabulary = await loadVocabulary(prisma, options.locale);
  // An unknown capability matches nothing rather than being ignored.
  const capabilityCodes = options.capability ? vocabulary.withDescendants(options.capability) : undefined;
  const { rows, total } = await findPublishedCompanies(
    prisma,
    { countries: options.countries, cluster: options.cluster, capabilityCodes, certification: options.certification },
    { skip: (options.page - 1) * options.pageSize, take: options.pageSize },
  );
  return { items: rows.map((r) => toCard(r, vocabulary)), ...pageMeta(total, options.page, options.pageSize) };
}

/** `signedIn`: contacts are for signed-in users only; visitors see the website. */
function toDetail(row: CompanyDetailRow, vocabulary: Vocabulary, signedIn: boolean): CompanyDetail {
  const locale = vocabulary.locale;
  const descriptions = Object.entries(row.description as LocalizedText)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([lang, text]) => ({ lang, text }))
    .sort((a, b) => Number(b.lang === locale) - Number(a.lang === locale));
  return {
    ...toCard(row, vocabulary),
    registryId: row.registryId,
    region: row.region,
    lat: row.lat,
    lng: row.lng,
    website: row.website,
    foundedYear: row.foundedYear,
    languages: row.languages,
    machines: row.machines,
    naceCodes: row.naceCodes,
    exportMarkets: row.exportMarkets,
    materials: row.materials.map((m) => vocabulary.material(m.materialCode)),
    descriptions,
    seeks: (row.seeks as Seek[]).map((s) => ({
      type: s.type,
      capabilities: s.capabilities.map((c) => vocabulary.capability(c)),
      countries: s.countries,
    })),
    clusters: row.clusters.map(({ cluster }) => ({ slug: cluster.slug, name: clusterName(cluster, locale) })),
    updatedAt: row.updatedAt.toISOString(),
    logoUrl: logoUrlOf(row.logoKey),
    contacts: signedIn ? { email: row.email, phone: row.phone } : null,
  };
}

export async function getCompany(prisma: PrismaClient, idOrSlug: string, locale: string, signedIn: boolean): Promise<CompanyDetail> {
  const row = await findPublishedCompany(prisma, idOrSlug);
  if (!row) throw new AppError("NOT_FOUND", "Company not found");
  return toDetail(row, await loadVocabulary(prisma, locale), signedIn);
}
