import {
  bgToLatin,
  bulkImportCsvColumns,
  bulkImportListColumns,
  bulkImportRequiredColumns,
  contentLanguages,
  hasCyrillic,
  type BulkImportFormat,
} from "@cluster-match/shared";
import Papa from "papaparse";

/** One record of an uploaded file, before validation: where it is, and its value in the companies.jsonl shape. */
export interface RawRow {
  row: number;
  /** The record as an object (CSV cells already turned into numbers and lists). */
  value?: Record<string, unknown>;
  /** Why the row could not even be read (broken CSV row, not a JSON object). */
  malformed?: string;
}

export interface ParsedFile {
  rows: RawRow[];
  fileErrors: string[];
  ignoredColumns: string[];
}

const knownColumns = new Set<string>(bulkImportCsvColumns);
const listColumns = new Set<string>(bulkImportListColumns);
const numberColumns = new Set(["employees", "foundedYear"]);

/** The delimiter the header line uses most (outside quotes): comma, semicolon (Excel in much of Europe) or tab. */
export function detectDelimiter(content: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const char of content) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return count > 0 ? best : ",";
}

/** Line number (from 1) of the first character at or after `offset` that is not a line break. */
function lineAt(content: string, offset: number, lineStarts: number[]): number {
  let start = offset;
  while (start < content.length && (content[start] === "\n" || content[start] === "\r")) start++;
  // Binary search over the offsets where lines start.
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= start) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** A Latin form for a name given only in Cyrillic (Streamlined System), as the profile editor does. */
function latinOf(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  return hasCyrillic(value) ? bgToLatin(value) : value;
}

/** Fills what can be derived and the import format leaves optional: Latin forms of name and city. */
function withDerivedFields(value: Record<string, unknown>): Record<string, unknown> {
  const result = { ...value };
  if (result.nameLatin === undefined || result.nameLatin === "") result.nameLatin = latinOf(result.name);
  if (result.cityLatin === undefined || result.cityLatin === "") result.cityLatin = latinOf(result.city);
  return result;
}

/** CSV cells (strings) → the companies.jsonl shape: numbers, ";"-separated lists, description per language. */
export function recordFromCells(cells: Record<string, string | undefined>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const description: Record<string, string> = {};
  for (const [column, raw] of Object.entries(cells)) {
    if (!knownColumns.has(column) || raw === undefined) continue;
    const cell = raw.trim();
    if (column.startsWith("description_")) {
      if (cell !== "") description[column.slice("description_".length)] = cell;
    } else if (listColumns.has(column)) {
      record[column] = cell
        .split(";")
        .map((item) => item.trim())
        .filter((item) => item !== "")
        .map((item) => (column === "exportMarkets" ? item.toUpperCase() : column === "languages" ? item.toLowerCase() : item));
    } else if (cell === "") {
      continue;
    } else if (numberColumns.has(column)) {
      // Anything but a plain integer stays a string, so validation names the field.
      record[column] = /^-?\d+$/.test(cell) ? Number(cell) : cell;
    } else {
      record[column] = column === "country" ? cell.toUpperCase() : cell;
    }
  }
  record.description = description;
  return withDerivedFields(record);
}

function parseCsv(content: string): ParsedFile {
  const delimiter = detectDelimiter(content);
  const lineStarts = [0];
  for (let i = 0; i < content.length; i++) if (content[i] === "\n") lineStarts.push(i + 1);

  const rows: RawRow[] = [];
  let fields: string[] = [];
  let previousCursor = 0;
  Papa.parse<Record<string, string | undefined>>(content, {
    header: true,
    delimiter,
    skipEmptyLines: "greedy",
    transformHeader: (header) => header.trim(),
    step: (result) => {
      if (fields.length === 0) fields = result.meta.fields ?? [];
      // A row starts where the previous one ended; the first one on the line after the header.
      const row = lineAt(content, previousCursor === 0 ? (lineStarts[1] ?? content.length) : previousCursor, lineStarts);
      previousCursor = result.meta.cursor;
      const mismatch = result.errors.find((e) => e.type === "FieldMismatch");
      if (mismatch) {
        rows.push({ row, malformed: `${mismatch.message} (the header has ${fields.length} columns)` });
        return;
      }
      const broken = result.errors[0];
      if (broken) {
        rows.push({ row, malformed: broken.message });
        return;
      }
      const { __parsed_extra: _extra, ...cells } = result.data as Record<string, string | undefined> & { __parsed_extra?: unknown };
      rows.push({ row, value: recordFromCells(cells) });
    },
  });

  const header = fields.length > 0 ? fields : Papa.parse<string[]>(content, { delimiter, preview: 1 }).data[0] ?? [];
  const fileErrors: string[] = [];
  const missing = bulkImportRequiredColumns.filter((c) => !header.includes(c));
  if (header.length === 0) fileErrors.push("the file is empty");
  else if (missing.length > 0) fileErrors.push(`required columns are missing: ${missing.join(", ")}`);
  if (header.length > 0 && !header.some((c) => c.startsWith("description_") && knownColumns.has(c))) {
    fileErrors.push(`no description column (one of ${contentLanguages.map((l) => `description_${l}`).join(", ")})`);
  }
  const duplicates = header.filter((c, i) => header.indexOf(c) !== i);
  if (duplicates.length > 0) fileErrors.push(`columns appear twice: ${[...new Set(duplicates)].join(", ")}`);
  return { rows, fileErrors, ignoredColumns: header.filter((c) => c !== "" && !knownColumns.has(c)) };
}

function jsonRow(value: unknown, row: number): RawRow {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { row, malformed: "a JSON object is expected" };
  return { row, value: withDerivedFields(value as Record<string, unknown>) };
}

/** A JSON array of records, or JSON Lines (one record per line, as companies.jsonl). */
function parseJson(content: string): ParsedFile {
  const text = content.trim();
  if (text === "") return { rows: [], fileErrors: ["the file is empty"], ignoredColumns: [] };
  if (text.startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return { rows: [], fileErrors: [`invalid JSON (${(error as Error).message})`], ignoredColumns: [] };
    }
    if (!Array.isArray(parsed)) return { rows: [], fileErrors: ["a JSON array is expected"], ignoredColumns: [] };
    return { rows: parsed.map((value, index) => jsonRow(value, index + 1)), fileErrors: [], ignoredColumns: [] };
  }
  const rows: RawRow[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    try {
      rows.push(jsonRow(JSON.parse(line), index + 1));
    } catch (error) {
      rows.push({ row: index + 1, malformed: `invalid JSON (${(error as Error).message})` });
    }
  });
  return { rows, fileErrors: [], ignoredColumns: [] };
}

/** Reads an uploaded file into numbered records; nothing is validated yet and no row is dropped. */
export function parseImportFile(format: BulkImportFormat, content: string): ParsedFile {
  // Spreadsheet programs often write a byte-order mark first.
  const text = content.startsWith("\uFEFF") ? content.slice(1) : content;
  return format === "CSV" ? parseCsv(text) : parseJson(text);
}
