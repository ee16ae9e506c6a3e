import { describe, expect, it } from "vitest";
import { gradeCompany, judgeLine, validateLine, type Company, type IntentLine, type JudgeContext } from "./judge-intents.ts";

const ctx: JudgeContext = {
  parents: new Map<string, string | null>([
    ["MACH", null],
    ["MACH.CNC_MILLING", "MACH"],
    ["MACH.CNC_5AXIS", "MACH.CNC_MILLING"],
    ["MACH.CNC_TURNING", "MACH"],
    ["SURF", null],
    ["SURF.POWDER_COATING", "SURF"],
    ["SURF.PAINTING", "SURF"],
  ]),
  certifications: new Set(["ISO_9001", "EN_1090"]),
  materials: new Set(["steel", "aluminium"]),
  cities: [
    { city: "Пловдив", cityLatin: "Plovdiv", country: "BG", region: "BG42", lat: 42.1354, lng: 24.7453 },
    { city: "Карлово", cityLatin: "Karlovo", country: "BG", region: "BG42", lat: 42.6423, lng: 24.807 },
    { city: "München", cityLatin: "München", country: "DE", region: "DE21", lat: 48.1351, lng: 11.582 },
    { city: "Augsburg", cityLatin: "Augsburg", country: "DE", region: "DE27", lat: 48.3705, lng: 10.8978 },
  ],
};

const company = (id: string, over: Partial<Company>): Company => ({
  externalId: id,
  name: id,
  nameLatin: id,
  country: "BG",
  city: "Пловдив",
  cityLatin: "Plovdiv",
  region: "BG42",
  lat: 42.1354,
  lng: 24.7453,
  capabilities: [],
  certifications: [],
  materials: [],
  ...over,
});

// A five-axis shop in Plovdiv, a turner in Karlovo (~57 km), a coater near Plovdiv (~20 km), a Munich miller.
const fiveAxis = company("c-1", { capabilities: ["MACH.CNC_5AXIS"], certifications: ["ISO_9001"], materials: ["aluminium"] });
const karlovo = company("c-2", { city: "Карлово", cityLatin: "Karlovo", lat: 42.6423, lng: 24.807, capabilities: ["MACH.CNC_TURNING"] });
const nearby = company("c-3", { city: "Пазарджик", cityLatin: "Pazardzhik", lat: 42.1887, lng: 24.3339, capabilities: ["SURF.POWDER_COATING", "MACH.CNC_MILLING"] });
const munich = company("c-4", { country: "DE", city: "München", cityLatin: "München", region: "DE21", lat: 48.1351, lng: 11.582, capabilities: ["MACH.CNC_MILLING", "SURF.PAINTING"], materials: ["steel"] });

describe("gradeCompany", () => {
  it("applies the hierarchy rule: a descendant counts, a group counts for any of its capabilities", () => {
    expect(gradeCompany(fiveAxis, { capabilities: ["MACH.CNC_MILLING"] }, ctx)).toBe(2);
    expect(gradeCompany(fiveAxis, { capabilities: ["MACH"] }, ctx)).toBe(2);
    expect(gradeCompany(munich, { capabilities: ["MACH.CNC_5AXIS"] }, ctx)).toBe(0);
  });

  it("all-of needs every capability; any-of counts a partial match as one soft miss", () => {
    const both = ["SURF.POWDER_COATING", "SURF.PAINTING"];
    expect(gradeCompany(munich, { capabilities: both, capabilityMode: "all" }, ctx)).toBe(0);
    expect(gradeCompany(munich, { capabilities: both, capabilityMode: "any" }, ctx)).toBe(1);
    expect(gradeCompany(fiveAxis, { capabilities: both, capabilityMode: "any" }, ctx)).toBe(0);
    expect(gradeCompany(company("c-9", { capabilities: both }), { capabilities: both, capabilityMode: "any" }, ctx)).toBe(2);
  });

  it("country, certification and material are hard", () => {
    expect(gradeCompany(fiveAxis, { capabilities: ["MACH"], country: "DE" }, ctx)).toBe(0);
    expect(gradeCompany(fiveAxis, { capabilities: ["MACH"], country: ["PL", "BG"] }, ctx)).toBe(2);
    expect(gradeCompany(fiveAxis, { capabilities: ["MACH"], certifications: ["ISO_9001", "EN_1090"] }, ctx)).toBe(0);
    expect(gradeCompany(fiveAxis, { capabilities: ["MACH"], materials: ["steel"] }, ctx)).toBe(0);
    expect(gradeCompany(fiveAxis, { capabilities: ["MACH"], materials: ["aluminium"], certifications: ["ISO_9001"] }, ctx)).toBe(2);
  });

  it("region is hard on the NUTS-2 code; a NUTS-1 code covers its NUTS-2 regions", () => {
    expect(gradeCompany(munich, { capabilities: ["MACH"], region: "DE21" }, ctx)).toBe(2);
    expect(gradeCompany(munich, { capabilities: ["MACH"], region: "DE2" }, ctx)).toBe(2);
    expect(gradeCompany(munich, { capabilities: ["MACH"], region: "DE27" }, ctx)).toBe(0);
    expect(gradeCompany(karlovo, { capabilities: ["MACH"], region: ["BG41", "BG42"] }, ctx)).toBe(2);
    expect(gradeCompany(karlovo, { capabilities: ["MACH"], region: "BG32" }, ctx)).toBe(0);
  });

  it("a city without radius: in the city 2, another city within 50 km 1, farther 0", () => {
    expect(gradeCompany(fiveAxis, { capabilities: ["MACH"], city: "Plovdiv" }, ctx)).toBe(2);
    expect(gradeCompany(nearby, { capabilities: ["MACH"], city: "Пловдив" }, ctx)).toBe(1);
    expect(gradeCompany(karlovo, { capabilities: ["MACH"], city: "Plovdiv" }, ctx)).toBe(0);
  });

  it("a radius is hard and has no soft miss inside it", () => {
    expect(gradeCompany(karlovo, { capabilities: ["MACH"], city: "Plovdiv", radiusKm: 60 }, ctx)).toBe(2);
    expect(gradeCompany(karlovo, { capabilities: ["MACH"], city: "Plovdiv", radiusKm: 50 }, ctx)).toBe(0);
  });

  it("two soft misses give grade 0", () => {
    const intent = { capabilities: ["SURF.POWDER_COATING", "SURF.PAINTING"], capabilityMode: "any" as const, city: "Plovdiv" };
    expect(gradeCompany(nearby, intent, ctx)).toBe(0);
  });

  it("a named firm is the only relevant company, whatever else it matches", () => {
    expect(gradeCompany(munich, { companyName: "c-4" }, ctx)).toBe(2);
    expect(gradeCompany(fiveAxis, { companyName: "c-4" }, ctx)).toBe(0);
  });
});

describe("judgeLine and validateLine", () => {
  const line: IntentLine = { id: "r-001", lang: "en", text: "machining around Plovdiv", class: ["place-ranking"], intent: { capabilities: ["MACH"], city: "Plovdiv" } };

  it("writes the queries.public.jsonl shape, grade 2 before grade 1", () => {
    expect(judgeLine(line, [nearby, munich, karlovo, fiveAxis], ctx)).toEqual({
      id: "r-001",
      text: "machining around Plovdiv",
      lang: "en",
      filters: {},
      relevant: { "c-1": 2, "c-3": 1 },
      tags: ["place-ranking"],
    });
  });

  it("rejects unknown codes, cities, keys and companies", () => {
    const ids = new Set(["c-1"]);
    expect(validateLine(line, ctx, ids)).toEqual([]);
    const bad = { ...line, class: ["nope"], intent: { capabilities: ["MACH.NOPE"], city: "Atlantis", materials: ["wood"], companyName: "c-404", capabilitiesMode: "all" } } as unknown as IntentLine;
    expect(validateLine(bad, ctx, ids)).toEqual(
      expect.arrayContaining([
        "unknown class nope",
        "unknown capability MACH.NOPE",
        "unknown city Atlantis",
        "unknown material wood",
        "unknown company c-404",
        "unknown intent key capabilitiesMode",
      ]),
    );
  });
});
