import { describe, expect, it } from "vitest";
import { foldToLatin } from "./text-fold.ts";

describe("foldToLatin", () => {
  it("folds scripts, case, diacritics and punctuation", () => {
    expect(foldToLatin("ЦПУ Фрезоване")).toBe("tspu frezovane");
    expect(foldToLatin("CNC-Fräsen")).toBe("cnc frasen");
    expect(foldToLatin("Schweißen")).toBe("schweissen");
    expect(foldToLatin("Łódź, Győr")).toBe("lodz gyor");
    expect(foldToLatin("  Метал Инженеринг ЕООД ")).toBe("metal inzhenering eood");
    expect(foldToLatin("S.A. & Co.")).toBe("s a co");
  });
});
