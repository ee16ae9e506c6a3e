import {
  companyFacets,
  companySearchInputSchema,
  facetParamEntries,
  opportunityFacets,
  opportunitySearchInputSchema,
  readFacetParams,
  Vocabulary,
  type FacetRegistry,
  type FacetValueKind,
} from "@cluster-match/shared";
import { describe, expect, it } from "vitest";
import { EmbeddedIndex } from "../search-index/embedded/embedded-index.ts";
import { toFilterExpression } from "../search-index/meilisearch/filter-expression.ts";
import type { IndexName } from "../search-index/search-port.ts";
import { facetCounts, facetFields, facetFilters, valueLabel } from "./search-facets.ts";

/** Two valid values of each kind. */
const samples: Record<FacetValueKind, [string, string]> = {
  country: ["BG", "DE"],
  region: ["DED", "AT12"],
  capability: ["MACH.CNC_MILLING", "SHEET.BENDING"],
  certification: ["ISO_9001", "ISO_14001"],
  material: ["steel", "stainless_steel"],
  size: ["SMALL", "LARGE"],
  cluster: ["green-tech", "machine-building"],
  language: ["bg", "de"],
  opportunityType: ["SUPPLY_REQUEST", "RND_OFFER"],
};

const registries: { index: IndexName; facets: FacetRegistry; input: { parse(value: unknown): Record<string, unknown> } }[] = [
  { index: "companies", facets: companyFacets, input: companySearchInputSchema },
  { index: "opportunities", facets: opportunityFacets, input: opportunitySearchInputSchema },
];

/** A document carrying values in a facet's filter and count fields, and nothing else. */
const documentWith = (id: string, facet: FacetRegistry[string], values: string[]) => ({
  id,
  [facet.field]: values,
  ...(facet.facetField ? { [facet.facetField]: values } : {}),
});

describe.each(registries)("the $index facets", ({ index, facets, input }) => {
  describe.each(Object.entries(facets))("%s", (key, facet) => {
    const values = samples[facet.kind];

    it("round-trips through the URL, dropping malformed values (when it has a parameter)", () => {
      if (facet.param === undefined) {
        expect(facetParamEntries(facets, { [key]: values }).flat(2)).not.toContain(values[0]);
        expect(readFacetParams(facets, new URLSearchParams({ [key]: values[0] }))).not.toHaveProperty(key);
        return;
      }
      const params = new URLSearchParams();
      for (const [param, list] of facetParamEntries(facets, { [key]: values })) for (const v of list) params.append(param, v);
      expect([...params.keys()]).toEqual([facet.param, facet.param]);
      const link = new URLSearchParams(`${params.toString()}&${facet.param}=${encodeURIComponent("not a value!")}&${facet.param}=${values[0]}`);
      expect(readFacetParams(facets, link)).toMatchObject({ [key]: values });
    });

    it("is a list in the search input, at most its maximum", () => {
      expect(input.parse({})[key]).toEqual([]);
      expect(input.parse({ [key]: values })[key]).toEqual(values);
      expect(() => input.parse({ [key]: ["not a value!"] })).toThrow();
      expect(() => input.parse({ [key]: Array.from({ length: facet.max + 1 }, () => values[0]) })).toThrow();
    });

    it("filters the same way in both engines", async () => {
      const filters = facetFilters(facets, { [key]: values });
      const quoted = (v: string) => JSON.stringify(v);
      const expressions =
        facet.match === "all" ? values.map((v) => `${facet.field} IN [${quoted(v)}]`) : [`${facet.field} IN [${values.map(quoted).join(", ")}]`];
      expect(toFilterExpression(index, filters)).toEqual(expressions);

      const engine = new EmbeddedIndex();
      await engine.upsert(index, [documentWith("both", facet, values), documentWith("first", facet, [values[0]]), documentWith("none", facet, [])]);
      const response = await engine.search({ index, text: "", filters, offset: 0, limit: 10, facets: facetFields(facets) });
      expect(response.hits.map((h) => h.id)).toEqual(facet.match === "all" ? ["both"] : ["both", "first"]);
      if (facet.facetField) expect(response.facets[facet.facetField]).toMatchObject({ [values[0]]: facet.match === "all" ? 1 : 2 });
    });
  });
});

describe("the regions facet", () => {
  it("filters on the NUTS codes of the documents, a NUTS-1 code matching its NUTS-2 regions", async () => {
    const filters = facetFilters(companyFacets, { regions: ["DED", "AT12"] });
    expect(toFilterExpression("companies", filters)).toEqual(['regionCodes IN ["DED", "AT12"]']);
    const engine = new EmbeddedIndex();
    await engine.upsert("companies", [
      { id: "dresden", regionCodes: ["DED2", "DED"] },
      { id: "st-poelten", regionCodes: ["AT12", "AT1"] },
      { id: "munich", regionCodes: ["DE21", "DE2"] },
      { id: "unknown", regionCodes: [] },
    ]);
    const response = await engine.search({ index: "companies", text: "", filters, offset: 0, limit: 10 });
    expect(response.hits.map((h) => h.id).sort()).toEqual(["dresden", "st-poelten"]);
  });

  it("names regions in the reader's language", () => {
    const vocabulary = new Vocabulary("de", { terms: [], materials: [], certifications: [] });
    expect(valueLabel("region", { locale: "de", vocabulary })("DED")).toBe("Sachsen");
    expect(valueLabel("region", { locale: "en", vocabulary })("AT12")).toBe("Lower Austria");
    expect(valueLabel("region", { locale: "bg", vocabulary })("PL9")).toBe("Мазовия");
  });
});

describe("facet counts", () => {
  it("label every counted facet in the reader's language, or list nothing", () => {
    const vocabulary = new Vocabulary("de", {
      terms: [{ code: "MACH.CNC_MILLING", group: "MACH", parentCode: null, isGroup: false, labels: { de: "CNC-Fräsen" } }],
      materials: [],
      certifications: [{ code: "ISO_9001", name: "ISO 9001", description: "" }],
    });
    const counts = {
      country: { BG: 2, DE: 3 },
      ownCapabilityCodes: { "MACH.CNC_MILLING": 1 },
      certificationCodes: { ISO_9001: 4 },
      size: { SMALL: 1, LARGE: 0 },
      clusterSlugs: { "green-tech": 5 },
    };
    const sources = { locale: "de", vocabulary, clusterNames: new Map([["green-tech", "Grüne Technologien"]]) };
    expect(facetCounts(companyFacets, counts, sources)).toEqual({
      countries: [
        { value: "DE", label: "Deutschland", count: 3 },
        { value: "BG", label: "Bulgarien", count: 2 },
      ],
      capabilities: [{ value: "MACH.CNC_MILLING", label: "CNC-Fräsen", count: 1 }],
      certifications: [{ value: "ISO_9001", label: "ISO 9001", count: 4 }],
      sizes: [{ value: "SMALL", label: "SMALL", count: 1 }],
      clusters: [{ value: "green-tech", label: "Grüne Technologien", count: 5 }],
    });
    expect(facetCounts(companyFacets, null, sources)).toEqual({ countries: [], capabilities: [], certifications: [], sizes: [], clusters: [] });
    expect(facetFields(opportunityFacets)).toEqual(["type", "ownCapabilityCodes", "ownerCountry"]);
  });
});
