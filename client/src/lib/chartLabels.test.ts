import { describe, expect, it } from "vitest";
import { abbreviateLabel, charactersFor } from "./chartLabels.ts";

describe("abbreviateLabel", () => {
  it("keeps labels that fit", () => {
    expect(abbreviateLabel("Bulgaria", 12)).toBe("Bulgaria");
  });

  it("cuts at a word boundary near the end, else inside the word, with an ellipsis", () => {
    const short = abbreviateLabel("Green Technologies and Machine Building", 16);
    expect(short).toBe("Green Technolog…");
    expect(short.length).toBe(16);
    expect(abbreviateLabel("Sheet metal laser cutting", 16)).toBe("Sheet metal…");
  });

  it("cuts inside a long word when there is no boundary, never beyond the limit", () => {
    const short = abbreviateLabel("Kooperationsangebot", 10);
    expect(short).toBe("Kooperati…");
    expect(short.length).toBeLessThanOrEqual(10);
  });
});

describe("charactersFor", () => {
  it("scales with the axis width and keeps a minimum", () => {
    expect(charactersFor(120)).toBe(16);
    expect(charactersFor(10)).toBe(6);
  });
});
