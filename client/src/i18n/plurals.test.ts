import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { catalogues } from "./catalogues.ts";

/** Every string of a catalogue with its key path. */
function strings(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => strings(child, prefix ? `${prefix}.${key}` : key));
}

const i18n = i18next.createInstance();
await i18n.init({
  resources: Object.fromEntries(Object.entries(catalogues).map(([lng, translation]) => [lng, { translation }])),
  lng: "en",
  interpolation: { escapeValue: false },
});

describe("counted texts", () => {
  it("give {{count}} only to texts with plural forms (_one, _other)", () => {
    for (const [lng, catalogue] of Object.entries(catalogues)) {
      const unpluralised = strings(catalogue).filter(([key, text]) => /{{\s*count\s*}}/.test(text) && !/_(one|other)$/.test(key));
      expect(unpluralised, lng).toEqual([]);
    }
  });

  it("count the review queue in the singular and the plural", () => {
    const queue = (lng: string, companies: number, opportunities: number) => {
      const t = i18n.getFixedT(lng);
      return t("admin.home.queueCounts", {
        companies: t("admin.home.queueCompanies", { count: companies, n: String(companies) }),
        opportunities: t("admin.home.queueOpportunities", { count: opportunities, n: String(opportunities) }),
      });
    };
    expect(queue("en", 1, 1)).toBe("Waiting for review: 1 company profile and 1 opportunity.");
    expect(queue("en", 2, 5)).toBe("Waiting for review: 2 company profiles and 5 opportunities.");
    expect(queue("bg", 1, 1)).toBe("Чакат преглед: 1 фирмен профил и 1 възможност.");
    expect(queue("bg", 3, 2)).toBe("Чакат преглед: 3 фирмени профила и 2 възможности.");
    expect(queue("de", 1, 2)).toBe("Zur Prüfung: 1 Unternehmensprofil und 2 Einträge der Kooperationsbörse.");
  });

  it("count import rows, digests and introductions", () => {
    expect(i18n.getFixedT("bg")("admin.imports.totalRows", { count: 1, n: "1" })).toBe("1 ред");
    expect(i18n.getFixedT("de")("admin.imports.totalRows", { count: 1, n: "1" })).toBe("1 Zeile");
    expect(i18n.getFixedT("en")("network.notices.digest", { count: 1, name: "CNC" })).toBe("1 new result for your saved search “CNC”.");
    expect(i18n.getFixedT("bg")("network.notices.digest", { count: 4, name: "CNC" })).toBe("4 нови резултата за запазеното търсене „CNC“.");
    expect(i18n.getFixedT("en")("admin.dashboard.introductionsSummary", { count: 1, total: "1", last: "0" })).toBe("Line chart. 1 introduction in 12 months, 0 this month.");
  });
});
