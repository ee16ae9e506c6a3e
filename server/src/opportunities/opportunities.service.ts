import {
  pageMeta,
  AppError,
  pickLocalized,
  type LocalizedText,
  type OpportunityCard,
  type OpportunityDetail,
  type OpportunityListOutput,
  type opportunityGetInputSchema,
  type opportunityListInputSchema,
} from "@cluster-match/shared";
import type { z } from "zod";
import type { ServiceContext } from "../context.ts";
import { loadVocabulary } from "../taxonomy/taxonomy.service.ts";
import type { Vocabulary } from "@cluster-match/shared";
import {
  findPublishedOpportunities,
  findPublishedOpportunitiesByIds,
  findPublishedOpportunity,
  type OpportunityCardRow,
  type OpportunityDetailRow,
} from "./opportunities.repository.ts";

/** What the public services read: the database and "now" (published opportunities whose deadline has not passed). */
type PublicContext = Pick<ServiceContext, "prisma" | "clock">;

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

export async function listOpportunities(ctx: PublicContext, input: z.infer<typeof opportunityListInputSchema>): Promise<OpportunityListOutput> {
  const vocabulary = await loadVocabulary(ctx, input);
  const capabilityCodes = input.capability ? vocabulary.withDescendants(input.capability) : undefined;
  const { rows, total } = await findPublishedOpportunities(
    ctx.prisma,
    { types: input.types, capabilityCodes, country: input.country, companyId: input.companyId },
    { skip: (input.page - 1) * input.pageSize, take: input.pageSize },
    ctx.clock.now(),
    input.sort,
  );
  return { items: rows.map((r) => toCard(r, vocabulary)), ...pageMeta(total, input.page, input.pageSize) };
}

function toDetail(row: OpportunityDetailRow, vocabulary: Vocabulary): OpportunityDetail {
  return {
    ...toCard(row, vocabulary),
    description: localized(row.description, vocabulary.locale),
    certificationsRequired: row.certificationsRequired.map((c) => vocabulary.certification(c.certificationCode)),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

export async function getOpportunity(ctx: PublicContext, input: z.infer<typeof opportunityGetInputSchema>): Promise<OpportunityDetail> {
  const row = await findPublishedOpportunity(ctx.prisma, input.id, ctx.clock.now());
  if (!row) throw new AppError("NOT_FOUND", "Opportunity not found");
  return toDetail(row, await loadVocabulary(ctx, input));
}

/**
 * Cards of published opportunities in the order of `ids` (missing ones are skipped), for other
 * domains' services (search, matching), which pass the labels and the "now" of their own answer.
 */
export async function getOpportunityCards(
  ctx: Pick<ServiceContext, "prisma">,
  { ids, vocabulary, now }: { ids: string[]; vocabulary: Vocabulary; now: Date },
): Promise<OpportunityCard[]> {
  const rows = new Map((await findPublishedOpportunitiesByIds(ctx.prisma, ids, now)).map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [toCard(row, vocabulary)] : [];
  });
}
