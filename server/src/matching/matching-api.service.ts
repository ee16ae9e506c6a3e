import type { CompanyMatch, MatchExplanation as ExplanationDto, MatchForCompanyOutput } from "@cluster-match/shared";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { getOpportunityCards } from "../opportunities/opportunities.service.ts";
import { companyCardFromDocument } from "../search/company-card.ts";
import type { SearchRuntime } from "../search-index/search-runtime.ts";
import type { Vocabulary } from "@cluster-match/shared";
import { matchForCompany } from "./company-matching.service.ts";
import type { MatchExplanation } from "./match-score.ts";
import { matchCompaniesForOpportunity } from "./matching.service.ts";
import type { Viewer } from "./owner-view.ts";

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

export async function matchForOpportunityApi(
  prisma: PrismaClient,
  search: SearchRuntime,
  input: { id: string; locale: string; limit: number },
  viewer: Viewer,
  now: Date,
): Promise<CompanyMatch[]> {
  const vocabulary = await search.vocabulary(input.locale);
  const { matches } = await matchCompaniesForOpportunity(prisma, search.index, { opportunityId: input.id, limit: input.limit, viewer, now });
  return matches.map((m) => ({
    company: companyCardFromDocument(m.document, vocabulary),
    score: m.score,
    explanation: labelExplanation(m.explanation, vocabulary),
  }));
}

export async function matchForCompanyApi(
  prisma: PrismaClient,
  search: SearchRuntime,
  input: { idOrSlug: string; locale: string; limit: number },
  viewer: Viewer,
  now: Date,
): Promise<MatchForCompanyOutput> {
  const [vocabulary, searchVocabulary] = await Promise.all([search.vocabulary(input.locale), search.searchVocabulary()]);
  const result = await matchForCompany(prisma, search.index, searchVocabulary, { ...input, viewer, now });
  const cards = new Map((await getOpportunityCards(prisma, result.opportunities.map((o) => o.opportunityId), vocabulary, now)).map((c) => [c.id, c]));
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
  };
}
