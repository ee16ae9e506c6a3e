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

// The weights themselves are tuning; what they must keep true is pinned here as orderings.
describe("scoreMatch weights", () => {
  const sofia = { lat: 42.7, lng: 23.3 };
  /** A point `km` kilometres north of Sofia (one degree of latitude is about 111.2 km). */
  const north = (km: number) => ({ lat: sofia.lat + km / 111.195, lng: sofia.lng });
  const required = ["MACH.CNC_MILLING", "MACH.EDM"];
  const firm = (o: { covers: number; km: number | null; languages?: string[]; seeks?: string[]; verified?: boolean }) =>
    candidate({
      capabilityCodes: required.slice(0, o.covers),
      _geo: o.km === null ? null : north(o.km),
      languages: o.languages ?? [],
      seekCapabilityCodes: o.seeks ?? [],
      verified: o.verified ?? false,
    });
  const requester = { origin: sofia, languages: ["bg", "en", "de"], offers: ["SHEET.LASER_CUTTING"] };
  const score = (doc: CompanyDocument, who: MatchNeeds["requester"] = requester) =>
    scoreMatch(doc, { capabilities: required, certifications: [], requester: who }).score;
  /** Everything but capabilities at its best: next door, same languages, looking for what the requester offers, verified. */
  const bestSoft = { km: 0, languages: ["bg", "en"], seeks: ["SHEET.LASER_CUTTING"], verified: true };

  it("ranks a firm that can do everything asked above one that has only every soft criterion", () => {
    expect(score(firm({ covers: 2, km: 3000 }))).toBeGreaterThan(score(firm({ covers: 0, ...bestSoft })));
    // Also when the requester must stay hidden and only the candidate's own terms count.
    expect(score(firm({ covers: 2, km: 3000 }), null)).toBeGreaterThan(score(firm({ covers: 0, ...bestSoft }), null));
  });

  it("ranks one more covered capability above any single soft criterion", () => {
    const better = score(firm({ covers: 2, km: 3000 }));
    expect(better).toBeGreaterThan(score(firm({ covers: 1, km: 0 })));
    expect(better).toBeGreaterThan(score(firm({ covers: 1, km: 3000, languages: ["bg", "en"] })));
    expect(better).toBeGreaterThan(score(firm({ covers: 1, km: 3000, seeks: ["SHEET.LASER_CUTTING"] })));
    expect(better).toBeGreaterThan(score(firm({ covers: 1, km: 3000, verified: true })));
  });

  it("lets nearness decide between equal firms, fading to nothing with distance", () => {
    const byDistance = [0, 100, 400, 800, 1200, 1500, 3000].map((km) => score(firm({ covers: 2, km })));
    for (let i = 1; i < byDistance.length; i++) expect(byDistance[i]).toBeLessThanOrEqual(byDistance[i - 1]!);
    // Strictly closer is strictly better within range; beyond it distance no longer counts.
    expect(byDistance[0]).toBeGreaterThan(byDistance[2]!);
    expect(byDistance[2]).toBeGreaterThan(byDistance[4]!);
    expect(byDistance[5]).toBe(byDistance[6]);
    // A firm without a known place is neither rewarded like a neighbour nor punished like the farthest.
    const unknown = score(firm({ covers: 2, km: null }));
    expect(unknown).toBeLessThan(score(firm({ covers: 2, km: 400 })));
    expect(unknown).toBeGreaterThan(score(firm({ covers: 2, km: 3000 })));
  });

  it("counts shared languages up to two, and each soft criterion only as a tie-breaker", () => {
    const languages = (languages: string[]) => score(firm({ covers: 2, km: 3000, languages }));
    expect(languages(["bg"])).toBeGreaterThan(languages([]));
    expect(languages(["bg", "en"])).toBeGreaterThan(languages(["bg"]));
    expect(languages(["bg", "en", "de"])).toBe(languages(["bg", "en"]));
    expect(score(firm({ covers: 2, km: 3000, seeks: ["SHEET.LASER_CUTTING"] }))).toBeGreaterThan(score(firm({ covers: 2, km: 3000 })));
    expect(score(firm({ covers: 2, km: 3000, verified: true }))).toBeGreaterThan(score(firm({ covers: 2, km: 3000 })));
  });

  it("keeps every score an integer from 0 to 100, reaching both ends", () => {
    const scores: number[] = [];
    for (const covers of [0, 1, 2])
      for (const km of [0, 250, 1499, 5000, null])
        for (const languages of [[], ["bg"], ["bg", "en", "de"]])
          for (const verified of [false, true])
            for (const who of [requester, { origin: null, languages: [], offers: [] }, null]) {
              scores.push(score(firm({ covers, km, languages, verified, seeks: ["SHEET.LASER_CUTTING"] }), who));
            }
    for (const s of scores) {
      expect(Number.isInteger(s)).toBe(true);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(100);
    }
    expect(Math.max(...scores)).toBe(100);
    expect(Math.min(...scores)).toBe(0);
    expect(score(firm({ covers: 2, ...bestSoft }))).toBe(100);
    expect(score(firm({ covers: 0, km: 3000 }))).toBe(0);
  });
});

describe("compareIds", () => {
  it("orders by code unit, independent of locale", () => {
    expect(["b", "B", "a", "_"].sort(compareIds)).toEqual(["B", "_", "a", "b"]);
  });
});
