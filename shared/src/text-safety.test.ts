import { describe, expect, it } from "vitest";
import { z } from "zod";
import { displayName, findUnsafeInput, hasForbiddenCharacters, isOneLineText, isSafeText, maxInputDepth, safeText, unsafeTextMessage } from "./text-safety.ts";

/** Real text in every language of the network, with line breaks, tabs, quotes and emoji. */
const legitTexts = [
  "Прецизна механична обработка на детайли.\nСерийно производство — до 500 бр./месец.",
  "Präzise Zerspanung für Maschinenbau, Größe ≤ 2 m.\r\nÄnderungen möglich.",
  "Spawanie MIG/MAG i cięcie laserowe; żurawie, źródła ciepła.",
  "Hegesztés és lézervágás – győri üzemünkben, ő és ű betűkkel.",
  "CNC milling\tturning\t\"5-axis\" 'quotes' & <tags>",
  "Family run 👨‍👩‍👧 since 1991 🇧🇬",
  "' OR '1'='1; DROP TABLE \"Company\"; --",
  'country = "DE"] OR (1=1)',
];

/** Refused in every input, by the server's guard before any schema. */
const forbiddenTexts: [string, string][] = [
  ["NUL", "a\u0000b"],
  ["lone high surrogate", "x\uD800"],
  ["lone low surrogate", "\uDC00x"],
  ["reversed pair", "\uDE00\uD83D"],
  ["ESC", "\u001B[31mred"],
  ["BEL", "ding\u0007"],
  ["DEL", "del\u007F"],
  ["C1 NEL", "next\u0085line"],
  ["C1 CSI", "\u009B31m"],
  ["right-to-left override", "invoice\u202Efdp.exe"],
  ["left-to-right embedding", "\u202Aabc\u202C"],
  ["isolate", "\u2066abc\u2069"],
];

/** Refused in text people read (names, descriptions, messages); a search box just cleans them. */
const hiddenTexts: [string, string][] = [
  ["zero-width space", "ad\u200Bmin"],
  ["word joiner", "a\u2060b"],
  ["byte-order mark", "\uFEFFabc"],
];

describe("text safety", () => {
  it("lets real text in bg, de, pl, hu and en through, with line breaks and tabs", () => {
    for (const text of legitTexts) {
      expect(isSafeText(text), text).toBe(true);
      expect(safeText(z.string()).safeParse(text).success, text).toBe(true);
      expect(findUnsafeInput({ text, list: [text] }), text).toBeNull();
    }
  });

  it.each(forbiddenTexts)("refuses %s everywhere", (_name, text) => {
    expect(hasForbiddenCharacters(text)).toBe(true);
    expect(safeText(z.string()).safeParse(text).error?.issues[0]?.message).toBe(unsafeTextMessage);
    expect(displayName(z.string()).safeParse(text).success).toBe(false);
    expect(findUnsafeInput({ a: [{ b: text }] })).toEqual({ path: ["a", 0, "b"], message: unsafeTextMessage });
  });

  it.each(hiddenTexts)("refuses %s in display text only", (_name, text) => {
    expect(hasForbiddenCharacters(text)).toBe(false);
    expect(findUnsafeInput({ q: text })).toBeNull();
    expect(safeText(z.string()).safeParse(text).error?.issues[0]?.message).toBe(unsafeTextMessage);
    expect(displayName(z.string()).safeParse(text).success).toBe(false);
  });

  it("keeps names to one visible line", () => {
    const name = displayName(z.string().trim().min(2).max(200));
    for (const ok of ["Тест Машини ООД", "Müller & Söhne GmbH", "Zakład Łódź Sp. z o.o.", "Győri Gépgyártó Kft.", "O'Brien \"Tools\" Ltd."]) {
      expect(name.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of ["Two\nlines", "Tab\there", "Line\u2028separator", "Mark\u200Eed", "Soft\u00ADhyphen", "a\u202Eb"]) {
      expect(isOneLineText(bad), bad).toBe(false);
      expect(name.safeParse(bad).error?.issues.map((i) => i.message), bad).toEqual([unsafeTextMessage]);
    }
    // Length checks still come first and still apply.
    expect(name.safeParse(" a ").error?.issues[0]?.code).toBe("too_small");
  });

  it("finds hostile keys and reports the object that holds them", () => {
    expect(findUnsafeInput(JSON.parse('{"data":{"__proto__":{"polluted":true}}}'))).toEqual({ path: ["data"], message: "unsafe_key" });
    expect(findUnsafeInput({ constructor: { prototype: { polluted: true } } })).toEqual({ path: [], message: "unsafe_key" });
    expect(findUnsafeInput({ list: [{ "a\u0000b": 1 }] })).toEqual({ path: ["list", 0], message: "unsafe_key" });
    expect(findUnsafeInput({ "\u202Ekey": 1 })).toEqual({ path: [], message: "unsafe_key" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses nesting deeper than any form sends, and cycles, without recursing further", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnsafeInput({ q: deep })?.message).toBe("too_deep");
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(findUnsafeInput(cycle)).toEqual({ path: Array.from({ length: maxInputDepth }, () => "self"), message: "too_deep" });
    let ok: unknown = "x";
    for (let i = 0; i < maxInputDepth; i++) ok = { a: ok };
    expect(findUnsafeInput(ok)).toBeNull();
  });

  it("skips what is no JSON and finds a forbidden character in the whole input too", () => {
    expect(findUnsafeInput({ at: new Date(0), n: Number.NaN, none: null, flag: true, nothing: undefined })).toBeNull();
    expect(findUnsafeInput(undefined)).toBeNull();
    expect(findUnsafeInput("\u0000")).toEqual({ path: [], message: unsafeTextMessage });
  });
});
