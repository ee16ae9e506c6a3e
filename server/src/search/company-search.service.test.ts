import { beforeAll, describe, expect, it } from "vitest";
import type { CompanyDocument } from "../search-index/documents.ts";
import { createEmbeddedIndex } from "../search-index/embedded/embedded-index.ts";
import type { SearchIndex } from "../search-index/search-port.ts";
import { searchCompanies, type CompanySearchOptions } from "./company-search.service.ts";
import { demoLexicon } from "../../test/demo-lexicon.ts";

const lexicon = demoLexicon();

const plovdiv = { lat: 42.1354, lng: 24.7453 };
const pazardzhik = { lat: 42.1928, lng: 24.3336 };
const laser = "SHEET.LASER_CUTTING";

/** A laser-cutting firm; `own` in the firm's order, main trade first. */
function firm(id: string, geo: { lat: number; lng: number }, own: string[], description: string): CompanyDocument {
  const withAncestors = (codes: string[]) => [...new Set(codes.flatMap((c) => [c.split(".")[0]!, c]))];
  return {
    id, slug: id, name: `Firm ${id}`, nameLatin: `Firm ${id}`, legalForm: "", country: "BG", countryNames: [],
    city: "Пловдив", cityLatin: "Plovdiv", region: "BG42", regionCodes: ["BG42", "BG4"], _geo: geo,
    size: null, employees: null, foundedYear: null, verified: false, languages: [],
    capabilityCodes: withAncestors(own), ownCapabilityCodes: own, centralCapabilityCodes: withAncestors(own.slice(0, 2)),
    capabilityTerms: own.includes(laser) ? ["Laser cutting", "Laserschneiden", "Лазерно рязане"] : [],
    certificationCodes: [], certificationNames: [], materialCodes: [], materialTerms: [], machines: [], naceCodes: [],
    exportMarkets: [], clusterSlugs: [], seekTypes: [], seekCapabilityCodes: [],
    description_bg: "", description_en: description, description_de: "", description_pl: "", description_hu: "", description_bg_latin: "",
  };
}

// Lower ids are peripheral: id order alone would put them first.
const peripheral = firm("c-1", plovdiv, ["JOIN.TIG", "JOIN.MIG_MAG", "SHEET.BENDING", laser], "Welding, bending and painting.");
const central = firm("c-2", pazardzhik, [laser, "SHEET.BENDING"], "Sheet metal subcontractor.");
const shipyards = firm("c-3", plovdiv, ["JOIN.TIG", "SURF.PAINTING", laser], "Steel parts for shipyards.");

describe("company search ranking", () => {
  let index: SearchIndex;
  const ids = async (options: Partial<CompanySearchOptions> & { text: string }) =>
    (await searchCompanies({ search: { index, lexicon: async () => lexicon } }, { page: 1, pageSize: 10, ...options })).hits.map((h) => h.document.id);

  beforeAll(async () => {
    index = await createEmbeddedIndex();
    await index.configure({ synonyms: [] });
    await index.upsert("companies", [peripheral, central, shipyards]);
  });

  it("ranks the firm using a word the query left over first, while the capability still filters", async () => {
    const result = await searchCompanies({ search: { index, lexicon: async () => lexicon } }, { text: "laser cutting for shipyards", page: 1, pageSize: 10 });
    expect(result.interpretation.capabilities.map((c) => c.code)).toEqual([laser]);
    expect(result.interpretation.freeText).toContain("shipyards");
    expect(result.hits.map((h) => h.document.id)).toEqual([shipyards.id, central.id, peripheral.id]);
    expect(result.total).toBe(3);
  });

  it("puts a firm whose main trade is the asked capability before firms doing it on the side", async () => {
    expect((await ids({ text: "laser cutting" }))[0]).toBe(central.id);
    expect((await ids({ text: "", capabilities: [laser] }))[0]).toBe(central.id);
  });

  it("inside a radius, a closer firm doing it on the side does not beat a central one by distance alone", async () => {
    const near = { ...plovdiv, radiusKm: 100 };
    expect(await ids({ text: "laser cutting", near })).toEqual([central.id, peripheral.id, shipyards.id]);
    // A chosen distance order stays distance alone.
    expect(await ids({ text: "laser cutting", near, sort: "distance" })).toEqual([peripheral.id, shipyards.id, central.id]);
  });

  it("keeps a broad group named beside a specific capability as a wish: firms with it first, none dropped", async () => {
    // "TIG" is specific; "Oberflächentechnik" (surface treatment) is the broad group SURF.
    const result = await searchCompanies({ search: { index, lexicon: async () => lexicon } }, { text: "WIG-Schweißen Oberflächentechnik", page: 1, pageSize: 10 });
    expect(result.interpretation.capabilities.map((c) => [c.code, !!c.soft])).toEqual([["JOIN.TIG", false], ["SURF", true]]);
    // Both TIG welders stay; the one that also paints (SURF) comes first and alone meets every wish.
    expect(result.hits.map((h) => [h.document.id, h.misses])).toEqual([[shipyards.id, 0], [peripheral.id, 1]]);
  });

  it("makes the capabilities an or joins alternatives, and keeps a broad group beside them a wish", async () => {
    const result = await searchCompanies({ search: { index, lexicon: async () => lexicon } }, { text: "TIG or laser cutting Oberflächentechnik", page: 1, pageSize: 10 });
    expect(result.interpretation.capabilityMode).toBe("any");
    // Both alternatives and the wish; both alternatives; one alternative.
    expect(result.hits.map((h) => [h.document.id, h.misses])).toEqual([[shipyards.id, 0], [peripheral.id, 1], [central.id, 2]]);
  });
});
