import { describe, expect, it } from "vitest";
import { displayLegalForm, displayName, firmName, latinName } from "./displayName.ts";

describe("firm names in the reader's script", () => {
  it("writes Bulgarian legal forms the way the registers' Latin extracts do", () => {
    expect(latinName({ name: "Екосервиз-2000 ЕООД" })).toBe("Ekoserviz-2000 EOOD");
    expect(latinName({ name: "Алфа Машини ООД" })).toBe("Alfa Mashini OOD");
    expect(latinName({ name: "Щит АД" })).toBe("Shtit AD");
    expect(latinName({ name: "ЕТ „Жеко Иванов“" })).toBe("ET „Zheko Ivanov“");
    expect(latinName({ name: "София Инженеринг ЕООД" })).toBe("Sofia Inzhenering EOOD");
  });

  it("prefers the stored Latin form, unless it is missing or still Cyrillic", () => {
    expect(latinName({ name: "Лазер Тех ООД", nameLatin: "Laser Tech OOD" })).toBe("Laser Tech OOD");
    expect(latinName({ name: "Лазер Тех ООД", nameLatin: "" })).toBe("Lazer Teh OOD");
    expect(latinName({ name: "Лазер Тех ООД", nameLatin: "Лазер" })).toBe("Lazer Teh OOD");
  });

  it("shows Bulgarian readers the registered name and English or German readers the Latin form, keeping the original", () => {
    const firm = { name: "Екосервиз-2000 ЕООД", nameLatin: "Ekoserviz-2000 EOOD", country: "BG" };
    expect(displayName(firm, "bg")).toEqual({ text: "Екосервиз-2000 ЕООД", lang: "bg", original: null });
    expect(displayName(firm, "en")).toEqual({ text: "Ekoserviz-2000 EOOD", lang: undefined, original: { text: "Екосервиз-2000 ЕООД", lang: "bg" } });
    expect(firmName(firm, "de")).toBe("Ekoserviz-2000 EOOD");
  });

  it("leaves Latin-script names alone, marked with their country's language", () => {
    const firm = { name: "Mechafix GmbH", nameLatin: "Mechafix GmbH", country: "DE" };
    for (const locale of ["bg", "en", "de"] as const) expect(displayName(firm, locale)).toEqual({ text: "Mechafix GmbH", lang: "de", original: null });
  });
});

describe("legal forms in the reader's script", () => {
  it("transliterates Bulgarian legal forms for readers of English and German only", () => {
    expect(displayLegalForm("ЕООД", "en")).toBe("EOOD");
    expect(displayLegalForm("АД", "de")).toBe("AD");
    expect(displayLegalForm("ЕТ", "en")).toBe("ET");
    expect(displayLegalForm("ООД", "bg")).toBe("ООД");
    expect(displayLegalForm("GmbH", "en")).toBe("GmbH");
  });
});
