import { describe, expect, it } from "vitest";
import { introductionRows, monthLabel } from "./dashboardSeries.ts";

describe("dashboard series", () => {
  it("labels months in the UI language", () => {
    expect(monthLabel("2026-03", "en")).toBe("Mar 2026");
    expect(monthLabel("2026-03", "de")).toMatch(/^März 2026$/);
    expect(monthLabel("oops", "en")).toBe("oops");
  });

  it("flattens months into chart rows", () => {
    expect(introductionRows([{ month: "2026-01", total: 3, byStatus: { PENDING: 1, ACCEPTED: 2 } }], "en")).toEqual([
      { month: "2026-01", label: "Jan 2026", total: 3, PENDING: 1, ACCEPTED: 2 },
    ]);
  });
});
