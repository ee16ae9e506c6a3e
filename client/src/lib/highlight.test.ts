import { describe, expect, it } from "vitest";
import { excerpt, parseHighlight, unescapeEntities } from "./highlight.ts";

describe("parseHighlight", () => {
  it("splits on <mark> and unescapes the rest into text", () => {
    expect(parseHighlight("<mark>CNC</mark> milling &amp; <mark>turning</mark> &lt;b&gt;")).toEqual([
      { text: "CNC", marked: true },
      { text: " milling & ", marked: false },
      { text: "turning", marked: true },
      { text: " <b>", marked: false },
    ]);
  });

  it("keeps markup other than <mark> as literal text", () => {
    expect(parseHighlight('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')).toEqual([{ text: '<img src=x onerror="alert(1)">', marked: false }]);
  });

  it("unescapes in one pass", () => {
    expect(unescapeEntities("&amp;lt;")).toBe("&lt;");
  });

  it("tolerates unbalanced tags and merges adjacent runs", () => {
    expect(parseHighlight("a<mark>b<mark>c")).toEqual([
      { text: "a", marked: false },
      { text: "bc", marked: true },
    ]);
  });
});

describe("excerpt", () => {
  it("leaves short text alone", () => {
    const segments = parseHighlight("short <mark>text</mark>");
    expect(excerpt(segments)).toBe(segments);
  });

  it("cuts around the first match at word boundaries", () => {
    const before = "word ".repeat(40);
    const after = " more".repeat(80);
    const result = excerpt(parseHighlight(`${before}<mark>laser</mark>${after}`), 120, 20);
    expect(result[0]).toEqual({ text: "…", marked: false });
    expect(result.at(-1)).toEqual({ text: "…", marked: false });
    expect(result.some((s) => s.marked && s.text === "laser")).toBe(true);
    const text = result.map((s) => s.text).join("");
    expect(text.length).toBeLessThanOrEqual(122);
    expect(text).not.toMatch(/…\S*wor…/);
  });
});
