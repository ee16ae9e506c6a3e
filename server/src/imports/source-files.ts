import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** One record of an input file with where it came from, for the rejection report. */
export interface SourceRecord {
  location: string;
  value?: unknown;
  parseError?: string;
}

/** Reads a .jsonl file: one record per non-empty line, numbered from 1. */
export function readJsonLines(file: string): SourceRecord[] {
  const name = path.basename(file);
  const records: SourceRecord[] = [];
  readFileSync(file, "utf8")
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() === "") return;
      const location = `${name}:${index + 1}`;
      try {
        records.push({ location, value: JSON.parse(line) });
      } catch (error) {
        records.push({ location, parseError: `invalid JSON (${(error as Error).message})` });
      }
    });
  return records;
}

/** Reads a .json file holding an array; records are numbered from 1 as "file#n". */
export function readJsonArray(file: string): SourceRecord[] {
  const name = path.basename(file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return [{ location: name, parseError: `invalid JSON (${(error as Error).message})` }];
  }
  if (!Array.isArray(parsed)) return [{ location: name, parseError: "a JSON array is expected" }];
  return parsed.map((value, index) => ({ location: `${name}#${index + 1}`, value }));
}

export function readSource(dir: string, file: string): SourceRecord[] | null {
  const full = path.join(dir, file);
  if (!existsSync(full)) return null;
  return file.endsWith(".jsonl") ? readJsonLines(full) : readJsonArray(full);
}
