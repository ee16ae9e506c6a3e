import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { catalogues } from "../i18n/catalogues.ts";
import { formatDate, formatDistance } from "./format.ts";

/** Every string of a catalogue with its key path. */
function strings(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => strings(child, prefix ? `${prefix}.${key}` : key));
}

describe("formatDistance", () => {
  it("writes kilometres as each language does", () => {
    expect(formatDistance(312, "bg")).toBe("312\u00a0км");
    expect(formatDistance(1.24, "bg")).toBe("1,2\u00a0км");
    expect(formatDistance(312, "en")).toMatch(/^312\skm$/);
    expect(formatDistance(1.24, "de")).toMatch(/^1,2\skm$/);
  });
});

describe("dates in sentences", () => {
  // Bulgarian dates end with the abbreviation "г.", which also ends the sentence: a template that
  // puts its own full stop after a date would print "г..".
  const dateLike = /{{\s*(date|min|max|deadline|since|until)\s*}}\./;

  it("formats a Bulgarian date with its closing abbreviation", () => {
    expect(formatDate("2026-06-30", "bg")).toBe("30 юни 2026 г.");
  });

  it("never follows a date with a second full stop in Bulgarian", () => {
    const bad = strings(catalogues.bg).filter(([, text]) => dateLike.test(text));
    expect(bad).toEqual([]);
  });

  it("renders the date sentences of every area without a doubled full stop", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { bg: { translation: catalogues.bg } }, lng: "bg", interpolation: { escapeValue: false } });
    const date = formatDate("2026-06-30", "bg");
    for (const key of [
      "companyWorkspace.editor.pendingSince",
      "companyWorkspace.dashboard.pendingText",
      "opportunityWorkspace.notices.renewed",
      "opportunityWorkspace.actions.renewHint",
      "opportunityWorkspace.form.deadlineHint",
    ]) {
      const text = i18n.t(key as never, { date, min: date, max: date });
      expect(text, key).not.toBe(key);
      expect(text, key).not.toContain("г..");
      expect(text, key).toMatch(/г\.( |$)/);
    }
  });
});
