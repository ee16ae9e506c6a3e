import type { z } from "zod";
import type { SourceRecord } from "./source-files.ts";

export interface Rejection {
  location: string;
  reason: string;
}

export interface EntityReport {
  entity: string;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
}

/**
 * How one kind of record is imported. `state` is the canonical form compared with what the
 * database holds, so a re-run with the same data changes nothing.
 */
export interface EntityImporter<TRecord, TState> {
  entity: string;
  schema: z.ZodType<TRecord>;
  key(record: TRecord): string;
  /** Canonical state of the records already stored, by key. */
  loadExisting(): Promise<Map<string, TState>>;
  /** Checks against other data (references, uniqueness); returns a reason to reject. */
  check(record: TRecord): string | null;
  toState(record: TRecord): TState;
  create(record: TRecord, state: TState): Promise<void>;
  update(record: TRecord, state: TState): Promise<void>;
  /** Called after a record is stored, so later records can refer to it. */
  remember?(record: TRecord, state: TState): void;
}

export function describeZodError(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}

/** Stable JSON: object keys sorted, so key order never counts as a change. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Imports records one by one; a bad record is reported and never stops or taints the rest. */
export async function runImport<TRecord, TState>(
  importer: EntityImporter<TRecord, TState>,
  source: SourceRecord[],
): Promise<EntityReport> {
  const report: EntityReport = { entity: importer.entity, imported: 0, updated: 0, unchanged: 0, rejected: [] };
  const existing = await importer.loadExisting();
  const seen = new Set<string>();
  for (const item of source) {
    const reject = (reason: string) => report.rejected.push({ location: item.location, reason });
    if (item.parseError) {
      reject(item.parseError);
      continue;
    }
    const parsed = importer.schema.safeParse(item.value);
    if (!parsed.success) {
      reject(describeZodError(parsed.error));
      continue;
    }
    const record = parsed.data;
    const key = importer.key(record);
    if (seen.has(key)) {
      reject(`duplicate key ${key} in this file`);
      continue;
    }
    seen.add(key);
    const problem = importer.check(record);
    if (problem) {
      reject(problem);
      continue;
    }
    const state = importer.toState(record);
    const current = existing.get(key);
    try {
      if (current === undefined) {
        await importer.create(record, state);
        report.imported++;
      } else if (canonicalJson(current) !== canonicalJson(state)) {
        await importer.update(record, state);
        report.updated++;
      } else {
        report.unchanged++;
      }
      importer.remember?.(record, state);
    } catch (error) {
      reject(`could not be stored: ${(error as Error).message.split("\n").slice(-1)[0]}`);
    }
  }
  return report;
}
