import { readFileSync } from "node:fs";
import path from "node:path";
import internals from "@prisma/internals";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { repoRoot } from "../config.ts";
import type { SqlSession } from "./database.ts";

// Proves that the committed SQL migrations build exactly the database schema.prisma describes.

interface DmmfField {
  name: string;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface Dmmf {
  datamodel: {
    models: { name: string; fields: DmmfField[] }[];
    enums: { name: string; values: { name: string }[] }[];
    indexes: { model: string; type: "id" | "unique" | "normal"; fields: { name: string }[] }[];
  };
}

const scalarTypes: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
};

function expectedType(field: DmmfField): string {
  let base: string;
  if (field.kind === "enum") base = `"${field.type}"`;
  else if (field.nativeType?.[0] === "Date") base = "date";
  else base = scalarTypes[field.type] ?? `unmapped ${field.type}`;
  return field.isList ? `${base}[]` : base;
}

/** Defaults Prisma fills in on the client (cuid, uuid) leave no default in the database. */
function expectsDatabaseDefault(field: DmmfField): boolean {
  if (!field.hasDefaultValue) return false;
  const d = field.default as { name?: string } | undefined;
  return !(d && typeof d === "object" && !Array.isArray(d) && (d.name === "cuid" || d.name === "uuid"));
}

const onDeleteRules: Record<string, string> = { Cascade: "c", Restrict: "r", SetNull: "n", SetDefault: "d", NoAction: "a" };

async function actualColumns(s: SqlSession) {
  const rows = await s.query<{ table: string; column: string; type: string; notnull: boolean; hasdefault: boolean }>(`
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
           a.attnotnull AS notnull, (d.adbin IS NOT NULL) AS hasdefault
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
      AND c.relname <> '_prisma_migrations'`);
  return new Map(rows.map((r) => [`${r.table}.${r.column}`, r]));
}

async function actualIndexes(s: SqlSession) {
  const rows = await s.query<{ table: string; columns: string; unique: boolean; primary: boolean }>(`
    SELECT t.relname AS table, ix.indisunique AS unique, ix.indisprimary AS primary,
           (SELECT string_agg(a.attname, ',' ORDER BY k.ord)
              FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) AS columns
    FROM pg_index ix
    JOIN pg_class t ON t.oid = ix.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`);
  return rows.map((r) => `${r.table}(${r.columns}) ${r.primary ? "primary" : r.unique ? "unique" : "normal"}`).sort();
}

async function actualForeignKeys(s: SqlSession) {
  const rows = await s.query<{ table: string; columns: string; target: string; targetcolumns: string; ondelete: string; onupdate: string }>(`
    SELECT c.relname AS table, t.relname AS target, con.confdeltype AS ondelete, con.confupdtype AS onupdate,
           (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
           (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS targetcolumns
    FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid
    JOIN pg_class t ON t.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE con.contype = 'f' AND n.nspname = 'public'`);
  return rows.map((r) => `${r.table}(${r.columns}) -> ${r.target}(${r.targetcolumns}) delete:${r.ondelete} update:${r.onupdate}`).sort();
}

describe(`migrations match schema.prisma (${process.env.TEST_DB})`, () => {
  let db: TestDatabase;
  let dmmf: Dmmf;

  beforeAll(async () => {
    db = await createTestDatabase();
    const datamodel = readFileSync(path.join(repoRoot, "prisma", "schema.prisma"), "utf8");
    dmmf = (await internals.getDMMF({ datamodel })) as unknown as Dmmf;
  });
  afterAll(() => db.destroy());

  it("has a table for every model and no other", async () => {
    const tables = await db.withSession((s) =>
      s.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`),
    );
    expect(tables.map((t) => t.name).sort()).toEqual(dmmf.datamodel.models.map((m) => m.name).sort());
  });

  it("has every field as a column of the right type, nullability and default, and no other column", async () => {
    const columns = await db.withSession(actualColumns);
    const expected: string[] = [];
    for (const model of dmmf.datamodel.models) {
      for (const field of model.fields.filter((f) => f.kind !== "object")) {
        // Prisma creates scalar lists as nullable arrays.
        const notnull = field.isRequired && !field.isList;
        expected.push(`${model.name}.${field.name} ${expectedType(field)} ${notnull ? "NOT NULL" : "NULL"} ${expectsDatabaseDefault(field) ? "DEFAULT" : ""}`);
      }
    }
    const actual = [...columns.values()].map(
      (c) => `${c.table}.${c.column} ${c.type} ${c.notnull ? "NOT NULL" : "NULL"} ${c.hasdefault ? "DEFAULT" : ""}`,
    );
    expect(actual.sort()).toEqual(expected.sort());
  });

  it("has every enum with its values in order", async () => {
    const rows = await db.withSession((s) =>
      s.query<{ name: string; label: string }>(`
        SELECT t.typname AS name, e.enumlabel AS label FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        ORDER BY t.typname, e.enumsortorder`),
    );
    const actual: Record<string, string[]> = {};
    for (const r of rows) (actual[r.name] ??= []).push(r.label);
    const expected = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.name, e.values.map((v) => v.name)]));
    expect(actual).toEqual(expected);
  });

  it("has the primary keys, unique constraints and indexes of the schema, and no other", async () => {
    const actual = await db.withSession(actualIndexes);
    const kind = { id: "primary", unique: "unique", normal: "normal" } as const;
    const expected = dmmf.datamodel.indexes
      .map((i) => `${i.model}(${i.fields.map((f) => f.name).join(",")}) ${kind[i.type]}`)
      .sort();
    expect(actual).toEqual(expected);
  });

  it("has a foreign key with the right delete rule for every relation, and no other", async () => {
    const actual = await db.withSession(actualForeignKeys);
    const expected: string[] = [];
    for (const model of dmmf.datamodel.models) {
      for (const field of model.fields.filter((f) => f.kind === "object" && f.relationFromFields?.length)) {
        // Prisma's defaults: Restrict for a required relation, SetNull for an optional one.
        const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
        expected.push(
          `${model.name}(${field.relationFromFields!.join(",")}) -> ${field.type}(${field.relationToFields!.join(",")}) delete:${onDeleteRules[onDelete]} update:c`,
        );
      }
    }
    expect(actual).toEqual(expected.sort());
  });
});
