import { describe, expect, it } from "vitest";
import { sizeFromEmployees } from "./company-size.ts";
import { pickLocalized } from "./i18n.ts";
import { slugify } from "./slug.ts";

describe("pickLocalized", () => {
  const texts = { bg: "Здравей", en: "Hello", pl: "Cześć" };
  it("prefers the locale, then English, then the first language present", () => {
    expect(pickLocalized(texts, "bg")).toEqual({ text: "Здравей", lang: "bg" });
    expect(pickLocalized(texts, "de")).toEqual({ text: "Hello", lang: "en" });
    expect(pickLocalized({ pl: "Cześć", hu: "Szia" }, "de")).toEqual({ text: "Cześć", lang: "pl" });
    expect(pickLocalized({}, "de")).toBeNull();
    expect(pickLocalized(null, "de")).toBeNull();
  });
});

describe("sizeFromEmployees", () => {
  it("follows the EU SME bands", () => {
    expect([1, 9, 10, 49, 50, 249, 250].map(sizeFromEmployees)).toEqual(["MICRO", "MICRO", "SMALL", "SMALL", "MEDIUM", "MEDIUM", "LARGE"]);
    expect(sizeFromEmployees(null)).toBeNull();
  });
});

describe("slugify", () => {
  it("makes ASCII slugs from Latin names with diacritics", () => {
    expect(slugify("Trakia Metal OOD")).toBe("trakia-metal-ood");
    expect(slugify("Łódź Präzision GmbH & Co. KG")).toBe("lodz-prazision-gmbh-and-co-kg");
    expect(slugify("Győri Fém Kft.")).toBe("gyori-fem-kft");
    expect(slugify("Straße")).toBe("strasse");
    expect(slugify("ЕТ „Ивмет“")).toBe("");
  });
});
