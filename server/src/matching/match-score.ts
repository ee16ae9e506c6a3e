import type { CompanyDocument } from "../search-index/documents.ts";
import { distanceKm } from "../search-index/geo.ts";

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

/** What the requesting company is: where it sits, what it speaks, what it offers. */
export interface Requester {
  origin: { lat: number; lng: number } | null;
  languages: string[];
  /** What the requesting company offers, for reciprocity. */
  offers: string[];
}

export interface MatchNeeds {
  capabilities: string[];
  certifications: string[];
  /**
   * Null when the requester must stay unknown (an anonymous opportunity seen by anyone but its
   * owner's side): then nothing of the score or the explanation depends on who it is.
   */
  requester: Requester | null;
}

// Weights of the soft criteria; capability coverage dominates, the rest orders equals.
const weights = { coverage: 60, distance: 15, languages: 10, reciprocity: 10, verified: 5 };
// Without a requester only the candidate's own terms are left, scaled back to 0–100.
const candidateOnly = weights.coverage + weights.verified;

/** Scores a candidate 0–100 and explains the score. */
export function scoreMatch(doc: CompanyDocument, needs: MatchNeeds): { score: number; explanation: MatchExplanation } {
  const has = new Set(doc.capabilityCodes);
  const covered = needs.capabilities.filter((c) => has.has(c));
  const missing = needs.capabilities.filter((c) => !has.has(c));
  const coverage = needs.capabilities.length ? covered.length / needs.capabilities.length : 1;
  const verified = weights.verified * (doc.verified ? 1 : 0);
  const base = {
    coveredCapabilities: covered,
    missingCapabilities: missing,
    certificationsMet: needs.certifications.filter((c) => doc.certificationCodes.includes(c)),
    verified: doc.verified,
  };
  const { requester } = needs;
  if (!requester) {
    const score = (100 * (weights.coverage * coverage + verified)) / candidateOnly;
    return { score: Math.round(score), explanation: { ...base, distanceKm: null, sharedLanguages: [], reciprocity: [] } };
  }
  const distance = requester.origin && doc._geo ? Math.round(distanceKm(requester.origin, doc._geo)) : null;
  const shared = requester.languages.filter((l) => doc.languages.includes(l));
  const seeks = new Set(doc.seekCapabilityCodes);
  const reciprocity = requester.offers.filter((c) => seeks.has(c));
  const score =
    weights.coverage * coverage +
    weights.distance * (distance === null ? 0.3 : Math.max(0, 1 - distance / 1500)) +
    weights.languages * Math.min(1, shared.length / 2) +
    weights.reciprocity * (reciprocity.length > 0 ? 1 : 0) +
    verified;
  return { score: Math.round(score), explanation: { ...base, distanceKm: distance, sharedLanguages: shared, reciprocity } };
}

/** Orders ids by code unit, the same on every engine and machine: the last key of every ranking. */
export const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
