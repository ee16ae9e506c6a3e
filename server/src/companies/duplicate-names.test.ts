import { describe, expect, it } from "vitest";
import { cityKey, isProbableDuplicate, nameKey, nameSimilarity, similarNameThreshold } from "./duplicate-names.ts";

const firm = (name: string, cityLatin: string, nameLatin = name) => ({ name, nameLatin, cityLatin });

describe("company name keys", () => {
  it("transliterate Cyrillic, fold case and diacritics, drop punctuation and legal forms", () => {
    expect(nameKey("Метал Инженеринг ООД")).toBe("metal inzhenering");
    expect(nameKey("Metal Inzhenering OOD")).toBe("metal inzhenering");
    expect(nameKey("ЕТ „Простил – Тодор Николов“")).toBe("prostil todor nikolov");
    expect(nameKey("Mátra Kábeltechnika Kft.")).toBe("matra kabeltechnika");
    expect(nameKey("Plasttech Sp. z o.o.")).toBe("plasttech");
    expect(nameKey("Terratek Kabeltechnik GmbH & Co. KG")).toBe("terratek kabeltechnik");
    expect(nameKey("Łódź Metal S.A.")).toBe("lodz metal");
    expect(nameKey("Schröder & Günther KG")).toBe("schroder gunther");
  });

  it("keep a name that is nothing but a legal form", () => {
    expect(nameKey("АД")).toBe("ad");
  });

  it("compare cities by their folded Latin form", () => {
    expect(cityKey("Kraków")).toBe(cityKey("KRAKOW"));
    expect(cityKey("Sofia")).toBe(cityKey("sofia "));
    expect(cityKey("Sofia")).not.toBe(cityKey("Plovdiv"));
  });
});

describe("probable duplicates", () => {
  it("match the same firm across scripts in the same city", () => {
    expect(isProbableDuplicate(firm("Метал Инженеринг ООД", "Sofia"), firm("Metal Inzhenering OOD", "Sofia"))).toBe(true);
    // The Latin form of the new registration is compared too.
    expect(isProbableDuplicate(firm("Metal Inzhenering", "Sofia"), firm("Метал Инженеринг ЕООД", "Sofia", "Metal Inzhenering EOOD"))).toBe(true);
  });

  it("match another legal form, a missing one and one typo", () => {
    expect(isProbableDuplicate(firm("Kaiser Robotik AG", "Bielefeld"), firm("Kaiser Robotik GmbH", "Bielefeld"))).toBe(true);
    expect(isProbableDuplicate(firm("Metal Inzenering", "Sofia"), firm("Metal Inzhenering OOD", "Sofia"))).toBe(true);
    expect(isProbableDuplicate(firm("Kaiser Robotics GmbH", "Bielefeld"), firm("Kaiser Robotik GmbH", "Bielefeld"))).toBe(true);
    expect(isProbableDuplicate(firm("Matra Kabeltechnika Zrt.", "Budapest"), firm("Mátra Kábeltechnika Kft.", "Budapest"))).toBe(true);
  });

  it("do not match the same name in another city", () => {
    expect(isProbableDuplicate(firm("Метал Инженеринг ООД", "Plovdiv"), firm("Metal Inzhenering OOD", "Sofia"))).toBe(false);
  });

  it("do not match firms that only share words", () => {
    const pairs: [string, string][] = [
      ["Епсилон Прецизна механика ЕООД", "Сигма Прецизна механика ООД"],
      ["Инженеринг Дунав ЕООД", "Инженеринг Искър ЕООД"],
      ["Сигма Пласт ЕООД", "Сигма Прецизна механика ООД"],
      ["Plasttech Sp. z o.o.", "Metalplast Sp. z o.o."],
      ["Хидроинвест ООД", "Хидросервиз ООД"],
    ];
    for (const [a, b] of pairs) {
      expect(nameSimilarity(nameKey(a), nameKey(b)), `${a} / ${b}`).toBeLessThan(similarNameThreshold);
      expect(isProbableDuplicate(firm(a, "Sofia"), firm(b, "Sofia"))).toBe(false);
    }
  });
});
