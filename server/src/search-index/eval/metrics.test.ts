import { describe, expect, it } from "vitest";
import { ndcgAt, recallAt } from "./metrics.ts";

describe("evaluation metrics", () => {
  const judged = { a: 2, b: 1, c: 2 };
  it("gives 1 for the ideal order and less for worse ones", () => {
    expect(ndcgAt(10, ["a", "c", "b"], judged)).toBeCloseTo(1);
    expect(ndcgAt(10, ["b", "a", "c"], judged)).toBeLessThan(1);
    expect(ndcgAt(10, ["x", "y"], judged)).toBe(0);
    // by hand: DCG = 3/log2(3) ; IDCG = 3 + 3/log2(3) + 1/2
    expect(ndcgAt(10, ["x", "a"], judged)).toBeCloseTo(3 / Math.log2(3) / (3 + 3 / Math.log2(3) + 0.5));
  });
  it("divides recall by min(k, relevant)", () => {
    expect(recallAt(10, ["a", "x"], judged)).toBeCloseTo(1 / 3);
    expect(recallAt(2, ["a", "b"], judged)).toBe(1);
  });
});
