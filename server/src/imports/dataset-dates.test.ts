import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { daysSinceReference, defaultReferenceDay, readReferenceDay, shiftDay } from "./dataset-dates.ts";

const at = (iso: string) => new Date(iso);

describe("placing a data set's dates relative to the import day", () => {
  it("counts whole UTC days from the reference day, whatever the time of day", () => {
    expect(daysSinceReference("2026-12-01", at("2026-12-01T00:00:00Z"))).toBe(0);
    expect(daysSinceReference("2026-12-01", at("2026-12-01T23:59:59Z"))).toBe(0);
    expect(daysSinceReference("2026-12-01", at("2026-12-07T13:00:00Z"))).toBe(6);
    expect(daysSinceReference("2026-12-01", at("2026-11-30T23:59:59Z"))).toBe(-1);
    // Across the 2028 leap day and many years.
    expect(daysSinceReference("2026-12-01", at("2027-02-28T10:00:00Z"))).toBe(89);
    expect(daysSinceReference("2026-12-01", at("2028-02-29T10:00:00Z"))).toBe(455);
    expect(daysSinceReference("2026-12-01", at("2031-01-01T00:00:00Z"))).toBe(1492);
  });

  it("moves a day by whole days over month ends, year ends and leap days", () => {
    expect(shiftDay("2027-01-31", 1)).toBe("2027-02-01");
    expect(shiftDay("2027-02-28", 1)).toBe("2027-03-01");
    expect(shiftDay("2028-02-28", 1)).toBe("2028-02-29");
    expect(shiftDay("2028-02-29", 1)).toBe("2028-03-01");
    expect(shiftDay("2028-03-01", -1)).toBe("2028-02-29");
    expect(shiftDay("2027-12-31", 1)).toBe("2028-01-01");
    expect(shiftDay("2027-03-15", 0)).toBe("2027-03-15");
    expect(shiftDay("2027-01-17", -400)).toBe("2025-12-13");
  });

  it("keeps a deadline as far from the import day as the data set had it from its reference day", () => {
    // The demo set's earliest deadline is 47 days after 2026-12-01.
    for (const importDay of ["2026-12-01", "2027-02-28", "2028-02-29", "2031-01-01", "2025-06-30"]) {
      const moved = shiftDay("2027-01-17", daysSinceReference("2026-12-01", at(`${importDay}T08:30:00Z`)));
      expect(daysSinceReference(importDay, at(`${moved}T00:00:00Z`)), importDay).toBe(47);
    }
    // Imported on the leap day: the day the data set puts 90 days later.
    expect(shiftDay("2027-03-01", daysSinceReference("2026-12-01", at("2028-02-29T12:00:00Z")))).toBe("2028-05-29");
  });

  it("reads the reference day from dataset.json, or takes the shared data set's", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cm-dataset-"));
    expect(readReferenceDay(dir)).toBe(defaultReferenceDay);
    writeFileSync(path.join(dir, "dataset.json"), JSON.stringify({ referenceDate: "2028-02-29" }));
    expect(readReferenceDay(dir)).toBe("2028-02-29");
    writeFileSync(path.join(dir, "dataset.json"), JSON.stringify({ name: "no reference day" }));
    expect(readReferenceDay(dir)).toBe(defaultReferenceDay);
    writeFileSync(path.join(dir, "dataset.json"), JSON.stringify({ referenceDate: "2027-02-29" }));
    expect(() => readReferenceDay(dir)).toThrow(/referenceDate/);
    writeFileSync(path.join(dir, "dataset.json"), "{ not json");
    expect(() => readReferenceDay(dir)).toThrow(/not valid JSON/);
  });
});
