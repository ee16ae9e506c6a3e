import { describe, expect, it } from "vitest";
import { topK } from "./top-k.ts";

describe("topK", () => {
  it("returns the same first items as a full sort, ties by the given order", () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ i, score: (i * 7919) % 1000 }));
    const before = (a: { i: number; score: number }, b: { i: number; score: number }) => a.score > b.score || (a.score === b.score && a.i < b.i);
    const full = [...items].sort((a, b) => (before(a, b) ? -1 : 1));
    expect(topK(items, 25, before)).toEqual(full.slice(0, 25));
    expect(topK(items, 0, before)).toEqual([]);
    expect(topK(items.slice(0, 10), 25, before)).toEqual(full.filter((x) => x.i < 10).slice(0, 25).sort((a, b) => (before(a, b) ? -1 : 1)));
  });
});
