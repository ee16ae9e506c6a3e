import { AppError, utcDay } from "@cluster-match/shared";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { anyOfTiers } from "../search/company-search.service.ts";
import type { CompanyDocument } from "../search/documents.ts";
import type { SearchFilter, SearchIndex } from "../search/search-port.ts";
import { findOpportunityForMatching } from "./matching.repository.ts";
import { scoreMatch, type MatchExplanation } from "./match-score.ts";

export interface CompanyMatch {
  companyId: string;
  document: CompanyDocument;
  score: number;
  explanation: MatchExplanation;
}

// Candidates scored per coverage tier; enough to rank the best of each tier well.
const perTier = 200;

/**
 * Companies for an opportunity. Hard: target countries, required certifications, at least one
 * required capability, never the owner. Ranked first by how many required capabilities they
 * cover, then by the soft score (distance, shared languages, reciprocity, verified).
 */
export async function matchCompaniesForOpportunity(
  prisma: PrismaClient,
  index: SearchIndex,
  options: { opportunityId: string; limit: number },
): Promise<{ matches: CompanyMatch[]; anonymous: boolean }> {
  const opportunity = await findOpportunityForMatching(prisma, options.opportunityId);
  // Only what the public may see: published, its company published, its deadline day not passed.
  const visible =
    opportunity?.status === "PUBLISHED" && opportunity.company.status === "PUBLISHED" && opportunity.deadline.toISOString().slice(0, 10) >= utcDay(new Date());
  if (!opportunity || !visible) throw new AppError("NOT_FOUND", "Opportunity not found");
  const required = opportunity.requiredCapabilities.map((c) => c.capabilityCode);
  const certifications = opportunity.certificationsRequired.map((c) => c.certificationCode);
  const hard: SearchFilter[] = [
    ...(opportunity.targetCountries.length ? [{ kind: "anyOf", field: "country", values: opportunity.targetCountries } as SearchFilter] : []),
    ...certifications.map((c): SearchFilter => ({ kind: "anyOf", field: "certificationCodes", values: [c] })),
  ];
  const owner = opportunity.company;
  const needs = {
    capabilities: required,
    certifications,
    origin: owner.lat !== null && owner.lng !== null ? { lat: owner.lat, lng: owner.lng } : null,
    languages: owner.languages,
    offers: owner.capabilities.map((c) => c.capabilityCode),
  };

  // Tiers in order of coverage, each read only while the list is not full.
  const result: CompanyMatch[] = [];
  for (const tier of anyOfTiers(required)) {
    if (result.length >= options.limit) break;
    const response = await index.search<CompanyDocument>({ index: "companies", text: "", filters: [...hard, ...tier.filters], offset: 0, limit: perTier });
    const ranked = response.hits
      .filter((h) => h.document.id !== opportunity.companyId)
      .map((h) => ({ companyId: h.document.id, document: h.document, ...scoreMatch(h.document, needs) }))
      .sort((a, b) => b.score - a.score);
    result.push(...ranked);
  }
  return { matches: result.slice(0, options.limit), anonymous: opportunity.anonymous };
}
