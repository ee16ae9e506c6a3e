import { describe, expect, it } from "vitest";
import { buildLexicon, tokenSimilarity } from "./lexicon.ts";
import { parseQuery } from "./parse-query.ts";
import { places } from "./places.ts";
import { demoLexicon, demoVocabularyRows } from "../../../test/demo-lexicon.ts";

const lexicon = demoLexicon();

const read = (q: string) => {
  const p = parseQuery(q, lexicon);
  return {
    capabilities: p.capabilities.map((c) => c.code),
    mode: p.capabilityMode,
    materials: p.materials.map((c) => c.code),
    certifications: p.certifications.map((c) => c.code),
    countries: p.countries.map((c) => c.code),
    place: p.place?.nameLatin ?? null,
    radiusKm: p.radiusKm,
    freeText: p.freeText,
  };
};

describe("query understanding", () => {
  it("reads the headline example: German words for a Bulgarian firm", () => {
    expect(read("Blechbearbeitung Edelstahl Plovdiv")).toMatchObject({ capabilities: ["SHEET"], materials: ["stainless_steel"], place: "Plovdiv" });
  });

  it("recognises capabilities by label, synonym and abbreviation in five languages", () => {
    expect(read("ЦПУ фрезоване").capabilities).toEqual(["MACH.CNC_MILLING"]);
    expect(read("CNC-Fräsen").capabilities).toEqual(["MACH.CNC_MILLING"]);
    expect(read("frezowanie CNC").capabilities).toEqual(["MACH.CNC_MILLING"]);
    expect(read("CNC marás").capabilities).toEqual(["MACH.CNC_MILLING"]);
    expect(read("WIG-Schweißen").capabilities).toEqual(["JOIN.TIG"]);
    expect(read("SPS Programmierung").capabilities).toEqual(["ENG.PLC"]);
    expect(read("MIG/MAG").capabilities).toEqual(["JOIN.MIG_MAG"]);
  });

  it("accepts inflected forms, typos, missing diacritics and Bulgarian typed in Latin letters", () => {
    expect(read("uslugi frezowania").capabilities).toEqual(["MACH.CNC_MILLING"]);
    expect(read("Batterespeichersysteme").capabilities).toEqual(["GREEN.BATTERY_STORAGE"]);
    expect(read("acelszerkezetek gyartas").capabilities).toEqual(["PROD.STEEL_STRUCTURES"]);
    expect(read("firma za 5-osno frezovane v sofia")).toMatchObject({ capabilities: ["MACH.CNC_5AXIS"], place: "Sofia", freeText: "" });
  });

  it("finds cities in both scripts, exonyms and inflections", () => {
    expect(read("Пловдив").place).toBe("Plovdiv");
    expect(read("plovdiv").place).toBe("Plovdiv");
    expect(read("spawanie w Bydgoszczy").place).toBe("Bydgoszcz");
    expect(read("lézervágás Győrben").place).toBe("Győr");
    expect(read("CNC milling Vienna").place).toBe("Wien");
    expect(read("frezowanie Szekesfehervar").place).toBe("Székesfehérvár");
  });

  it("finds countries by name, adjective and inflected form", () => {
    expect(read("Hungarian laser cutting firms").countries).toEqual(["HU"]);
    expect(read("Zulieferer aus Bulgarien").countries).toEqual(["BG"]);
    expect(read("producent w Polsce").countries).toEqual(["PL"]);
    expect(read("CO-hegesztés Magyarországon").countries).toEqual(["HU"]);
    expect(read("prototípusgyártás bulgáriából").countries).toEqual(["BG"]);
    expect(read("доставчик от Германия").countries).toEqual(["DE"]);
  });

  it("reads distance phrases in every language", () => {
    expect(read("до 75 км от София")).toMatchObject({ place: "Sofia", radiusKm: 75 });
    expect(read("im Umkreis von 50 km um Sofia")).toMatchObject({ place: "Sofia", radiusKm: 50 });
    expect(read("near Kraków (max 20 km)")).toMatchObject({ place: "Kraków", radiusKm: 20 });
    expect(read("do 50 km od Wrocławia")).toMatchObject({ place: "Wrocław", radiusKm: 50 });
    expect(read("Győrtől 50 km-en belül")).toMatchObject({ place: "Győr", radiusKm: 50 });
    expect(read("laser cutting within 30km of Varna")).toMatchObject({ place: "Varna", radiusKm: 30 });
  });

  it("reads certifications and materials", () => {
    expect(read("ISO 3834 welding").certifications).toEqual(["ISO_3834"]);
    expect(read("EN 1090-2 Stahlbau").certifications).toEqual(["EN_1090"]);
    expect(read("IATF 16949").certifications).toEqual(["IATF_16949"]);
    expect(read("frezowanie stali nierdzewnej").materials).toEqual(["stainless_steel"]);
    expect(read("Härten Stahl").materials).toEqual(["steel"]);
    expect(read("Stahlbau").materials).toEqual([]);
  });

  it("tells all-of from any-of", () => {
    expect(read("grinding and milling")).toMatchObject({ capabilities: ["MACH.GRINDING", "MACH.CNC_MILLING"], mode: "all" });
    expect(read("electrical cabinet building or heat pump")).toMatchObject({ mode: "any" });
    expect(read("Laserschneiden oder Plasmaschneiden").mode).toBe("any");
    expect(read("PLC програмиране или роботизирано заваряване").mode).toBe("any");
  });

  it("keeps unknown words as free text and survives hostile input", () => {
    expect(read("Trumpf TruLaser 3030 laser cutting").freeText).toContain("Trumpf");
    expect(read("")).toMatchObject({ capabilities: [], place: null, freeText: "" });
    expect(read("\"; DROP TABLE companies; --")).toMatchObject({ capabilities: [], freeText: "DROP TABLE" });
    // A partial capability word beside unknown words is more likely part of a firm name.
    expect(read("Pomorze Eko-Term")).toMatchObject({ capabilities: [], freeText: "Pomorze Eko Term" });
    expect(() => parseQuery("ж".repeat(100_000), lexicon)).not.toThrow();
    expect(read("0 km от София").radiusKm).toBeNull();
  });
});

describe("query understanding: exact words win over typo readings", () => {
  it("reads a known word as itself, not as a typo of a neighbour", () => {
    expect(read("заваряване в Пловдив").capabilities).toEqual(["JOIN"]);
    expect(read("закаляване").capabilities).toEqual(["SURF.HEAT_TREATMENT"]);
  });
});

describe("query understanding: phrases with function words, swaps and repeated words", () => {
  it("lets function words stand inside a phrase", () => {
    expect(read("доставчик на системи за съхранение на енергия от България")).toMatchObject({
      capabilities: ["GREEN.BATTERY_STORAGE"],
      countries: ["BG"],
    });
  });

  it("counts two swapped letters as one typo", () => {
    expect(read("фрезвои детайли").capabilities).toEqual(["MACH.CNC_MILLING"]);
  });

  it("lets a repeated word serve a second phrase", () => {
    expect(read("assembly of components or PCB assembly")).toMatchObject({
      capabilities: ["ASSY.MECH_ASSEMBLY", "ASSY.PCB_ASSEMBLY"],
      mode: "any",
    });
  });

  it("takes a known word as itself, not as an inflection of another language's word", () => {
    expect(read("Konstruktion Wien")).toMatchObject({ capabilities: ["ENG.CAD_DESIGN"], place: "Wien" });
  });
});

describe("query understanding: typos never invent meaning", () => {
  it("needs the first letter for a typo reading", () => {
    expect(tokenSimilarity("sachsen", "achsen")).toBe(0);
    expect(tokenSimilarity("warna", "varna")).toBeGreaterThan(0);
    // A short word with a long "ending" is another word (a firm's name), not an inflection.
    expect(tokenSimilarity("agrostil", "agro")).toBe(0);
    expect(tokenSimilarity("stali", "stal")).toBeGreaterThan(0);
    expect(read("Stahlbauteile aus Sachsen").capabilities).toEqual(["PROD.STEEL_STRUCTURES"]);
  });

  it("reads country names only as written or inflected, never as a typo", () => {
    expect(read("turnkey solar farm").countries).toEqual([]);
    expect(read("Zulieferer aus Bulgarien").countries).toEqual(["BG"]);
    expect(read("prototípusgyártás bulgáriából").countries).toEqual(["BG"]);
  });

  it("does not read a known name as a typo of a vocabulary word", () => {
    const withRegion = buildLexicon({
      terms: [{ code: "SHEET.BENDING", parentCode: null, labels: { de: "Kanten" }, synonyms: {} }],
      materials: [],
      certifications: [],
      places: [{ name: "Kärnten", nameLatin: "Kärnten", country: "AT", lat: 46.7, lng: 14, aliases: [] }],
    });
    expect(parseQuery("Feuerverzinkerei in Kärnten", withRegion).capabilities).toEqual([]);
    expect(parseQuery("Kantne", withRegion).capabilities.map((c) => c.code)).toEqual(["SHEET.BENDING"]);
  });

  it("keeps common words as themselves, not as a guess at a capability", () => {
    expect(read("aluminiowe profile anodowane na zamówienie")).toMatchObject({ capabilities: ["SURF.ANODIZING"], materials: ["aluminium"] });
    expect(read("maszyny na zamówienie").capabilities).toEqual(["PROD.SPECIAL_MACHINES"]);
  });

  it("keeps real typos working", () => {
    expect(read("Laserschnieden").capabilities).toEqual(["SHEET.LASER_CUTTING"]);
    expect(read("electostatic powder coating").capabilities).toEqual(["SURF.POWDER_COATING"]);
    expect(read("огъване на лиистов метал").capabilities).toContain("SHEET.BENDING");
    expect(read("Batterespeichersysteme Hersteller").capabilities).toEqual(["GREEN.BATTERY_STORAGE"]);
  });
});

describe("query understanding: certificates written together", () => {
  it("reads a scheme with its number glued on", () => {
    expect(read("IATF16949 zertifizierte Stanzerei")).toMatchObject({ certifications: ["IATF_16949"], capabilities: ["SHEET.STAMPING"] });
    expect(read("Schweißbaugruppen nach EN1090 und ISO3834").certifications.sort()).toEqual(["EN_1090", "ISO_3834"]);
    expect(read("ISO9001 and ISO14001 certified").certifications).toEqual(["ISO_9001", "ISO_14001"]);
  });

  it("drops the edition year after a certificate number", () => {
    expect(read("ISO9001:2015 Laserschneiden")).toMatchObject({ certifications: ["ISO_9001"], freeText: "" });
    expect(read("ISO 14001:2015")).toMatchObject({ certifications: ["ISO_14001"], freeText: "" });
  });

  it("leaves other letter-number words alone", () => {
    expect(read("Trumpf TruLaser 3030").certifications).toEqual([]);
    expect(read("Stahlbau EXC2").freeText).toBe("EXC2");
  });
});

describe("firm names", () => {
  const named = buildLexicon({
    ...demoVocabularyRows(),
    places,
    companies: [
      { id: "c-meta", name: "Metatronic Blechbearbeitung GmbH", nameLatin: "Metatronic Blechbearbeitung GmbH" },
      { id: "c-bg", name: "Вихрон ООД", nameLatin: "Vihron OOD" },
      { id: "c-dz", name: "Добруджа Прецизна механика ООД", nameLatin: "Dobrudzha Pretsizna mehanika OOD" },
      { id: "c-pl", name: "Kowalczyk Obróbka Sp. z o.o.", nameLatin: "Kowalczyk Obrobka Sp. z o.o." },
      { id: "c-latin", name: "Termoplast EOOD", nameLatin: "Termoplast EOOD" },
      { id: "c-generic", name: "Laserschneiden Stahl GmbH", nameLatin: "Laserschneiden Stahl GmbH" },
    ],
  });
  const parse = (q: string) => parseQuery(q, named);

  it("recognises a firm's name with or without its legal form", () => {
    for (const q of ["Metatronic Blechbearbeitung GmbH", "Metatronic Blechbearbeitung", "metatronic blechbearbeitung gmbh"]) {
      const p = parse(q);
      expect(p.companies.map((c) => c.code)).toEqual(["c-meta"]);
      expect(p.companies[0]!.text.toLowerCase()).toBe(q.toLowerCase());
    }
    expect(parse("Kowalczyk Obróbka sp. z o.o.").companies.map((c) => c.code)).toEqual(["c-pl"]);
  });

  it("does not read a capability word inside a name as a capability", () => {
    const p = parse("Metatronic Blechbearbeitung GmbH");
    expect(p.capabilities).toEqual([]);
    expect(p.freeText).toBe("Metatronic Blechbearbeitung");
  });

  it("matches a Cyrillic name in Latin letters and the Latin name in Cyrillic", () => {
    expect(parse("Вихрон ООД").companies.map((c) => c.code)).toEqual(["c-bg"]);
    expect(parse("Vihron OOD").companies.map((c) => c.code)).toEqual(["c-bg"]);
    expect(parse("vihron").companies.map((c) => c.code)).toEqual(["c-bg"]);
    expect(parse("Термопласт ЕООД").companies.map((c) => c.code)).toEqual(["c-latin"]);
    // Transliterated another way than the register's ("dj" for "dzh", "c" for "ts").
    expect(parse("dobrudja precizna mehanika plovdiv").companies.map((c) => c.code)).toEqual(["c-dz"]);
  });

  it("reads a city after the name as the place", () => {
    const p = parse("Metatronic Blechbearbeitung GmbH Plovdiv");
    expect(p.companies.map((c) => c.code)).toEqual(["c-meta"]);
    expect(p.place?.nameLatin).toBe("Plovdiv");
    expect(p.capabilities).toEqual([]);
  });

  it("ignores names made only of vocabulary words and partial names", () => {
    expect(parse("Laserschneiden Stahl").companies).toEqual([]);
    expect(parse("Blechbearbeitung Plovdiv").companies).toEqual([]);
    expect(parse("Blechbearbeitung Plovdiv").capabilities.map((c) => c.code)).toEqual(["SHEET"]);
  });
});

describe("query understanding: compounds and stems", () => {
  it("splits compounds against the lexicon and reads their parts in any order", () => {
    expect(read("Aluminiumdruckguss").capabilities).toEqual(["CAST.DIE_CASTING"]);
    expect(read("Druckguss aus Aluminium").capabilities).toEqual(["CAST.DIE_CASTING"]);
    expect(read("Stahlbauteile aus Sachsen").capabilities).toEqual(["PROD.STEEL_STRUCTURES"]);
    // A compound's word is free text once, and not at all when a part of it was read.
    expect(read("Lohnfertigung niederösterreichische Betriebe").freeText).toBe("Betriebe");
  });

  it("keeps a firm's name and a region's name whole", () => {
    expect(read("Niederösterreich").capabilities).toEqual([]);
  });

  it("reads inflections the stemmers know, in every language", () => {
    expect(read("заваряването").capabilities).toEqual(["JOIN"]);
    expect(read("odlewów aluminiowych").capabilities).toEqual(["CAST"]);
    expect(read("spawanie konstrukcji stalowych").capabilities).not.toContain("SURF.SANDBLASTING");
  });
});

describe("query understanding: elliptic coordination", () => {
  it("reads a bare word with the phrase word it shares", () => {
    expect(read("лазерно и плазмено рязане").capabilities).toEqual(["SHEET.LASER_CUTTING", "SHEET.PLASMA_CUTTING"]);
    expect(read("lazerno i plazmeno ryazane").capabilities).toEqual(["SHEET.LASER_CUTTING", "SHEET.PLASMA_CUTTING"]);
    expect(read("cięcie laserowe i plazmowe").capabilities).toEqual(["SHEET.LASER_CUTTING", "SHEET.PLASMA_CUTTING"]);
  });

  it("reads a hyphenated word with the end of the compound after or/and, as any of them with or", () => {
    expect(read("Laser- oder Plasmazuschnitt")).toMatchObject({ capabilities: ["SHEET.LASER_CUTTING", "SHEET.PLASMA_CUTTING"], mode: "any" });
    expect(read("lemez- és csőmegmunkálás").capabilities).toEqual(["SHEET"]);
  });
});

describe("query understanding: places, units and names inside names", () => {
  it("reads distances in miles and in the five languages' spellings", () => {
    expect(read("laser cutting within 30 miles of Munich").radiusKm).toBe(48);
    expect(read("Zerspanung 20 Meilen Graz").radiusKm).toBe(32);
    expect(read("spawanie 100km od Warszawy").radiusKm).toBe(100);
  });

  it("knows exonyms of the cities and their inflected forms", () => {
    expect(read("obróbka skrawaniem w Warnie").place).toBe("Varna");
    expect(read("hydraulic cylinder repair in Rousse").place).toBe("Ruse");
    expect(read("Zerspanungsbetrieb Weliko Tarnowo").place).toBe("Veliko Tarnovo");
  });

  it("reads a country's name inside a capability's name as part of it", () => {
    expect(read("swiss turned brass parts")).toMatchObject({ capabilities: ["MACH.SWISS_TURNING"], countries: [] });
    expect(read("CNC turning Switzerland").countries).toEqual(["CH"]);
  });
});

describe("query understanding: wrong partial matches and generic words", () => {
  const soft = (q: string) => parseQuery(q, lexicon).capabilities.filter((c) => c.soft).map((c) => c.code);
  it("does not let a word of another capability's longer synonym win over the real meaning", () => {
    expect(read("spawanie konstrukcji stalowych")).toMatchObject({ capabilities: ["JOIN"], materials: ["steel"] });
  });

  it("keeps a broad group beside a specific capability, and a one-word guess, as wishes, not filters", () => {
    expect(soft("montaż pomp ciepła")).toEqual(["ASSY"]);
    expect(soft("laser cutting")).toEqual([]);
    expect(soft("mechanische Bearbeitung von Gussteilen")).toContain("ASSY.MECH_ASSEMBLY");
  });
});

describe("query understanding: long names with a word left out", () => {
  it("reads a capability's long name with one word missing, but never a certificate's", () => {
    expect(read("galvanised steel PV mounting structures").capabilities).toEqual(["SURF.GALVANIZING", "GREEN.PV_MOUNTING"]);
    expect(read("помпи и арматура със сертификат ISO 9001")).toMatchObject({ capabilities: ["PROD.PUMPS_VALVES"], certifications: ["ISO_9001"] });
  });

  it("takes words of the area ('Raum', 'környékén', 'okolice') as no meaning", () => {
    expect(read("hegesztő cégek Szófia környékén")).toMatchObject({ capabilities: ["JOIN"], place: "Sofia", freeText: "" });
    expect(read("Laserschneiden Raum Chemnitz").freeText).toBe("");
  });
});

describe("query understanding: material adjectives and informal Latin Bulgarian", () => {
  it("reads an adjective that is part of one material's names as that material", () => {
    expect(read("frezovane na aluminievi detaili").materials).toEqual(["aluminium"]);
    expect(read("неръждаеми резервоари").materials).toEqual(["stainless_steel"]);
    expect(read("Konstruktion Wien").materials).toEqual([]);
  });

  it("reads Bulgarian typed with digits and chat letters (6 ш, 4 ч, q я)", () => {
    expect(read("6tancovane na detaili ot lamarina").capabilities).toContain("SHEET.STAMPING");
    expect(read("lazerno rqzane plovdiv")).toMatchObject({ capabilities: ["SHEET.LASER_CUTTING"], place: "Plovdiv" });
  });
});

describe("query understanding: spellings of names and umlauts, or inside a name's span", () => {
  it("reads German umlauts written out in regions and cities", () => {
    expect(parseQuery("EV chargers Baden-Wuerttemberg", lexicon).regions.map((r) => r.code)).toEqual(["DE1"]);
    expect(read("Drehteile Muenchen").place).toBe("München");
  });

  it("makes either capability enough when the or stands inside a name read around it", () => {
    expect(read("wire harness or PCB assembly")).toMatchObject({ capabilities: ["ASSY.WIRE_HARNESS", "ASSY.PCB_ASSEMBLY"], mode: "any" });
  });
});
