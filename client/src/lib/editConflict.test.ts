import { describe, expect, it } from "vitest";
import { describeConflict, fieldsToTake, plainValue } from "./editConflict.ts";

describe("edit conflicts", () => {
  const base = { name: "Метал ООД", phone: "+359 2 100", website: null, description: { bg: "Старо", en: "Old" }, languages: ["bg"] };

  it("tells apart what the other person changed, what the user changed, and what both changed", () => {
    const theirs = { ...base, phone: "+359 2 200", description: { en: "Old", bg: "Ново" }, languages: ["bg", "en"] };
    const mine = { ...base, website: "https://mine.example", description: { bg: "Моето", en: "Old" }, languages: ["bg", "en"] };
    const view = describeConflict({ version: 7, fields: ["phone"], current: theirs }, base, mine);
    expect(view.version).toBe(7);
    expect(view.changedByThem).toEqual(["phone", "description", "languages"]);
    // Both changed the description differently; the same new languages are no conflict.
    expect(view.changedByBoth).toEqual(["description"]);
    expect(fieldsToTake(view)).toEqual(["phone", "languages"]);
  });

  it("finds nothing when only the state moved on, and ignores the order of object keys", () => {
    const view = describeConflict({ version: 3, fields: [], current: { ...base, description: { en: "Old", bg: "Старо" } } }, base, base);
    expect(view.changedByThem).toEqual([]);
    expect(view.changedByBoth).toEqual([]);
  });

  it("shows saved values as plain text", () => {
    const yesNo = (v: boolean) => (v ? "yes" : "no");
    expect(plainValue(null, yesNo)).toBe("—");
    expect(plainValue(["DE", "AT"], yesNo)).toBe("DE, AT");
    expect(plainValue({ bg: "Текст", en: "Text" }, yesNo)).toBe("bg: Текст; en: Text");
    expect(plainValue([{ code: "ISO_9001", validUntil: "2028-06-30" }], yesNo)).toBe("code: ISO_9001; validUntil: 2028-06-30");
    expect(plainValue(true, yesNo)).toBe("yes");
  });
});
