import type { CompanyDocument } from "../search/documents.ts";
import { distanceKm } from "../search/geo.ts";

/** Why a company fits: the parts the SPA turns into sentences. */
export interface MatchExplanation {
  coveredCapabilities: string[];
  missingCapabilities: string[];
  certificationsMet: string[];
  distanceKm: number | null;
  sharedLanguages: string[];
  /** Capabilities of the requester that this company is itself looking for. */
  reciprocity: string[];
  verified: boolean;
}

export interface MatchNeeds {
  capabilities: string[];
  certifications: string[];
  origin: { lat: number; lng: number } | null;
  languages: string[];
  /** What the requesting company offers, for reciprocity. */
  offers: string[];
}

// Weights of the soft criteria; capability coverage dominates, the rest orders equals.
const weights = { coverage: 60, distance: 15, languages: 10, reciprocity: 10, verified: 5 };

/** Scores a candidate 0–100 and explains the score. */
export function scoreMatch(doc: CompanyDocument, needs: MatchNeeds): { score: number; explanation: MatchExplanation } {
  const has = new Set(doc.capabilityCodes);
  const covered = needs.capabilities.filter((c) => has.has(c));
  const missing = needs.capabilities.filter((c) => !has.has(c));
  const distance = needs.origin && doc._geo ? Math.round(distanceKm(needs.origin, doc._geo)) : null;
  const shared = needs.languages.filter((l) => doc.languages.includes(l));
  const seeks = new Set(doc.seekCapabilityCodes);
  const reciprocity = needs.offers.filter((c) => seeks.has(c));
  const coverage = needs.capabilities.length ? covered.length / needs.capabilities.length : 1;
  const score =
    weights.coverage * coverage +
    weights.distance * (distance === null ? 0.3 : Math.max(0, 1 - distance / 1500)) +
    weights.languages * Math.min(1, shared.length / 2) +
    weights.reciprocity * (reciprocity.length > 0 ? 1 : 0) +
    weights.verified * (doc.verified ? 1 : 0);
  return {
    score: Math.round(score),
    explanation: {
      coveredCapabilities: covered,
      missingCapabilities: missing,
      certificationsMet: needs.certifications.filter((c) => doc.certificationCodes.includes(c)),
      distanceKm: distance,
      sharedLanguages: shared,
      reciprocity,
      verified: doc.verified,
    },
  };
}
