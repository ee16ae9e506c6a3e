import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { catalogues } from "../i18n/catalogues.ts";
import { formatList, languageName } from "./format.ts";
import { partnerLanguages } from "./partnerLanguages.ts";

const i18n = i18next.createInstance();
await i18n.init({
  resources: Object.fromEntries(Object.entries(catalogues).map(([lng, translation]) => [lng, { translation }])),
  lng: "de",
  interpolation: { escapeValue: false },
});

describe("partnerLanguages", () => {
  it("names the languages of partners abroad, never the firm's own", () => {
    expect(partnerLanguages("BG")).toEqual(["en", "de", "pl", "hu"]);
    expect(partnerLanguages("DE")).toEqual(["bg", "en", "pl", "hu"]);
    expect(partnerLanguages("AT")).toEqual(["bg", "en", "pl", "hu"]);
    expect(partnerLanguages("PL")).toEqual(["bg", "en", "de", "hu"]);
    expect(partnerLanguages("HU")).toEqual(["bg", "en", "de", "pl"]);
    expect(partnerLanguages(undefined)).toEqual(["bg", "en", "de", "pl", "hu"]);
  });

  it("gives a firm of each cluster country a hint that fits it, in every UI language", () => {
    const own = { BG: "bg", DE: "de", AT: "de", PL: "pl", HU: "hu" } as const;
    for (const locale of ["bg", "en", "de"] as const) {
      const t = i18n.getFixedT(locale);
      for (const [country, language] of Object.entries(own)) {
        const languages = formatList(partnerLanguages(country).map((code) => languageName(code, locale)), locale);
        const hint = t("opportunityWorkspace.form.textsHint", { languages });
        expect(hint, `${locale} ${country}`).toContain(languages);
        expect(hint, `${locale} ${country}`).not.toContain(languageName(language, locale));
        // Countries are not named: a firm is never told about partners in its own country.
        for (const name of ["Germany", "Deutschland", "Германия", "Bulgaria", "Bulgarien", "България"]) expect(hint).not.toMatch(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, "u"));
      }
    }
  });
});
