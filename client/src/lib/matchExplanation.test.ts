import type { MatchExplanation } from "@cluster-match/shared";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import bg from "../i18n/bg.json";
import de from "../i18n/de.json";
import en from "../i18n/en.json";
import { explainMatch } from "./matchExplanation.ts";

const i18n = i18next.createInstance();
await i18n.init({
  resources: { bg: { translation: bg }, en: { translation: en }, de: { translation: de } },
  lng: "en",
  interpolation: { escapeValue: false },
});

const explanation: MatchExplanation = {
  coveredCapabilities: [
    { code: "MACH.CNC_MILLING", label: "CNC milling" },
    { code: "MACH.GRINDING", label: "Grinding" },
  ],
  missingCapabilities: [{ code: "MACH.EDM", label: "EDM" }],
  certificationsMet: [{ code: "ISO_9001", label: "ISO 9001" }],
  distanceKm: 312,
  sharedLanguages: ["de", "en"],
  reciprocity: [{ code: "SHEET.LASER_CUTTING", label: "Laser cutting" }],
  verified: true,
};

describe("explainMatch", () => {
  it("tells an opportunity's owner in sentences why a company fits", () => {
    expect(explainMatch(explanation, "opportunity", i18n.getFixedT("en"), "en")).toEqual([
      "Covers 2 of 3 required capabilities: CNC milling and Grinding.",
      "Missing: EDM.",
      "Holds the required certification: ISO 9001.",
      "312 km away.",
      "Shared languages: German and English.",
      "Also looks for what the publisher offers: Laser cutting.",
      "Verified by the cluster.",
    ]);
  });

  it("speaks Bulgarian and German with their plural forms and number formats", () => {
    const far = { ...explanation, distanceKm: 1312, missingCapabilities: [], sharedLanguages: ["de"] };
    expect(explainMatch(far, "opportunity", i18n.getFixedT("bg"), "bg")).toEqual([
      "Покрива всички 2 изисквани компетенции: CNC milling и Grinding.",
      "Притежава изисквания сертификат: ISO 9001.",
      // Whether bg-BG groups four digits depends on the ICU version.
      expect.stringMatching(/^На разстояние 1\s?312\u00a0км\.$/),
      "Общ език: немски.",
      "Търси и това, което предлага публикуващата фирма: Laser cutting.",
      "Проверена от клъстера.",
    ]);
    expect(explainMatch({ ...explanation, coveredCapabilities: [] }, "partner", i18n.getFixedT("de"), "de").slice(0, 2)).toEqual([
      "Bietet keine der Kompetenzen, die dieses Unternehmen sucht.",
      "Nicht im Angebot: EDM.",
    ]);
  });

  it("says only what it knows", () => {
    const bare: MatchExplanation = {
      coveredCapabilities: [{ code: "MACH.CNC_MILLING", label: "CNC milling" }],
      missingCapabilities: [],
      certificationsMet: [],
      distanceKm: null,
      sharedLanguages: [],
      reciprocity: [],
      verified: false,
    };
    expect(explainMatch(bare, "fit", i18n.getFixedT("en"), "en")).toEqual(["Fits this company’s profile: CNC milling."]);
  });

  it("explains a match for an anonymous opportunity without a word about its publisher", () => {
    // What matching.forOpportunity sends to anyone outside the publisher's team.
    const anonymous: MatchExplanation = { ...explanation, distanceKm: null, sharedLanguages: [], reciprocity: [] };
    expect(explainMatch(anonymous, "opportunity", i18n.getFixedT("en"), "en")).toEqual([
      "Covers 2 of 3 required capabilities: CNC milling and Grinding.",
      "Missing: EDM.",
      "Holds the required certification: ISO 9001.",
      "Verified by the cluster.",
    ]);
    for (const locale of ["bg", "de"] as const) expect(explainMatch(anonymous, "opportunity", i18n.getFixedT(locale), locale)).toHaveLength(4);
  });

  it("claims to offer what a company looks for only for the partners of a company that looks for something", () => {
    const all = { ...explanation, missingCapabilities: [] };
    expect(explainMatch(all, "partner", i18n.getFixedT("en"), "en")[0]).toBe("Offers all 2 capabilities this company looks for: CNC milling and Grinding.");
    const similar = explainMatch(all, "similar", i18n.getFixedT("en"), "en");
    expect(similar[0]).toBe("Offers all 2 capabilities this company offers: CNC milling and Grinding.");
    expect(similar.join(" ")).not.toContain("looks for:");
    expect(explainMatch(all, "similar", i18n.getFixedT("bg"), "bg")[0]).toBe("Предлага всички 2 компетенции, които фирмата предлага: CNC milling и Grinding.");
    expect(explainMatch(all, "similar", i18n.getFixedT("de"), "de")[0]).toBe("Bietet alle 2 Kompetenzen, die dieses Unternehmen anbietet: CNC milling und Grinding.");
  });
});
