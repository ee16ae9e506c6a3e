import { describe, expect, it } from "vitest";
import { parseQuery } from "./parse-query.ts";
import { regionLabel } from "./regions.ts";
import { demoLexicon } from "../../../test/demo-lexicon.ts";

const lexicon = demoLexicon();

const regionsOf = (q: string) => parseQuery(q, lexicon).regions.map((r) => r.code);

describe("regions in queries", () => {
  it.each([
    // Austria: local and foreign names, inflections
    ["Frästeile aus Alu in Niederösterreich", "AT12"],
    ["Lohnfertigung niederösterreichische Betriebe", "AT12"],
    ["heat treaters in Lower Austria", "AT12"],
    ["WIG-Schweißen Oberösterreich", "AT31"],
    ["Feuerverzinkerei in Kärnten", "AT21"],
    ["Blechbearbeitung Steiermark", "AT22"],
    // Poland: voivodeships, everyday names, locative forms
    ["spawanie Dolny Śląsk", "PL51"],
    ["spawanie konstrukcji stalowych na Dolnym Śląsku", "PL51"],
    ["cynkownia ogniowa województwo dolnośląskie", "PL51"],
    ["frezowanie w województwie dolnośląskim", "PL51"],
    ["usługi frezowania CNC na Mazowszu", "PL9"],
    ["frezowanie Mazowsze", "PL9"],
    ["firmy mazowieckie obróbka CNC", "PL9"],
    ["montaż pomp ciepła Małopolska", "PL21"],
    ["montaż w Małopolsce", "PL21"],
    ["laser cutting companies in the Silesian Voivodeship", "PL22"],
    ["odlewnia na Śląsku", "PL22"],
    // Hungary: regions, counties, suffixes
    ["lemezalkatrész gyártás Közép-Dunántúl", "HU21"],
    ["turnkey solar farm EPC contractor in Central Transdanubia", "HU21"],
    ["lézervágás Észak-Magyarországon", "HU31"],
    ["gyártók a Dél-Alföldön", "HU33"],
    ["fröccsöntő üzem Baranya megyében", "HU23"],
    ["hegesztés Borsod-Abaúj-Zemplén megye", "HU31"],
    ["wire harness manufacturers in the Northern Great Plain region", "HU32"],
    // Bulgaria: planning regions, definite forms, Latin letters
    ["прахово боядисване в Южен централен район", "BG42"],
    ["заваряване в Южния централен район", "BG42"],
    ["ел.табла Северозападна България", "BG31"],
    ["металообработка Yugozapaden rayon", "BG41"],
    // Germany: Länder (NUTS-1) in three languages
    ["Lohnbeschichtung Pulver Bayern", "DE2"],
    ["Senk- und Drahterodieren in Bayern", "DE2"],
    ["electrical panel builders in Bavaria", "DE2"],
    ["Stahlbauteile aus Sachsen", "DED"],
    ["CNC turning somewhere in Saxony", "DED"],
    ["Stahlbau Sachsen-Anhalt", "DEE"],
    ["Sondermaschinenbauer Baden-Württemberg", "DE1"],
    ["obróbka CNC Bawaria", "DE2"],
  ])("%s → %s", (query, code) => {
    expect(regionsOf(query)).toEqual([code]);
  });

  it("takes the words of the region, never as a capability or free text", () => {
    const p = parseQuery("Lohnhärterei Sachsen", lexicon);
    expect(p.regions).toEqual([{ code: "DED", text: "Sachsen" }]);
    expect(p.capabilities.map((c) => c.code)).not.toContain(undefined);
    expect(p.freeText).not.toContain("Sachsen");
    expect(parseQuery("spawanie na Dolnym Śląsku", lexicon).regions).toEqual([{ code: "PL51", text: "Dolnym Śląsku" }]);
    expect(parseQuery("cynkownia województwo dolnośląskie", lexicon)).toMatchObject({
      regions: [{ code: "PL51", text: "województwo dolnośląskie" }],
      freeText: expect.not.stringContaining("województwo"),
    });
  });

  it("reads the longest name: Sachsen-Anhalt is not Sachsen, Dolny Śląsk not Śląsk, Niedersachsen not Sachsen", () => {
    expect(regionsOf("Sachsen-Anhalt")).toEqual(["DEE"]);
    expect(regionsOf("Dolny Śląsk")).toEqual(["PL51"]);
    expect(regionsOf("Niedersachsen")).toEqual(["DE9"]);
  });

  it("leaves a bare city name to the city, unless a region word stands beside it", () => {
    expect(parseQuery("CNC Wien", lexicon)).toMatchObject({ regions: [], place: { nameLatin: "Wien" } });
    expect(parseQuery("CNC Salzburg", lexicon)).toMatchObject({ regions: [], place: { nameLatin: "Salzburg" } });
    expect(parseQuery("CNC Land Salzburg", lexicon)).toMatchObject({ regions: [{ code: "AT32" }], place: null });
    expect(regionsOf("CNC Plovdiv")).toEqual([]);
    expect(regionsOf("Veszprém")).toEqual([]);
  });

  it("reads a region name opening unknown words as part of a firm's name", () => {
    expect(parseQuery("Pomorze Eko-Term", lexicon)).toMatchObject({ regions: [], freeText: "Pomorze Eko Term" });
    expect(regionsOf("Podkarpacie Termo Sp. z o.o.")).toEqual([]);
    expect(regionsOf("firmy na Pomorzu Eko")).toEqual(["PL63"]);
    expect(regionsOf("Pomorze spawanie")).toEqual(["PL63"]);
  });

  it("does not read common words as regions", () => {
    expect(regionsOf("vas és acél megmunkálás")).toEqual([]);
    expect(regionsOf("Laserschneiden Edelstahl")).toEqual([]);
    expect(regionsOf("spawanie stali nierdzewnej")).toEqual([]);
  });

  it("names regions in the reader's language", () => {
    expect(regionLabel("DED", "de")).toBe("Sachsen");
    expect(regionLabel("DED", "en")).toBe("Saxony");
    expect(regionLabel("DED", "bg")).toBe("Саксония");
    expect(regionLabel("PL51", "en")).toBe("Lower Silesia");
    expect(regionLabel("XX99", "en")).toBe("XX99");
  });
});
