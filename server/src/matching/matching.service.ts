import { AppError, utcDay } from "@cluster-match/shared";
import type { ServiceContext } from "../context.ts";
import { anyOfTiers } from "../search/company-search.service.ts";
import type { CompanyDocument } from "../search-index/documents.ts";
import type { SearchFilter } from "../search-index/search-port.ts";
import { findOpportunityForMatching } from "./matching.repository.ts";
import { compareIds, scoreMatch, type MatchExplanation, type MatchNeeds } from "./match-score.ts";
import { viewerKnowsOwner, type Viewer } from "./owner-view.ts";

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
 * required capability, not the owner. Ranked first by how many required capabilities they
 * cover, then by the soft score (distance, shared languages, reciprocity, verified).
 *
 * An anonymous opportunity seen by anyone who may not know its owner (see `viewerKnowsOwner`;
 * no viewer counts as a visitor) is matched as if it had no owner: the owner stays among the
 * candidates, since the one fitting firm left out would name it, and the score uses only the
 * candidate (coverage, verified), since distance, languages and reciprocity would describe it.
 */
export async function matchCompaniesForOpportunity(
  ctx: Pick<ServiceContext, "prisma"> & { search: Pick<ServiceContext["search"], "index"> },
  options: { opportunityId: string; limit: number; viewer?: Viewer; now: Date },
): Promise<{ matches: CompanyMatch[] }> {
  const { prisma } = ctx;
  const opportunity = await findOpportunityForMatching(prisma, options.opportunityId);
  // Only what the public may see: published, its company published, its deadline day not passed.
  const visible =
    opportunity?.status === "PUBLISHED" && opportunity.company.status === "PUBLISHED" && utcDay(opportunity.deadline) >= utcDay(options.now);
  if (!opportunity || !visible) throw new AppError("NOT_FOUND", "Opportunity not found");
  const required = opportunity.requiredCapabilities.map((c) => c.capabilityCode);
  const certifications = opportunity.certificationsRequired.map((c) => c.certificationCode);
  const hard: SearchFilter[] = [
    ...(opportunity.targetCountries.length ? [{ kind: "anyOf", field: "country", values: opportunity.targetCountries } as SearchFilter] : []),
    ...certifications.map((c): SearchFilter => ({ kind: "anyOf", field: "certificationCodes", values: [c] })),
  ];
  const owner = opportunity.company;
  const ownerHidden = opportunity.anonymous && !(await viewerKnowsOwner(prisma, options.viewer ?? null, opportunity.companyId));
  const needs: MatchNeeds = {
    capabilities: required,
    certifications,
    requester: ownerHidden
      ? null
      : {
          origin: owner.lat !== null && owner.lng !== null ? { lat: owner.lat, lng: owner.lng } : null,
          languages: owner.languages,
          offers: owner.capabilities.map((c) => c.capabilityCode),
        },
  };

  // Tiers in order of coverage, each read only while the list is not full.
  const result: CompanyMatch[] = [];
  for (const tier of anyOfTiers(required)) {
    if (result.length >= options.limit) break;
    const response = await ctx.search.index.search<CompanyDocument>({ index: "companies", text: "", filters: [...hard, ...tier.filters], offset: 0, limit: perTier });
    const ranked = response.hits
      .filter((h) => ownerHidden || h.document.id !== opportunity.companyId)
      .map((h) => ({ companyId: h.document.id, document: h.document, ...scoreMatch(h.document, needs) }))
      // The id last, so that equal scores come in one order whatever order the engine gave.
      .sort((a, b) => b.score - a.score || compareIds(a.companyId, b.companyId));
    result.push(...ranked);
  }
  return { matches: result.slice(0, options.limit) };
}
