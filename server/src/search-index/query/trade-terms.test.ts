import { describe, expect, it } from "vitest";
import { parseQuery } from "./parse-query.ts";
import { tradeTerms } from "./trade-terms.ts";
import { demoLexicon, demoVocabularyRows } from "../../../test/demo-lexicon.ts";

const rows = demoVocabularyRows();
const lexicon = demoLexicon({ tradeTerms: true });

const read = (q: string) => {
  const p = parseQuery(q, lexicon);
  return {
    capabilities: p.capabilities.map((c) => c.code),
    materials: p.materials.map((c) => c.code),
    certifications: p.certifications.map((c) => c.code),
  };
};

describe("trade vocabulary", () => {
  it("names only codes that exist", () => {
    const codes = {
      capability: new Set(rows.terms.map((t) => t.code)),
      material: new Set(rows.materials.map((m) => m.code)),
      certification: new Set(rows.certifications.map((c) => c.code)),
    };
    expect(tradeTerms.filter((t) => !codes[t.kind].has(t.code))).toEqual([]);
  });

  it("does not repeat the taxonomy's own labels and synonyms", () => {
    const known = new Set(
      [...rows.terms, ...rows.materials].flatMap((r) => [
        ...Object.values((r as { labels: Record<string, string> }).labels),
        ...Object.values((r.synonyms ?? {}) as Record<string, string[]>).flat(),
      ]).map((s) => s.toLowerCase()),
    );
    expect(tradeTerms.filter((t) => t.kind !== "certification" && known.has(t.phrase.toLowerCase()))).toEqual([]);
  });

  it.each([
    // English
    ["machine shop", "MACH"],
    ["turned parts", "MACH.CNC_TURNING"],
    ["stampings", "SHEET.STAMPING"],
    ["weldments", "JOIN"],
    ["press brake", "SHEET.BENDING"],
    ["nitriding", "SURF.HEAT_TREATMENT"],
    // German
    ["Dreherei", "MACH.CNC_TURNING"],
    ["Zerspanungsbetrieb", "MACH"],
    ["Kantteile", "SHEET.BENDING"],
    ["Lohnhärterei", "SURF.HEAT_TREATMENT"],
    ["Feuerverzinkerei", "SURF.GALVANIZING"],
    ["Langdreherei", "MACH.SWISS_TURNING"],
    // Polish
    ["wtryskownia", "PLAS.INJECTION_MOULDING"],
    ["odlewnia", "CAST"],
    ["ocynkownia", "SURF.GALVANIZING"],
    ["spawalnia", "JOIN"],
    ["elementy kute", "CAST.FORGING"],
    ["usługi tokarskie", "MACH.CNC_TURNING"],
    // Hungarian
    ["forgácsoló üzem", "MACH"],
    ["öntöde", "CAST"],
    ["kovácsüzem", "CAST.FORGING"],
    ["sajtolóüzem", "SHEET.STAMPING"],
    ["edzőüzem", "SURF.HEAT_TREATMENT"],
    // Bulgarian, also typed in Latin letters
    ["металоконструкции", "PROD.STEEL_STRUCTURES"],
    ["леярна", "CAST"],
    ["шприцоване", "PLAS.INJECTION_MOULDING"],
    ["абкантиране", "SHEET.BENDING"],
    ["metalokonstruktsii", "PROD.STEEL_STRUCTURES"],
  ])("reads %s as %s", (query, code) => {
    expect(read(query).capabilities).toEqual([code]);
  });

  it.each([
    ["VA", "stainless_steel"],
    ["Niro", "stainless_steel"],
    ["SS304", "stainless_steel"],
    ["nierdzewna", "stainless_steel"],
    ["kwasoodporna", "stainless_steel"],
    ["rozsdamentes", "stainless_steel"],
    ["неръждаема", "stainless_steel"],
    ["черен метал", "steel"],
    ["S355", "steel"],
    ["PEEK", "plastics"],
  ])("reads the material word %s as %s", (query, code) => {
    expect(read(query)).toMatchObject({ materials: [code], capabilities: [] });
  });

  it("reads national forms of standards as the certification", () => {
    expect(read("PN-EN ISO 9001").certifications).toEqual(["ISO_9001"]);
    expect(read("DIN EN 1090").certifications).toEqual(["EN_1090"]);
    expect(read("Druckgeräterichtlinie").certifications).toEqual(["PED"]);
    expect(read("OHSAS 18001").certifications).toEqual(["ISO_45001"]);
  });

  it("keeps a trade word beside a material and a place", () => {
    expect(read("Dreherei Edelstahl")).toMatchObject({ capabilities: ["MACH.CNC_TURNING"], materials: ["stainless_steel"] });
    expect(read("spawalnia stal nierdzewna")).toMatchObject({ capabilities: ["JOIN"], materials: ["stainless_steel"] });
  });

  it.each(["produkcja", "Bearbeitung", "parts", "Teile", "gyártás", "производство", "obróbka", "service", "manufacturing", "firma", "zlecenie", "shop", "üzem", "цех", "alkatrészek", "детайли", "elementy", "сертификат"])(
    "does not read the generic word %s alone as a capability",
    (word) => {
      expect(read(word).capabilities).toEqual([]);
    },
  );
});
