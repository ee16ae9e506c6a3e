import { describe, expect, it } from "vitest";
import { publishableProfile } from "../../test/company-builders.ts";
import { diffProfiles, wordDiff, type DiffLabels } from "./revision-diff.ts";

const labels: DiffLabels = {
  capability: (c) => `cap:${c}`,
  certification: (c) => `cert:${c}`,
  material: (c) => `mat:${c}`,
  country: (c) => `country:${c}`,
  language: (c) => `lang:${c}`,
};

describe("revision diff", () => {
  it("reports nothing for an unchanged profile", () => {
    const profile = publishableProfile();
    const diff = diffProfiles(profile, structuredClone(profile), labels);
    expect(diff.changes).toEqual([]);
    expect(diff.unchangedFields).toContain("capabilities");
  });

  it("lists added and removed values with labels, and a new order of capabilities", () => {
    const before = publishableProfile();
    const after = publishableProfile({
      capabilities: ["JOIN.MIG_MAG", "MACH.CNC_MILLING"],
      materials: ["aluminium"],
      certifications: [{ code: "ISO_9001", validUntil: "2030-01-31" }],
      exportMarkets: ["DE", "PL"],
    });
    const { changes } = diffProfiles(before, after, labels);
    expect(changes.find((c) => c.field === "capabilities")).toMatchObject({ kind: "list", added: [], removed: [], reordered: true });
    expect(changes.find((c) => c.field === "materials")).toMatchObject({ added: [{ code: "aluminium", label: "mat:aluminium" }], removed: [{ code: "steel", label: "mat:steel" }] });
    // A new validity date replaces the entry.
    expect(changes.find((c) => c.field === "certifications")).toMatchObject({
      added: [{ code: "ISO_9001", label: "cert:ISO_9001 (2030-01-31)" }],
      removed: [{ code: "ISO_9001", label: "cert:ISO_9001 (2028-06-30)" }],
    });
    expect(changes.find((c) => c.field === "exportMarkets")).toMatchObject({ added: [{ code: "PL", label: "country:PL" }], removed: [{ code: "AT" }], kept: [{ code: "DE" }] });
  });

  it("diffs each description language by words", () => {
    const before = publishableProfile();
    const after = publishableProfile({ description: { en: "Precision machining and welding of parts.", de: "Präzisionsbearbeitung." } });
    const { changes } = diffProfiles(before, after, labels);
    const texts = changes.filter((c) => c.kind === "text");
    expect(texts.map((c) => c.kind === "text" && c.lang)).toEqual(["bg", "en", "de"]);
    const en = texts.find((c) => c.kind === "text" && c.lang === "en");
    expect(en?.kind === "text" && en.parts.filter((p) => p.change === "added").map((p) => p.text.trim())).toEqual(["and welding"]);
    const bg = texts.find((c) => c.kind === "text" && c.lang === "bg");
    expect(bg).toMatchObject({ before: "Прецизна механична обработка на детайли.", after: null });
  });

  it("shows every filled field as new for a company never published", () => {
    const { changes, unchangedFields } = diffProfiles(null, publishableProfile({ website: null }), labels);
    expect(changes.find((c) => c.field === "name")).toEqual({ kind: "value", field: "name", before: null, after: "Тест Машини ООД" });
    expect(changes.find((c) => c.field === "seeks")).toMatchObject({ added: [{ type: "SUPPLY", capabilities: ["cap:SURF.POWDER_COATING"], countries: ["country:BG"] }], removed: [] });
    expect(unchangedFields).toContain("website");
    expect(unchangedFields).toContain("logoKey");
  });

  it("falls back to whole texts when a word diff would be too long", () => {
    const a = Array.from({ length: 6000 }, (_, i) => `a${i}`).join(" ");
    const b = Array.from({ length: 6000 }, (_, i) => `b${i}`).join(" ");
    expect(wordDiff(a, b)).toEqual([{ text: a, change: "removed" }, { text: b, change: "added" }]);
    expect(wordDiff("", "new")).toEqual([{ text: "new", change: "added" }]);
  });
});
