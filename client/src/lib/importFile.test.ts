import type { BulkImportReport } from "@cluster-match/shared/schemas/bulk-import";
import { describe, expect, it } from "vitest";
import { canCommit, formatOfFileName, importTemplateCsv } from "./importFile.ts";

const report = (totals: Partial<BulkImportReport["totals"]>, fileErrors: string[] = []): BulkImportReport => ({
  batchId: "b",
  fileName: "f.csv",
  format: "CSV",
  dryRun: true,
  committed: false,
  fileErrors,
  ignoredColumns: [],
  rows: [],
  totals: { rows: 1, create: 0, update: 0, unchanged: 0, error: 0, ...totals },
});

describe("import file helpers", () => {
  it("guesses the format from the file name", () => {
    expect(formatOfFileName("Members.CSV")).toBe("CSV");
    expect(formatOfFileName("members.jsonl")).toBe("JSON");
    expect(formatOfFileName("members.xlsx")).toBeNull();
  });

  it("writes a template whose cells with separators are quoted", () => {
    expect(importTemplateCsv(["name", "capabilities", "description_bg"], { name: "Алфа ООД", capabilities: "A;B", description_bg: 'Каза "да", после' })).toBe(
      'name,capabilities,description_bg\r\nАлфа ООД,"A;B","Каза ""да"", после"\r\n',
    );
  });

  it("offers commit only without errors and with something to change", () => {
    expect(canCommit(undefined)).toBe(false);
    expect(canCommit(report({ create: 2 }))).toBe(true);
    expect(canCommit(report({ create: 2, error: 1 }))).toBe(false);
    expect(canCommit(report({ create: 2 }, ["missing columns"]))).toBe(false);
    expect(canCommit(report({ unchanged: 3 }))).toBe(false);
  });
});
