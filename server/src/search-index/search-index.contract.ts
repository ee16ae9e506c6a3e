import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompanyDocument, OpportunityDocument } from "./documents.ts";
import type { SearchFilter, SearchIndex, SearchRequest, SearchResponse } from "./search-port.ts";

/**
 * Behaviour every SearchIndex engine must share, run against each engine by its own test file.
 * A handful of hand-made firms (Bulgarian with Cyrillic names and Latin forms, German, Polish,
 * Hungarian) in real cities keep every expectation checkable by eye.
 */

const cities = {
  sofia: { lat: 42.6977, lng: 23.3219 },
  plovdiv: { lat: 42.1354, lng: 24.7453 },
  varna: { lat: 43.2141, lng: 27.9147 },
  pernik: { lat: 42.6052, lng: 23.0378 },
  stuttgart: { lat: 48.7758, lng: 9.1829 },
  krakow: { lat: 50.0647, lng: 19.945 },
  gyor: { lat: 47.6875, lng: 17.6504 },
};

type CompanyBasics = Pick<CompanyDocument, "id" | "name" | "nameLatin" | "country" | "city" | "cityLatin" | "_geo">;

function company(basics: CompanyBasics & Partial<CompanyDocument>): CompanyDocument {
  return {
    slug: basics.id,
    legalForm: "",
    countryNames: [],
    region: null,
    regionCodes: [],
    size: null,
    employees: null,
    foundedYear: null,
    verified: false,
    languages: [],
    capabilityCodes: [],
    ownCapabilityCodes: [],
    centralCapabilityCodes: [],
    capabilityTerms: [],
    certificationCodes: [],
    certificationNames: [],
    materialCodes: [],
    materialTerms: [],
    machines: [],
    naceCodes: [],
    exportMarkets: [],
    clusterSlugs: [],
    seekTypes: [],
    seekCapabilityCodes: [],
    description_bg: "",
    description_en: "",
    description_de: "",
    description_pl: "",
    description_hu: "",
    description_bg_latin: "",
    ...basics,
  };
}

const sofiaMilling = company({
  id: "bg-sofia-milling",
  region: "BG41",
  regionCodes: ["BG41", "BG4"],
  name: "Прецизна Механика ООД",
  nameLatin: "Precizna Mehanika OOD",
  country: "BG",
  city: "София",
  cityLatin: "Sofia",
  _geo: cities.sofia,
  employees: 120,
  foundedYear: 1995,
  verified: true,
  capabilityCodes: ["machining", "machining.milling"],
  ownCapabilityCodes: ["machining.milling"],
  capabilityTerms: ["фрезоване", "frezovane", "milling", "Fräsen", "frezowanie", "marás"],
  description_bg: "Фрезоване на детайли от алуминий.",
  description_bg_latin: "Frezovane na detaili ot aluminiy.",
});

const plovdivWelding = company({
  id: "bg-plovdiv-welding",
  region: "BG42",
  regionCodes: ["BG42", "BG4"],
  name: "Тракия Метал АД",
  nameLatin: "Trakia Metal AD",
  country: "BG",
  city: "Пловдив",
  cityLatin: "Plovdiv",
  _geo: cities.plovdiv,
  employees: 45,
  foundedYear: 2004,
  capabilityCodes: ["welding"],
  ownCapabilityCodes: ["welding"],
  capabilityTerms: ["заваряване", "zavaryavane", "welding", "Schweißen", "spawanie", "hegesztés"],
  description_bg: "Заваряване на стоманени конструкции.",
});

const varnaCnc = company({
  id: "bg-varna-cnc",
  region: "BG33",
  regionCodes: ["BG33", "BG3"],
  name: "Морски Системи ЕООД",
  nameLatin: "Morski Sistemi EOOD",
  country: "BG",
  city: "Варна",
  cityLatin: "Varna",
  _geo: cities.varna,
  employees: 30,
  capabilityCodes: ["machining"],
  ownCapabilityCodes: ["machining"],
  capabilityTerms: ["CNC machining"],
  description_en: "CNC machining for shipyards.",
});

const pernikCpu = company({
  id: "bg-pernik-cpu",
  region: "BG41",
  regionCodes: ["BG41", "BG4"],
  name: "Струма Инженеринг ООД",
  nameLatin: "Struma Inzhenering OOD",
  country: "BG",
  city: "Перник",
  cityLatin: "Pernik",
  _geo: cities.pernik,
  employees: 12,
  capabilityCodes: ["machining"],
  ownCapabilityCodes: ["machining"],
  capabilityTerms: ["ЦПУ обработка"],
  description_bg: "ЦПУ обработка на малки серии.",
});

const burgasNoLocation = company({
  id: "bg-no-location",
  name: "Онлайн Дизайн ЕООД",
  nameLatin: "Onlain Dizain EOOD",
  country: "BG",
  city: "Бургас",
  cityLatin: "Burgas",
  _geo: null,
  capabilityCodes: ["design"],
  ownCapabilityCodes: ["design"],
  capabilityTerms: ["проектиране", "design"],
});

const stuttgartTurning = company({
  id: "de-stuttgart-turning",
  region: "DE11",
  regionCodes: ["DE11", "DE1"],
  name: "Schwaben Präzision GmbH",
  nameLatin: "Schwaben Prazision GmbH",
  country: "DE",
  city: "Stuttgart",
  cityLatin: "Stuttgart",
  _geo: cities.stuttgart,
  employees: 300,
  foundedYear: 1978,
  verified: true,
  capabilityCodes: ["machining", "machining.turning"],
  ownCapabilityCodes: ["machining.turning"],
  capabilityTerms: ["Drehen", "turning", "струговане"],
  description_de: "Präzisionsdrehteile für die Industrie.",
  description_en: 'Turning & drilling for "<automotive>" clients.',
});

const krakowCasting = company({
  id: "pl-krakow-casting",
  region: "PL21",
  regionCodes: ["PL21", "PL2"],
  name: "Kraków Odlewnia Sp. z o.o.",
  nameLatin: "Krakow Odlewnia Sp. z o.o.",
  country: "PL",
  city: "Kraków",
  cityLatin: "Krakow",
  _geo: cities.krakow,
  employees: 80,
  capabilityCodes: ["casting"],
  ownCapabilityCodes: ["casting"],
  capabilityTerms: ["odlewanie", "casting", "Gießen"],
  description_pl: "Odlewy aluminiowe dla przemysłu.",
});

const gyorWelding = company({
  id: "hu-gyor-welding",
  region: "HU22",
  regionCodes: ["HU22", "HU2"],
  name: "Győri Fémmegmunkáló Kft.",
  nameLatin: "Gyori Femmegmunkalo Kft.",
  country: "HU",
  city: "Győr",
  cityLatin: "Gyor",
  _geo: cities.gyor,
  employees: 200,
  verified: true,
  capabilityCodes: ["welding"],
  ownCapabilityCodes: ["welding"],
  capabilityTerms: ["hegesztés", "welding"],
  description_hu: "Hegesztett acélszerkezetek gyártása.",
});

const companies = [
  sofiaMilling,
  plovdivWelding,
  varnaCnc,
  pernikCpu,
  burgasNoLocation,
  stuttgartTurning,
  krakowCasting,
  gyorWelding,
];

function opportunity(fields: Pick<OpportunityDocument, "id" | "title_en" | "deadlineDay" | "anonymous">): OpportunityDocument {
  return {
    type: "subcontracting",
    title_bg: "",
    title_de: "",
    title_pl: "",
    title_hu: "",
    description_bg: "",
    description_en: "",
    description_de: "",
    description_pl: "",
    description_hu: "",
    capabilityCodes: ["welding"],
    ownCapabilityCodes: ["welding"],
    capabilityTerms: ["welding"],
    certificationCodes: [],
    targetCountries: ["BG"],
    openTo: ["BG"],
    cooperationTypes: [],
    publishedMinute: 0,
    ownerCountry: "BG",
    ownerCompanyId: fields.anonymous ? null : plovdivWelding.id,
    ownerName: fields.anonymous ? null : plovdivWelding.name,
    ownerNameLatin: fields.anonymous ? null : plovdivWelding.nameLatin,
    _geo: cities.plovdiv,
    ...fields,
  };
}

const opportunities = [
  opportunity({ id: "opp-late", title_en: "Welded frames wanted", deadlineDay: 20_600, anonymous: false }),
  opportunity({ id: "opp-early", title_en: "Welded brackets wanted", deadlineDay: 20_500, anonymous: true }),
];

function companyRequest(overrides: Partial<SearchRequest> = {}): SearchRequest {
  return { index: "companies", text: "", filters: [], offset: 0, limit: 20, ...overrides };
}

function ids(response: SearchResponse<unknown>): string[] {
  return response.hits.map((hit) => hit.id);
}

function idsOf(documents: readonly { id: string }[]): string[] {
  return documents.map((document) => document.id).sort();
}

function countValues(documents: readonly CompanyDocument[], field: "country" | "capabilityCodes"): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const document of documents) {
    for (const value of ([] as string[]).concat(document[field])) counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

export function describeSearchIndexContract(name: string, createIndex: () => Promise<SearchIndex>): void {
  describe(`SearchIndex contract: ${name}`, () => {
    let index: SearchIndex;

    const search = (overrides: Partial<SearchRequest>) => index.search<CompanyDocument>(companyRequest(overrides));
    const filtered = async (...filters: SearchFilter[]) => ids(await search({ filters })).sort();

    beforeAll(async () => {
      index = await createIndex();
      await index.configure({ synonyms: [["cnc", "цпу"]] });
      await index.upsert("companies", companies);
      await index.upsert("opportunities", opportunities);
    });

    afterAll(async () => {
      await index?.close();
    });

    it("holds the documents it was given", async () => {
      expect(await index.count("companies")).toBe(companies.length);
      expect(await index.count("opportunities")).toBe(opportunities.length);
    });

    it("returns each hit's document as it was indexed", async () => {
      const response = await search({ filters: [{ kind: "anyOf", field: "country", values: ["DE"] }] });
      expect(response.hits).toHaveLength(1);
      expect(response.hits[0]?.id).toBe(stuttgartTurning.id);
      expect(response.hits[0]?.document).toEqual(stuttgartTurning);
    });

    describe("text", () => {
      it("finds a firm by a Cyrillic word", async () => {
        expect(ids(await search({ text: "фрезоване", locales: ["bg"] }))).toContain(sofiaMilling.id);
        expect(ids(await search({ text: "Пловдив" }))).toContain(plovdivWelding.id);
      });

      it("finds a Bulgarian firm by the Latin form of its city", async () => {
        const found = ids(await search({ text: "Plovdiv", locales: ["en"] }));
        expect(found).toContain(plovdivWelding.id);
        expect(found).not.toContain(varnaCnc.id);
      });

      it("tolerates one typo in a longer word", async () => {
        expect(ids(await search({ text: "frezuvane" }))).toContain(sofiaMilling.id);
        expect(ids(await search({ text: "Stutgart" }))).toContain(stuttgartTurning.id);
      });

      it("matches configured synonyms in both directions and across scripts", async () => {
        const fromCyrillic = ids(await search({ text: "ЦПУ" }));
        expect(fromCyrillic).toContain(varnaCnc.id);
        expect(fromCyrillic).toContain(pernikCpu.id);
        const fromLatin = ids(await search({ text: "cnc" }));
        expect(fromLatin).toContain(pernikCpu.id);
        expect(fromLatin).toContain(varnaCnc.id);
      });

      it("combines text with filters", async () => {
        const response = await search({ text: "welding", filters: [{ kind: "noneOf", field: "country", values: ["HU"] }] });
        expect(ids(response)).toEqual([plovdivWelding.id]);
        expect(response.total).toBe(1);
      });

      it("returns every filtered document for empty text", async () => {
        const response = await search({ filters: [{ kind: "anyOf", field: "country", values: ["BG"] }] });
        const bulgarian = companies.filter((document) => document.country === "BG");
        expect(ids(response).sort()).toEqual(idsOf(bulgarian));
        expect(response.total).toBe(bulgarian.length);
      });
    });

    describe("filters", () => {
      it("anyOf matches a scalar field holding one of the values", async () => {
        expect(await filtered({ kind: "anyOf", field: "country", values: ["DE", "PL"] })).toEqual(
          idsOf([stuttgartTurning, krakowCasting]),
        );
      });

      it("anyOf matches an array field containing one of the values", async () => {
        expect(await filtered({ kind: "anyOf", field: "capabilityCodes", values: ["welding", "casting"] })).toEqual(
          idsOf([plovdivWelding, krakowCasting, gyorWelding]),
        );
      });

      it("anyOf on regionCodes keeps the firms of a NUTS-2 region, or of every region under a NUTS-1 code", async () => {
        expect(await filtered({ kind: "anyOf", field: "regionCodes", values: ["BG41"] })).toEqual(idsOf([sofiaMilling, pernikCpu]));
        expect(await filtered({ kind: "anyOf", field: "regionCodes", values: ["BG4"] })).toEqual(idsOf([sofiaMilling, plovdivWelding, pernikCpu]));
        expect(await filtered({ kind: "anyOf", field: "regionCodes", values: ["DE1", "HU22"] })).toEqual(idsOf([stuttgartTurning, gyorWelding]));
      });

      it("anyOf works on booleans", async () => {
        expect(await filtered({ kind: "anyOf", field: "verified", values: [true] })).toEqual(
          idsOf(companies.filter((document) => document.verified)),
        );
      });

      it("anyOf with no values matches nothing", async () => {
        const response = await search({ filters: [{ kind: "anyOf", field: "country", values: [] }] });
        expect(response.hits).toEqual([]);
        expect(response.total).toBe(0);
      });

      it("noneOf excludes the values", async () => {
        expect(await filtered({ kind: "noneOf", field: "country", values: ["BG"] })).toEqual(
          idsOf([stuttgartTurning, krakowCasting, gyorWelding]),
        );
        expect(await filtered({ kind: "noneOf", field: "capabilityCodes", values: ["machining"] })).toEqual(
          idsOf([plovdivWelding, burgasNoLocation, krakowCasting, gyorWelding]),
        );
      });

      it("range keeps numbers within inclusive bounds and skips documents without one", async () => {
        expect(await filtered({ kind: "range", field: "employees", min: 45, max: 200 })).toEqual(
          idsOf([sofiaMilling, plovdivWelding, krakowCasting, gyorWelding]),
        );
        expect(await filtered({ kind: "range", field: "employees", min: 150 })).toEqual(
          idsOf([stuttgartTurning, gyorWelding]),
        );
        expect(await filtered({ kind: "range", field: "foundedYear", max: 1999 })).toEqual(
          idsOf([sofiaMilling, stuttgartTurning]),
        );
      });

      it("geoRadius keeps documents within the distance", async () => {
        const nearSofia = await filtered({ kind: "geoRadius", center: cities.sofia, radiusKm: 50 });
        expect(nearSofia).toEqual(idsOf([sofiaMilling, pernikCpu]));
        expect(nearSofia).not.toContain(plovdivWelding.id);
      });

      it("filters are combined with AND", async () => {
        expect(
          await filtered(
            { kind: "anyOf", field: "country", values: ["BG"] },
            { kind: "anyOf", field: "capabilityCodes", values: ["machining"] },
            { kind: "range", field: "employees", max: 50 },
          ),
        ).toEqual(idsOf([varnaCnc, pernikCpu]));
      });
    });

    describe("facets", () => {
      it("counts values over all matches, not just the page", async () => {
        const response = await search({ limit: 1, facets: ["country", "capabilityCodes"] });
        expect(response.hits).toHaveLength(1);
        expect(response.facets.country).toEqual(countValues(companies, "country"));
        expect(response.facets.capabilityCodes).toEqual(countValues(companies, "capabilityCodes"));
      });

      it("counts only documents that match the text and filters", async () => {
        const response = await search({ text: "welding", limit: 1, facets: ["country"] });
        expect(response.facets.country).toEqual({ BG: 1, HU: 1 });
      });
    });

    describe("sorting and pages", () => {
      it("sorts by distance from a point, documents without a location last", async () => {
        const response = await search({
          filters: [{ kind: "anyOf", field: "country", values: ["BG"] }],
          sort: { kind: "distance", from: cities.sofia },
        });
        expect(ids(response)).toEqual([
          sofiaMilling.id,
          pernikCpu.id,
          plovdivWelding.id,
          varnaCnc.id,
          burgasNoLocation.id,
        ]);
      });

      it("sorts by a field in either direction", async () => {
        const byName = [...companies].sort((a, b) => a.nameLatin.localeCompare(b.nameLatin)).map((document) => document.id);
        const ascending = await search({ sort: { kind: "field", field: "nameLatin", direction: "asc" } });
        expect(ids(ascending)).toEqual(byName);
        const byEmployees = await search({
          filters: [{ kind: "range", field: "employees", min: 0 }],
          sort: { kind: "field", field: "employees", direction: "desc" },
          limit: 3,
        });
        expect(ids(byEmployees)).toEqual([stuttgartTurning.id, gyorWelding.id, sofiaMilling.id]);
      });

      it("pages with offset and limit: disjoint pages, stable total", async () => {
        const sort = { kind: "field", field: "nameLatin", direction: "asc" } as const;
        const pages = await Promise.all([0, 3, 6].map((offset) => search({ sort, offset, limit: 3 })));
        expect(pages.map((page) => page.hits.length)).toEqual([3, 3, companies.length - 6]);
        expect(pages.map((page) => page.total)).toEqual([companies.length, companies.length, companies.length]);
        const all = pages.flatMap(ids);
        expect(new Set(all).size).toBe(companies.length);
        expect(all).toEqual(ids(await search({ sort })));
      });

      it("breaks every tie by id, also after the documents were indexed again", async () => {
        // Identical firms but for the id, indexed out of order: nothing but the id tells them apart.
        const twin = (id: string) => company({ id, name: "Tiebreak Twins", nameLatin: "Tiebreak Twins", country: "ZZ", city: "Sofia", cityLatin: "Sofia", _geo: cities.sofia });
        const twins = ["tie-c", "tie-a", "tie-d", "tie-b"];
        await index.upsert("companies", twins.map(twin));
        try {
          const inZz: SearchFilter = { kind: "anyOf", field: "country", values: ["ZZ"] };
          const orders = async () => [
            ids(await search({ filters: [inZz] })),
            ids(await search({ filters: [inZz], text: "Tiebreak" })),
            ids(await search({ filters: [inZz], sort: { kind: "field", field: "nameLatin", direction: "desc" } })),
            ids(await search({ filters: [inZz], sort: { kind: "distance", from: cities.plovdiv } })),
            [...ids(await search({ filters: [inZz], limit: 2 })), ...ids(await search({ filters: [inZz], offset: 2, limit: 2 }))],
          ];
          const sorted = [...twins].sort();
          expect(await orders()).toEqual(Array.from({ length: 5 }, () => sorted));
          await index.upsert("companies", [twin("tie-a"), twin("tie-b")]);
          expect(await orders()).toEqual(Array.from({ length: 5 }, () => sorted));
        } finally {
          await index.delete("companies", twins);
        }
      });
    });

    describe("ties", () => {
      it("puts the fuller profile first among documents the query ranks alike, the id deciding only then", async () => {
        const firm = (id: string, profileQuality: number) =>
          company({ id, name: "Quality Twins", nameLatin: "Quality Twins", country: "XQ", city: "Sofia", cityLatin: "Sofia", _geo: cities.sofia, profileQuality });
        const firms = [firm("qual-a", 10), firm("qual-b", 80), firm("qual-c", 80), firm("qual-d", 40)];
        await index.upsert("companies", firms);
        try {
          const inXq: SearchFilter = { kind: "anyOf", field: "country", values: ["XQ"] };
          const expected = ["qual-b", "qual-c", "qual-d", "qual-a"];
          expect(ids(await search({ filters: [inXq] }))).toEqual(expected);
          expect(ids(await search({ filters: [inXq], textMode: "rank", text: "twins" }))).toEqual(expected);
          expect(ids(await search({ filters: [inXq], sort: { kind: "distance", from: cities.plovdiv } }))).toEqual(expected);
        } finally {
          await index.delete("companies", firms.map((f) => f.id));
        }
      });
    });

    describe("ranking text", () => {
      // Firms of their own country, ids in alphabetical order; the ones using the words have the later ids.
      const firm = (id: string, city: keyof typeof cities, description: string, central: string[] = []) =>
        company({
          id, name: `Rank ${id}`, nameLatin: `Rank ${id}`, country: "YY", city, cityLatin: city, _geo: cities[city],
          description_en: description, centralCapabilityCodes: central,
        });
      const plain = firm("rank-a", "sofia", "Contract manufacturing.", ["machining"]);
      const farOne = firm("rank-b", "varna", "We make gearbox parts.");
      const both = firm("rank-c", "plovdiv", "We make gearbox housings.");
      const nearNone = firm("rank-d", "pernik", "Contract manufacturing.");
      const central = firm("rank-e", "pernik", "We make gearbox parts.", ["machining"]);
      const inYy: SearchFilter = { kind: "anyOf", field: "country", values: ["YY"] };
      const rank = (overrides: Partial<SearchRequest>) => search({ filters: [inYy], textMode: "rank", ...overrides });

      beforeAll(async () => {
        await index.upsert("companies", [both, nearNone, central, farOne, plain]);
      });

      afterAll(async () => {
        await index.delete("companies", ["rank-a", "rank-b", "rank-c", "rank-d", "rank-e"]);
      });

      it("keeps every filtered document, those matching more of the words first, not in id order", async () => {
        const response = await rank({ text: "gearbox housings" });
        expect(ids(response)).toEqual([both.id, farOne.id, central.id, plain.id, nearNone.id]);
        expect(response.total).toBe(5);
      });

      it("pages through the same order without losing a document", async () => {
        const all = ids(await rank({ text: "gearbox housings" }));
        const pages = await Promise.all([0, 2, 4].map((offset) => rank({ text: "gearbox housings", offset, limit: 2 })));
        expect(pages.flatMap(ids)).toEqual(all);
        expect(pages.map((page) => page.total)).toEqual([5, 5, 5]);
      });

      it("prefers the given values among documents matching as many words, never over a document matching more", async () => {
        const found = ids(await rank({ text: "gearbox", prefer: { field: "centralCapabilityCodes", values: ["machining"] } }));
        expect(found[0]).toBe(central.id);
        expect(found.slice(1, 3).sort()).toEqual([farOne.id, both.id]);
        expect(found.slice(3)).toEqual([plain.id, nearNone.id]);
      });

      it("orders documents matching as many words by distance, a far match before a near non-match", async () => {
        const response = await rank({ text: "gearbox", sort: { kind: "distance", from: cities.sofia } });
        expect(ids(response)).toEqual([central.id, both.id, farOne.id, plain.id, nearNone.id]);
      });

      it("is the filter and the sort alone without words", async () => {
        expect(ids(await rank({ text: "  " }))).toEqual([plain.id, farOne.id, both.id, nearNone.id, central.id]);
        expect(ids(await rank({ text: "", sort: { kind: "distance", from: cities.sofia } }))).toEqual([
          plain.id, nearNone.id, central.id, both.id, farOne.id,
        ]);
      });
    });

    describe("highlights", () => {
      it("wraps the matched word in <mark>", async () => {
        const response = await search({ text: "Plovdiv", highlight: ["cityLatin"] });
        const hit = response.hits.find((candidate) => candidate.id === plovdivWelding.id);
        expect(hit?.highlights.cityLatin).toBe("<mark>Plovdiv</mark>");
      });

      it("escapes the document's own markup around the marks", async () => {
        const response = await search({ text: "automotive", highlight: ["description_en"] });
        const highlighted = response.hits.find((candidate) => candidate.id === stuttgartTurning.id)?.highlights.description_en;
        expect(highlighted).toContain("<mark>automotive</mark>");
        expect(highlighted).toContain("&amp;");
        expect(highlighted?.replaceAll("<mark>", "").replaceAll("</mark>", "")).not.toMatch(/[<>]/);
      });
    });

    it("answers several searches at once, in order", async () => {
      const requests: SearchRequest[] = [
        companyRequest({ text: "welding" }),
        {
          index: "opportunities",
          text: "",
          filters: [{ kind: "anyOf", field: "anonymous", values: [false] }],
          offset: 0,
          limit: 10,
        },
        {
          index: "opportunities",
          text: "",
          filters: [],
          sort: { kind: "field", field: "deadlineDay", direction: "asc" },
          offset: 0,
          limit: 10,
        },
      ];
      const [welding, named, byDeadline] = await index.multiSearch(requests);
      expect(ids(welding!).sort()).toEqual(idsOf([plovdivWelding, gyorWelding]));
      expect(ids(named!)).toEqual(["opp-late"]);
      expect(ids(byDeadline!)).toEqual(["opp-early", "opp-late"]);
    });

    describe("writes", () => {
      it("upserting an existing id replaces the document", async () => {
        const original = company({ ...krakowCasting, id: "tmp-upsert", name: "Alpha Zephyrion", nameLatin: "Alpha Zephyrion" });
        await index.upsert("companies", [original]);
        // Searched before the change too: nothing read for an earlier search may hide the new text.
        expect(ids(await search({ text: "Quillbrook" }))).not.toContain("tmp-upsert");
        await index.upsert("companies", [{ ...original, name: "Omega Quillbrook", nameLatin: "Omega Quillbrook" }]);
        expect(await index.count("companies")).toBe(companies.length + 1);
        const found = await search({ text: "Quillbrook" });
        expect(found.hits.filter((hit) => hit.id === "tmp-upsert").map((hit) => hit.document.name)).toEqual([
          "Omega Quillbrook",
        ]);
        expect(ids(await search({ text: "Zephyrion" }))).not.toContain("tmp-upsert");
        await index.delete("companies", ["tmp-upsert"]);
      });

      it("delete removes a document", async () => {
        const doomed = company({ ...gyorWelding, id: "tmp-delete", name: "Quokkaquarry Kft.", nameLatin: "Quokkaquarry Kft." });
        await index.upsert("companies", [doomed]);
        expect(ids(await search({ text: "Quokkaquarry" }))).toContain("tmp-delete");
        await index.delete("companies", ["tmp-delete", "never-indexed"]);
        expect(await index.count("companies")).toBe(companies.length);
        expect(ids(await search({ text: "Quokkaquarry" }))).not.toContain("tmp-delete");
      });

      it("clear empties one index and leaves the other", async () => {
        await index.clear("opportunities");
        expect(await index.count("opportunities")).toBe(0);
        expect((await index.search({ index: "opportunities", text: "", filters: [], offset: 0, limit: 5 })).hits).toEqual([]);
        expect(await index.count("companies")).toBe(companies.length);
      });
    });
  });
}
