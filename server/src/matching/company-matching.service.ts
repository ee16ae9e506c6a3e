import { AppError, type Seek } from "@cluster-match/shared";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { CompanyDocument, OpportunityDocument } from "../search-index/documents.ts";
import { distanceKm } from "../search-index/geo.ts";
import { openDeadlineFilter } from "../search/opportunity-search.service.ts";
import type { SearchIndex } from "../search-index/search-port.ts";
import type { SearchVocabulary } from "../search-index/search-vocabulary.ts";
import { findCompanyForMatching } from "./matching.repository.ts";
import { compareIds, scoreMatch, type MatchExplanation, type MatchNeeds } from "./match-score.ts";
import { viewerKnowsOwner, type Viewer } from "./owner-view.ts";

export interface OpportunityMatchResult {
  opportunityId: string;
  score: number;
  explanation: MatchExplanation;
}

export interface PartnerMatchResult {
  document: CompanyDocument;
  score: number;
  explanation: MatchExplanation;
}

const candidates = 300;
const isOffer = (type: string) => type.endsWith("_OFFER");

/**
 * For a company: opportunities it can answer (requests for what it can do, offers of what it
 * looks for) and partners (firms that can do what it looks for, best when they also look for
 * what it offers). The company itself and its own opportunities never appear, except its anonymous
 * ones to a viewer who may not know it owns them (see `viewerKnowsOwner`; no viewer counts as a
 * visitor): left out of its list and of no other, they would name it as their owner.
 */
export async function matchForCompany(
  ctx: { prisma: PrismaClient; index: SearchIndex; vocabulary: SearchVocabulary },
  options: { idOrSlug: string; limit: number; viewer?: Viewer; now: Date },
): Promise<{ opportunities: OpportunityMatchResult[]; partners: PartnerMatchResult[]; partnersBasis: "seeks" | "offers" }> {
  const { prisma, index, vocabulary } = ctx;
  const company = await findCompanyForMatching(prisma, options.idOrSlug);
  if (!company) throw new AppError("NOT_FOUND", "Company not found");
  const offers = company.capabilities.map((c) => c.capabilityCode);
  const has = vocabulary.withAncestors(offers);
  const seeks = ((company.seeks ?? []) as Seek[]).flatMap((s) => s.capabilities);
  const held = new Set(company.certifications.map((c) => c.certificationCode));
  // Asked for every signed-in viewer, whether or not the company owns anything anonymous: asking
  // only then would let the response time tell which firms do.
  const knowsOwnership = await viewerKnowsOwner(prisma, options.viewer ?? null, company.id);
  const own = new Set(company.opportunities.filter((o) => knowsOwnership || !o.anonymous).map((o) => o.id));
  const origin = company.lat !== null && company.lng !== null ? { lat: company.lat, lng: company.lng } : null;

  // Past-deadline opportunities are out before ranking, so they take no place in the top list.
  const open = openDeadlineFilter(options.now);
  const [requests, offered, partners] = await index.multiSearch<OpportunityDocument | CompanyDocument>([
    { index: "opportunities", text: "", filters: [open, { kind: "anyOf", field: "ownCapabilityCodes", values: has }, { kind: "anyOf", field: "type", values: ["SUPPLY_REQUEST", "MARKET_REQUEST", "RND_REQUEST"] }], offset: 0, limit: candidates },
    { index: "opportunities", text: "", filters: [open, { kind: "anyOf", field: "ownCapabilityCodes", values: vocabulary.withAncestors(seeks) }, { kind: "anyOf", field: "type", values: ["SUPPLY_OFFER", "MARKET_OFFER", "RND_OFFER"] }], offset: 0, limit: candidates },
    { index: "companies", text: "", filters: [{ kind: "anyOf", field: "capabilityCodes", values: seeks.length ? seeks : offers }], offset: 0, limit: candidates },
  ]);

  const opportunityMatches = [...requests!.hits, ...offered!.hits]
    .map((h) => h.document as OpportunityDocument)
    .filter((o) => !own.has(o.id))
    // Hard constraints of the opportunity: where the partner must be, what it must hold.
    .filter((o) => o.targetCountries.length === 0 || o.targetCountries.includes(company.country))
    .filter((o) => o.certificationCodes.every((c) => held.has(c)))
    .map((o) => {
      const wanted = new Set(isOffer(o.type) ? vocabulary.withAncestors(seeks) : has);
      const covered = o.ownCapabilityCodes.filter((c) => wanted.has(c));
      const distance = origin && o._geo ? Math.round(distanceKm(origin, o._geo)) : null;
      const coverage = o.ownCapabilityCodes.length ? covered.length / o.ownCapabilityCodes.length : 0;
      return {
        opportunityId: o.id,
        score: Math.round(70 * coverage + 20 * (distance === null ? 0.3 : Math.max(0, 1 - distance / 1500)) + 10 * (o.certificationCodes.length > 0 ? 1 : 0)),
        explanation: {
          coveredCapabilities: covered,
          missingCapabilities: o.ownCapabilityCodes.filter((c) => !wanted.has(c)),
          certificationsMet: o.certificationCodes,
          distanceKm: distance,
          sharedLanguages: [],
          reciprocity: [],
          verified: false,
        },
      };
    })
    // The id last, so that equal scores come in one order whatever order the engine gave.
    .sort((a, b) => b.score - a.score || compareIds(a.opportunityId, b.opportunityId))
    .slice(0, options.limit);

  const needs: MatchNeeds = {
    capabilities: seeks.length ? seeks : offers,
    certifications: [],
    requester: { origin, languages: company.languages, offers },
  };
  const partnerMatches = partners!.hits
    .map((h) => h.document as CompanyDocument)
    .filter((d) => d.id !== company.id)
    .map((d) => ({ document: d, ...scoreMatch(d, needs) }))
    .sort((a, b) => b.score - a.score || compareIds(a.document.id, b.document.id))
    .slice(0, options.limit);

  // Without anything it looks for, partners are firms offering what it offers: never presented as
  // offering what it looks for.
  return { opportunities: opportunityMatches, partners: partnerMatches, partnersBasis: seeks.length ? "seeks" : "offers" };
}
