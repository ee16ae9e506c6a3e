import { describe, expect, it } from "vitest";
import { catalogues } from "./catalogues.ts";

const { en, bg, de } = catalogues;

/** Every key path of a catalogue, with its {{placeholders}}; plural suffixes are kept. */
function entries(value: unknown, prefix = ""): Map<string, string[]> {
  const result = new Map<string, string[]>();
  if (typeof value === "string") {
    result.set(prefix, [...value.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]!).sort());
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, placeholders] of entries(child, prefix ? `${prefix}.${key}` : key)) result.set(path, placeholders);
    }
  }
  return result;
}

describe("UI catalogues", () => {
  const reference = entries(en);
  for (const [name, catalogue] of Object.entries({ bg, de })) {
    it(`${name} has exactly the keys and placeholders of en`, () => {
      const other = entries(catalogue);
      expect([...other.keys()].sort()).toEqual([...reference.keys()].sort());
      for (const [path, placeholders] of reference) {
        // A translation may leave out {{count}} (the plural form says it), never anything else.
        expect(other.get(path)?.filter((p) => p !== "count"), path).toEqual(placeholders.filter((p) => p !== "count"));
      }
    });
  }
});
