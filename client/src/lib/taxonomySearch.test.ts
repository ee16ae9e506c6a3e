import { describe, expect, it } from "vitest";
import { indexTerms, labelIn, searchTerms, type SearchableTerm } from "./taxonomySearch.ts";

const terms: SearchableTerm[] = [
  { code: "MACH", isGroup: true, labels: { bg: "Механична обработка", en: "Machining", de: "Zerspanung" }, synonyms: {} },
  {
    code: "MACH.CNC_MILLING",
    labels: { bg: "ЦПУ фрезоване", en: "CNC milling", de: "CNC-Fräsen", pl: "Frezowanie CNC", hu: "CNC marás" },
    synonyms: { de: ["Fräsbearbeitung", "Fräsen"], bg: ["фрезови детайли"] },
  },
  { code: "MACH.CNC_TURNING", labels: { bg: "ЦПУ струговане", en: "CNC turning", de: "CNC-Drehen" }, synonyms: { de: ["Drehteile"] } },
  { code: "JOIN.MIG_MAG", labels: { bg: "MIG/MAG заваряване", en: "MIG/MAG welding", de: "MIG/MAG-Schweißen" }, synonyms: { en: ["gas metal arc welding"] } },
];
const index = indexTerms(terms);

describe("taxonomy search", () => {
  it("finds a term by a German word and shows it in the reader's language with what matched", () => {
    const [first] = searchTerms(index, "Fräsen", "bg");
    expect(first).toEqual({ code: "MACH.CNC_MILLING", label: "ЦПУ фрезоване", matched: { text: "Fräsen", lang: "de" } });
    expect(searchTerms(index, "frasen", "en")[0]?.code).toBe("MACH.CNC_MILLING");
  });

  it("finds Bulgarian typed in Latin letters and in Cyrillic", () => {
    expect(searchTerms(index, "frezovane", "en").map((m) => m.code)).toEqual(["MACH.CNC_MILLING"]);
    expect(searchTerms(index, "струг", "de")[0]).toMatchObject({ code: "MACH.CNC_TURNING", label: "CNC-Drehen", matched: { text: "ЦПУ струговане", lang: "bg" } });
  });

  it("needs every word, ranks label prefixes first and leaves groups and chosen terms out", () => {
    expect(searchTerms(index, "cnc", "en").map((m) => m.code)).toEqual(["MACH.CNC_MILLING", "MACH.CNC_TURNING"]);
    expect(searchTerms(index, "cnc weld", "en")).toEqual([]);
    expect(searchTerms(index, "arc welding", "en")[0]).toMatchObject({ code: "JOIN.MIG_MAG", matched: { text: "gas metal arc welding" } });
    expect(searchTerms(index, "machining", "en")).toEqual([]);
    expect(searchTerms(index, "machining", "en", { includeGroups: true })[0]?.code).toBe("MACH");
    expect(searchTerms(index, "cnc", "en", { exclude: ["MACH.CNC_MILLING"] }).map((m) => m.code)).toEqual(["MACH.CNC_TURNING"]);
    expect(searchTerms(index, "  ", "en")).toEqual([]);
  });

  it("labels in the reader's language, else English", () => {
    expect(labelIn(terms[2]!, "hu")).toBe("CNC turning");
    expect(labelIn(terms[1]!, "hu")).toBe("CNC marás");
  });
});
