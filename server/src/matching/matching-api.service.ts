import type {
  CompanyMatch,
  MatchExplanation as ExplanationDto,
  MatchForCompanyOutput,
  Vocabulary,
  matchForCompanyInputSchema,
  matchForOpportunityInputSchema,
} from "@cluster-match/shared";
import type { z } from "zod";
import type { ServiceContext } from "../context.ts";
import { getOpportunityCards } from "../opportunities/opportunities.service.ts";
import { companyCardFromDocument } from "../search/company-card.ts";
import { matchForCompany } from "./company-matching.service.ts";
import type { MatchExplanation } from "./match-score.ts";
import { matchCompaniesForOpportunity } from "./matching.service.ts";

/** Matching is public; a signed-in viewer who may know an anonymous opportunity's owner gets answers computed with it. */
type MatchingContext = Pick<ServiceContext, "prisma" | "search" | "clock" | "user">;

function labelExplanation(e: MatchExplanation, vocabulary: Vocabulary): ExplanationDto {
  const capability = (c: string) => vocabulary.capability(c);
  return {
    coveredCapabilities: e.coveredCapabilities.map(capability),
    missingCapabilities: e.missingCapabilities.map(capability),
    certificationsMet: e.certificationsMet.map((c) => vocabulary.certification(c)),
    distanceKm: e.distanceKm,
    sharedLanguages: e.sharedLanguages,
    reciprocity: e.reciprocity.map(capability),
    verified: e.verified,
  };
}

export async function matchForOpportunityApi(ctx: MatchingContext, input: z.infer<typeof matchForOpportunityInputSchema>): Promise<CompanyMatch[]> {
  const now = ctx.clock.now();
  const vocabulary = await ctx.search.vocabulary(input.locale);
  const { matches } = await matchCompaniesForOpportunity(ctx, { opportunityId: input.id, limit: input.limit, viewer: ctx.user, now });
  return matches.map((m) => ({
    company: companyCardFromDocument(m.document, vocabulary),
    score: m.score,
    explanation: labelExplanation(m.explanation, vocabulary),
  }));
}

export async function matchForCompanyApi(ctx: MatchingContext, input: z.infer<typeof matchForCompanyInputSchema>): Promise<MatchForCompanyOutput> {
  const now = ctx.clock.now();
  const [vocabulary, searchVocabulary] = await Promise.all([ctx.search.vocabulary(input.locale), ctx.search.searchVocabulary()]);
  const result = await matchForCompany({ prisma: ctx.prisma, index: ctx.search.index, vocabulary: searchVocabulary }, { idOrSlug: input.idOrSlug, limit: input.limit, viewer: ctx.user, now });
  const cards = new Map((await getOpportunityCards(ctx, { ids: result.opportunities.map((o) => o.opportunityId), vocabulary, now })).map((c) => [c.id, c]));
  return {
    opportunities: result.opportunities.flatMap((o) => {
      const card = cards.get(o.opportunityId);
      return card ? [{ opportunity: card, score: o.score, explanation: labelExplanation(card.anonymous ? { ...o.explanation, distanceKm: null } : o.explanation, vocabulary) }] : [];
    }),
    partners: result.partners.map((p) => ({
      company: companyCardFromDocument(p.document, vocabulary),
      score: p.score,
      explanation: labelExplanation(p.explanation, vocabulary),
    })),
    partnersBasis: result.partnersBasis,
  };
}
