import { describe, expect, it } from "vitest";
import { changedFields, editConflictDetailsSchema, sameJson } from "./edit-conflict.ts";

describe("edit conflicts", () => {
  it("compares JSON values deeply, object keys in any order, lists in order", () => {
    expect(sameJson({ bg: "а", en: "a" }, { en: "a", bg: "а" })).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson(["x", "y"], ["y", "x"])).toBe(false);
    expect(sameJson([{ code: "ISO_9001", validUntil: null }], [{ validUntil: null, code: "ISO_9001" }])).toBe(true);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson(1, "1")).toBe(false);
  });

  it("names the fields in which two records differ", () => {
    expect(changedFields({ name: "A", phone: null, description: { en: "x" } }, { name: "A", phone: "+359", description: { en: "y" } })).toEqual(["phone", "description"]);
    expect(changedFields({ a: 1 }, { a: 1, b: 2 })).toEqual(["b"]);
  });

  it("describes what a refused save is told", () => {
    expect(editConflictDetailsSchema.safeParse({ version: 4, fields: ["name"], current: { name: "B" } }).success).toBe(true);
    expect(editConflictDetailsSchema.safeParse({ version: "4", fields: [], current: {} }).success).toBe(false);
  });
});
