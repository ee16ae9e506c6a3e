import { describe, expect, it } from "vitest";
import { exportFileName } from "./download.ts";

describe("exportFileName", () => {
  it("names the export after its UTC date", () => {
    expect(exportFileName(new Date("2026-03-05T23:30:00Z"))).toBe("cluster-match-my-data-2026-03-05.json");
  });
});
