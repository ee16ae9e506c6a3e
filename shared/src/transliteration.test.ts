import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bgToLatin, hasCyrillic, latinToBg } from "./transliteration.ts";

describe("bgToLatin (Streamlined System)", () => {
  it("follows the official examples", () => {
    expect(bgToLatin("София")).toBe("Sofia");
    expect(bgToLatin("Тракия")).toBe("Trakia");
    expect(bgToLatin("Пловдив")).toBe("Plovdiv");
    expect(bgToLatin("Велико Търново")).toBe("Veliko Tarnovo");
    expect(bgToLatin("ЕООД")).toBe("EOOD");
    expect(bgToLatin("Жеко ЖЕЛЕВ")).toBe("Zheko ZHELEV");
    expect(bgToLatin("Щастливец")).toBe("Shtastlivets");
    expect(bgToLatin("Ямбол, Шумен, Русе")).toBe("Yambol, Shumen, Ruse");
    expect(bgToLatin("България")).toBe("Balgaria"); // the rule, not the English exonym
  });

  it("gives the Latin name of every company of the demo data", () => {
    const lines = readFileSync(new URL("../../demo-data/companies.jsonl", import.meta.url), "utf8").trim().split("\n");
    for (const line of lines) {
      const c = JSON.parse(line) as { country: string; name: string; nameLatin: string; city: string; cityLatin: string };
      if (c.country !== "BG") continue;
      expect(bgToLatin(c.name)).toBe(c.nameLatin);
      expect(bgToLatin(c.city)).toBe(c.cityLatin);
    }
  });
});

describe("latinToBg", () => {
  it("reads Bulgarian typed in Latin letters", () => {
    expect(latinToBg("sofia")).toBe("софия");
    expect(latinToBg("Plovdiv")).toBe("пловдив");
    expect(latinToBg("frezovane")).toBe("фрезоване");
    expect(latinToBg("shtampovane")).toBe("щамповане");
    expect(latinToBg("zhelezo")).toBe("железо");
  });

  it("detects Cyrillic", () => {
    expect(hasCyrillic("CNC фрезоване")).toBe(true);
    expect(hasCyrillic("CNC milling")).toBe(false);
  });
});
