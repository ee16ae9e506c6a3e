import { describe, expect, it } from "vitest";
import { detectDelimiter, parseImportFile, recordFromCells } from "./bulk-import.parse.ts";

const header = "externalId,name,legalForm,country,registryId,city,capabilities,description_bg";

describe("bulk import files", () => {
  it("numbers CSV rows by the line they start on, across quoted line breaks and blank lines", () => {
    const csv = `${header}\nx-1,Алфа ООД,ООД,BG,204123454,София,MACH.CNC_MILLING,"Първи ред\nвтори ред"\n\nx-2,Beta GmbH,GmbH,de,DE123456788,Chemnitz,MACH.CNC_MILLING;SHEET.BENDING,Текст\n`;
    const { rows, fileErrors, ignoredColumns } = parseImportFile("CSV", csv);
    expect(fileErrors).toEqual([]);
    expect(ignoredColumns).toEqual([]);
    expect(rows.map((r) => r.row)).toEqual([2, 5]);
    expect(rows[0]!.value).toMatchObject({ name: "Алфа ООД", nameLatin: "Alfa OOD", cityLatin: "Sofia", description: { bg: "Първи ред\nвтори ред" } });
    expect(rows[1]!.value).toMatchObject({ country: "DE", capabilities: ["MACH.CNC_MILLING", "SHEET.BENDING"], nameLatin: "Beta GmbH" });
  });

  it("keeps a broken row in the report as malformed, names ignored and missing columns", () => {
    const csv = `externalId,name,notes\nx-1,Alfa,hello\nx-2\n`;
    const { rows, fileErrors, ignoredColumns } = parseImportFile("CSV", csv);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ row: 3, malformed: expect.stringContaining("Too few fields") });
    expect(ignoredColumns).toEqual(["notes"]);
    expect(fileErrors.join(" ")).toContain("required columns are missing: legalForm, country, registryId, city, capabilities");
    expect(fileErrors.join(" ")).toContain("no description column");
  });

  it("turns cells into numbers, lists and a description per language; leaves bad numbers for validation", () => {
    expect(recordFromCells({ employees: "12", foundedYear: "19x9", languages: "BG; en ;", exportMarkets: "de;at", website: "", description_en: " Hi " })).toEqual({
      employees: 12,
      foundedYear: "19x9",
      languages: ["bg", "en"],
      exportMarkets: ["DE", "AT"],
      description: { en: "Hi" },
    });
  });

  it("reads semicolon-separated files (quoted lists) and strips a byte-order mark", () => {
    const csv = `\uFEFFexternalId;name;capabilities\nx-1;Alfa;"MACH.CNC_MILLING;SHEET.BENDING"\n`;
    expect(detectDelimiter(csv.slice(1))).toBe(";");
    const { rows } = parseImportFile("CSV", csv);
    expect(rows[0]!.value).toMatchObject({ externalId: "x-1", capabilities: ["MACH.CNC_MILLING", "SHEET.BENDING"] });
  });

  it("reads a JSON array (positions from 1) or JSON lines (line numbers), keeping non-objects as malformed", () => {
    const array = parseImportFile("JSON", JSON.stringify([{ name: "Алфа" }, 42]));
    expect(array.rows).toEqual([
      { row: 1, value: { name: "Алфа", nameLatin: "Alfa", cityLatin: undefined } },
      { row: 2, malformed: "a JSON object is expected" },
    ]);
    const lines = parseImportFile("JSON", '{"name":"A"}\n\n{oops\n');
    expect(lines.rows.map((r) => [r.row, r.malformed ? "bad" : "ok"])).toEqual([
      [1, "ok"],
      [3, "bad"],
    ]);
    expect(parseImportFile("JSON", "[1,").fileErrors[0]).toMatch(/invalid JSON/);
    expect(parseImportFile("JSON", "  ").fileErrors).toEqual(["the file is empty"]);
  });
});
