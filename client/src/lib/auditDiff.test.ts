import { describe, expect, it } from "vitest";
import { diffJson } from "./auditDiff.ts";

describe("diffJson", () => {
  it("compares nested snapshots field by field and marks what changed", () => {
    const lines = diffJson(
      { source: { status: "PUBLISHED", website: null }, target: { capabilities: ["A"] } },
      { source: { status: "ARCHIVED", website: null }, target: { capabilities: ["A", "B"] }, moved: { opportunities: 2 } },
    );
    expect(lines).toEqual([
      { path: "source.status", before: "PUBLISHED", after: "ARCHIVED", changed: true },
      { path: "source.website", before: "null", after: "null", changed: false },
      { path: "target.capabilities", before: '["A"]', after: '["A","B"]', changed: true },
      { path: "moved.opportunities", before: undefined, after: "2", changed: true },
    ]);
  });

  it("handles a missing side and plain values", () => {
    expect(diffJson(null, { verified: true })).toEqual([{ path: "verified", before: undefined, after: "true", changed: true }]);
    expect(diffJson(undefined, undefined)).toEqual([]);
    expect(diffJson("a", "b")).toEqual([{ path: "", before: "a", after: "b", changed: true }]);
  });
});
