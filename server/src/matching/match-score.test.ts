import { describe, expect, it } from "vitest";
import type { CompanyDocument } from "../search-index/documents.ts";
import { compareIds, scoreMatch, type MatchNeeds } from "./match-score.ts";

const candidate = (overrides: Partial<CompanyDocument> = {}) =>
  ({
    id: "c1",
    capabilityCodes: ["MACH", "MACH.CNC_MILLING"],
    certificationCodes: ["ISO_9001"],
    languages: ["bg", "en"],
    seekCapabilityCodes: ["SHEET.LASER_CUTTING"],
    _geo: { lat: 42.7, lng: 23.3 },
    verified: true,
    ...overrides,
  }) as CompanyDocument;

const needs = (requester: MatchNeeds["requester"]): MatchNeeds => ({ capabilities: ["MACH.CNC_MILLING", "MACH.EDM"], certifications: ["ISO_9001"], requester });

describe("scoreMatch", () => {
  it("uses the requester's place, languages and offers when it may be known", () => {
    const { score, explanation } = scoreMatch(candidate(), needs({ origin: { lat: 42.7, lng: 23.3 }, languages: ["en"], offers: ["SHEET.LASER_CUTTING"] }));
    expect(explanation).toMatchObject({ distanceKm: 0, sharedLanguages: ["en"], reciprocity: ["SHEET.LASER_CUTTING"] });
    expect(score).toBe(Math.round(30 + 15 + 5 + 10 + 5));
  });

  it("without a requester depends on the candidate alone and still spans 0–100", () => {
    const hidden = scoreMatch(candidate(), needs(null));
    expect(hidden.explanation).toEqual({
      coveredCapabilities: ["MACH.CNC_MILLING"],
      missingCapabilities: ["MACH.EDM"],
      certificationsMet: ["ISO_9001"],
      distanceKm: null,
      sharedLanguages: [],
      reciprocity: [],
      verified: true,
    });
    expect(hidden.score).toBe(Math.round((100 * (30 + 5)) / 65));
    expect(scoreMatch(candidate({ capabilityCodes: ["MACH.CNC_MILLING", "MACH.EDM"] }), needs(null)).score).toBe(100);
  });
});

describe("compareIds", () => {
  it("orders by code unit, independent of locale", () => {
    expect(["b", "B", "a", "_"].sort(compareIds)).toEqual(["B", "_", "a", "b"]);
  });
});
