import { describe, expect, it } from "vitest";
import { filterableFields, searchableFields, sortableFields } from "../documents.ts";
import { indexSettings, localizedAttributes, synonymMap } from "./settings.ts";

describe("synonymMap", () => {
  it("maps every term of a group to all the others, lower-cased", () => {
    expect(synonymMap([["CNC", "ЦПУ", "  Computer  Numerical Control "]])).toEqual({
      cnc: ["цпу", "computer numerical control"],
      цпу: ["cnc", "computer numerical control"],
      "computer numerical control": ["cnc", "цпу"],
    });
  });

  it("merges groups sharing a term and ignores empty or single-term groups", () => {
    expect(synonymMap([["Fräsen", "milling"], ["milling", "frezowanie"], ["solo"], [], ["", " "], ["A", "a"]])).toEqual({
      fräsen: ["milling"],
      milling: ["fräsen", "frezowanie"],
      frezowanie: ["milling"],
    });
  });
});

describe("localizedAttributes", () => {
  it("tags per-language company fields and leaves the Latin transliteration to detection", () => {
    expect(localizedAttributes("companies")).toEqual([
      { attributePatterns: ["description_bg"], locales: ["bul"] },
      { attributePatterns: ["description_en"], locales: ["eng"] },
      { attributePatterns: ["description_de"], locales: ["deu"] },
      { attributePatterns: ["description_pl"], locales: ["pol"] },
      { attributePatterns: ["description_hu"], locales: ["hun"] },
    ]);
  });

  it("groups opportunity titles and descriptions by language", () => {
    expect(localizedAttributes("opportunities")).toEqual([
      { attributePatterns: ["title_bg", "description_bg"], locales: ["bul"] },
      { attributePatterns: ["title_en", "description_en"], locales: ["eng"] },
      { attributePatterns: ["title_de", "description_de"], locales: ["deu"] },
      { attributePatterns: ["title_pl", "description_pl"], locales: ["pol"] },
      { attributePatterns: ["title_hu", "description_hu"], locales: ["hun"] },
    ]);
  });
});

describe("indexSettings", () => {
  it("declares the documents' fields, in importance order, and the chosen relevance settings", () => {
    const settings = indexSettings("companies", { synonyms: [["cnc", "цпу"]] });
    expect(settings).toEqual({
      searchableAttributes: [...searchableFields.companies, "rankAnchor", "rankPrefer"],
      filterableAttributes: [...filterableFields.companies],
      sortableAttributes: [...sortableFields.companies],
      rankingRules: ["words", "typo", "sort", "proximity", "attribute", "exactness", "profileQuality:desc", "id:asc"],
      synonyms: { cnc: ["цпу"], цпу: ["cnc"] },
      typoTolerance: {
        enabled: true,
        minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
        disableOnNumbers: true,
        disableOnAttributes: ["rankAnchor", "rankPrefer"],
      },
      localizedAttributes: localizedAttributes("companies"),
      faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { "*": "count" } },
      pagination: { maxTotalHits: 10_000 },
    });
    expect(settings.searchableAttributes?.[0]).toBe("capabilityTerms");
  });

  it("lets geo filtering and distance sorting work on both indexes", () => {
    for (const index of ["companies", "opportunities"] as const) {
      const settings = indexSettings(index, { synonyms: [] });
      expect(settings.filterableAttributes).toContain("_geo");
      expect(settings.sortableAttributes).toContain("_geo");
      expect(settings.rankingRules).toContain("sort");
    }
  });

  it("does not share mutable arrays with documents.ts", () => {
    const settings = indexSettings("companies", { synonyms: [] });
    expect(settings.searchableAttributes).not.toBe(searchableFields.companies);
  });
});
