import { describe, expect, it } from "vitest";
import { editDistance, foldCaseAndDiacritics, tokenize } from "./normalize.ts";

describe("text normalisation", () => {
  it("folds diacritics of the Latin scripts and keeps Cyrillic letters whole", () => {
    expect(foldCaseAndDiacritics("Győr Łódź Straße Škoda")).toBe("gyor lodz strasse skoda");
    expect(foldCaseAndDiacritics("Пловдив Шумен Добрич ЕООД")).toBe("пловдив шумен добрич еоод");
    expect(foldCaseAndDiacritics("Йордан Ёлка")).toBe("йордан елка");
  });

  it("splits words on anything that is not a letter or digit", () => {
    expect(tokenize("MIG/MAG-Schweißen, ISO 3834-2; 5-осна обработка")).toEqual([
      "mig", "mag", "schweissen", "iso", "3834", "2", "5", "осна", "обработка",
    ]);
  });

  it("measures edit distance with an early stop", () => {
    expect(editDistance("frezowanie", "frezowania", 2)).toBe(1);
    expect(editDistance("batterespeicher", "batteriespeicher", 2)).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
    expect(editDistance("фрезвои", "фрезови", 2)).toBe(1); // a swap is one typo
    expect(editDistance("lasre", "laser", 2)).toBe(1);
  });
});
