import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { canonicalJson, runImport, type EntityImporter } from "./import-runner.ts";
import { readJsonArray, readJsonLines } from "./source-files.ts";

describe("source files", () => {
  it("numbers JSON lines by their line in the file and reports broken ones", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cm-src-"));
    const file = path.join(dir, "x.jsonl");
    writeFileSync(file, '{"a":1}\n\n{oops\r\n{"a":2}\n');
    const records = readJsonLines(file);
    expect(records.map((r) => r.location)).toEqual(["x.jsonl:1", "x.jsonl:3", "x.jsonl:4"]);
    expect(records[1]?.parseError).toMatch(/invalid JSON/);
    expect(records[2]?.value).toEqual({ a: 2 });
  });

  it("numbers JSON array items and rejects a file that is not an array", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cm-src-"));
    writeFileSync(path.join(dir, "a.json"), "[1, 2]");
    writeFileSync(path.join(dir, "b.json"), '{"a":1}');
    expect(readJsonArray(path.join(dir, "a.json")).map((r) => r.location)).toEqual(["a.json#1", "a.json#2"]);
    expect(readJsonArray(path.join(dir, "b.json"))[0]?.parseError).toBe("a JSON array is expected");
  });
});

describe("canonicalJson", () => {
  it("ignores object key order but not array order", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });
});

describe("runImport", () => {
  const store = new Map<string, number>();
  const importer: EntityImporter<{ id: string; n: number }, { n: number }> = {
    entity: "things",
    schema: z.object({ id: z.string(), n: z.number() }),
    key: (r) => r.id,
    loadExisting: async () => new Map([...store].map(([k, n]) => [k, { n }])),
    check: (r) => (r.n < 0 ? "n: must not be negative" : null),
    toState: (r) => ({ n: r.n }),
    create: async (r) => {
      if (r.n === 13) throw new Error("database said no");
      store.set(r.id, r.n);
    },
    update: async (r) => void store.set(r.id, r.n),
  };

  it("counts imported, updated, unchanged and rejected records and keeps going after failures", async () => {
    store.clear();
    store.set("a", 1);
    store.set("b", 2);
    const report = await runImport(importer, [
      { location: "f:1", value: { id: "a", n: 1 } },
      { location: "f:2", value: { id: "b", n: 3 } },
      { location: "f:3", value: { id: "c", n: "x" } },
      { location: "f:4", parseError: "invalid JSON" },
      { location: "f:5", value: { id: "d", n: -1 } },
      { location: "f:6", value: { id: "e", n: 13 } },
      { location: "f:7", value: { id: "a", n: 5 } },
      { location: "f:8", value: { id: "f", n: 6 } },
    ]);
    expect(report).toMatchObject({ imported: 1, updated: 1, unchanged: 1 });
    expect(report.rejected).toEqual([
      { location: "f:3", reason: "n: Invalid input: expected number, received string" },
      { location: "f:4", reason: "invalid JSON" },
      { location: "f:5", reason: "n: must not be negative" },
      { location: "f:6", reason: "could not be stored: database said no" },
      { location: "f:7", reason: "duplicate key a in this file" },
    ]);
    expect(Object.fromEntries(store)).toEqual({ a: 1, b: 3, f: 6 });
  });
});
