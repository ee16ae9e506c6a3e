import {
  pageMeta,
  AppError,
  pickLocalized,
  type LocalizedText,
  type OpportunityCard,
  type OpportunityDetail,
  type OpportunityListOutput,
  type OpportunityType,
} from "@cluster-match/shared";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { loadVocabulary } from "../taxonomy/taxonomy.service.ts";
import type { Vocabulary } from "@cluster-match/shared";
import {
  findPublishedOpportunities,
  findPublishedOpportunitiesByIds,
  findPublishedOpportunity,
  type OpportunityCardRow,
  type OpportunityDetailRow,
} from "./opportunities.repository.ts";

export interface ListOpportunitiesOptions {
  locale: string;
  page: number;
  pageSize: number;
  types: OpportunityType[];
  capability?: string | undefined;
  country?: string | undefined;
  companyId?: string | undefined;
}

function localized(texts: unknown, locale: string) {
  return pickLocalized(texts as LocalizedText, locale) ?? { text: "", lang: locale };
}

function toCard(row: OpportunityCardRow, vocabulary: Vocabulary): OpportunityCard {
  const { company } = row;
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    title: localized(row.title, vocabulary.locale),
    // The owner's identity stays hidden for anonymous opportunities; only its country shows.
    owner: row.anonymous
      ? null
      : { id: company.id, slug: company.slug, name: company.name, nameLatin: company.nameLatin, city: company.city, cityLatin: company.cityLatin },
    ownerCountry: company.country,
    anonymous: row.anonymous,
    requiredCapabilities: row.requiredCapabilities.map((c) => vocabulary.capability(c.capabilityCode)),
    targetCountries: row.targetCountries,
    cooperationTypes: row.cooperationTypes,
    deadline: row.deadline.toISOString().slice(0, 10),
  };
}

export async function listOpportunities(
  prisma: PrismaClient,
  options: ListOpportunitiesOptions,
  now: Date,
): Promise<OpportunityListOutput> {
  const vocabulary = await loadVocabulary(prisma, options.locale);
  const capabilityCodes = options.capability ? vocabulary.withDescendants(options.capability) : undefined;
  const { rows, total } = await findPublishedOpportunities(
    prisma,
    { types: options.types, capabilityCodes, country: options.country, companyId: options.companyId },
    { skip: (options.page - 1) * options.pageSize, take: options.pageSize },
    now,
  );
  return { items: rows.map((r) => toCard(r, vocabulary)), ...pageMeta(total, options.page, options.pageSize) };
}

function toDetail(row: OpportunityDetailRow, vocabulary: Vocabulary): OpportunityDetail {
  return {
    ...toCard(row, vocabulary),
    description: localized(row.description, vocabulary.locale),
    certificationsRequired: row.certificationsRequired.map((c) => vocabulary.certification(c.certificationCode)),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

export async function getOpportunity(prisma: PrismaClient, id: string, locale: string, now: Date): Promise<OpportunityDetail> {
  const row = await findPublishedOpportunity(prisma, id, now);
  if (!row) throw new AppError("NOT_FOUND", "Opportunity not found");
  return toDetail(row, await loadVocabulary(prisma, locale));
}

/** Cards of published opportunities in the order of `ids` (missing ones are skipped). */
export async function getOpportunityCards(prisma: PrismaClient, ids: string[], vocabulary: Vocabulary, now: Date): Promise<OpportunityCard[]> {
  const rows = new Map((await findPublishedOpportunitiesByIds(prisma, ids, now)).map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [toCard(row, vocabulary)] : [];
  });
}
