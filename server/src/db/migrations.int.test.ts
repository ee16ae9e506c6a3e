import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, testLogger, type TestDatabase } from "../../test/test-database.ts";
import { applyMigrations, MigrationError, migrationsDir } from "./migrations.ts";

interface Row {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
}

const bookkeeping = (db: TestDatabase) =>
  db.withSession((s) => s.query<Row>(`SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name`));

describe(`migration runner (${process.env.TEST_DB})`, () => {
  let db: TestDatabase;
  afterEach(() => db?.destroy());

  it("records each migration the way Prisma Migrate does and applies nothing twice", async () => {
    db = await createTestDatabase({ migrate: false });
    const first = await applyMigrations(db, testLogger);
    expect(first).toContain("20261129090000_init");
    expect(await applyMigrations(db, testLogger)).toEqual([]);

    const rows = await bookkeeping(db);
    const init = rows.find((r) => r.migration_name === "20261129090000_init")!;
    const sql = readFileSync(path.join(migrationsDir, "20261129090000_init", "migration.sql"));
    expect(init.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
    expect(init.finished_at).not.toBeNull();
    expect(init.rolled_back_at).toBeNull();
    expect(init.applied_steps_count).toBe(1);
    expect(rows).toHaveLength(first.length);
  });

  it("rolls a failing migration back completely, records it, and retries it once fixed", async () => {
    db = await createTestDatabase({ migrate: false });
    const dir = mkdtempSync(path.join(tmpdir(), "cm-migrations-"));
    cpSync(migrationsDir, dir, { recursive: true });
    const broken = path.join(dir, "29990101000000_broken");
    mkdirSync(broken);
    writeFileSync(path.join(broken, "migration.sql"), `CREATE TABLE "Half" ("id" TEXT);\nSELECT * FROM "NoSuchTable";\n`);

    await expect(applyMigrations(db, testLogger, dir)).rejects.toBeInstanceOf(MigrationError);
    const tables = await db.withSession((s) => s.query(`SELECT 1 FROM pg_tables WHERE tablename = 'Half'`));
    expect(tables).toHaveLength(0);
    const failed = (await bookkeeping(db)).find((r) => r.migration_name === "29990101000000_broken")!;
    expect(failed.finished_at).toBeNull();
    expect(failed.rolled_back_at).not.toBeNull();
    expect(failed.logs).toContain("NoSuchTable");

    writeFileSync(path.join(broken, "migration.sql"), `CREATE TABLE "Half" ("id" TEXT);\n`);
    expect(await applyMigrations(db, testLogger, dir)).toEqual(["29990101000000_broken"]);
  });
});
