import {
  pageMeta,
  AppError,
  type CompanyCard,
  type CompanyDetail,
  type CompanyListOutput,
  type LocalizedText,
  type Seek,
  type companyGetInputSchema,
  type companyListInputSchema,
} from "@cluster-match/shared";
import type { z } from "zod";
import type { ServiceContext } from "../context.ts";
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

export async function listCompanies(ctx: Pick<ServiceContext, "prisma">, input: z.infer<typeof companyListInputSchema>): Promise<CompanyListOutput> {
  const vocabulary = await loadVocabulary(ctx, { locale: input.locale });
  // An unknown capability matches nothing rather than being ignored.
  const capabilityCodes = input.capability ? vocabulary.withDescendants(input.capability) : undefined;
  const { rows, total } = await findPublishedCompanies(
    ctx.prisma,
    { countries: input.countries, cluster: input.cluster, capabilityCodes, certification: input.certification },
    { skip: (input.page - 1) * input.pageSize, take: input.pageSize },
  );
  return { items: rows.map((r) => toCard(r, vocabulary)), ...pageMeta(total, input.page, input.pageSize) };
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

/** Contacts are for signed-in callers only. */
export async function getCompany(ctx: Pick<ServiceContext, "prisma" | "user">, input: z.infer<typeof companyGetInputSchema>): Promise<CompanyDetail> {
  const row = await findPublishedCompany(ctx.prisma, input.idOrSlug);
  if (!row) throw new AppError("NOT_FOUND", "Company not found");
  return toDetail(row, await loadVocabulary(ctx, { locale: input.locale }), ctx.user !== null);
}
