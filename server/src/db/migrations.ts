import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../config.ts";
import type { Logger } from "../logger.ts";
import type { Database, SqlSession } from "./database.ts";

export const migrationsDir = path.join(repoRoot, "prisma", "migrations");

export interface MigrationFile {
  name: string;
  sql: string;
  /** sha256 of the script, as Prisma records it in _prisma_migrations.checksum. */
  checksum: string;
}

// Prisma Migrate's own bookkeeping table, created exactly as Prisma creates it, so that
// `prisma migrate status|deploy` agree with what this runner applied.
const createBookkeepingTable = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

// Same key as Prisma Migrate uses, so our runner and Prisma never migrate at the same time.
const advisoryLockKey = 72707369;

export function readMigrations(dir = migrationsDir): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export class MigrationError extends Error {}

/** Applies pending migrations in order, each in its own transaction; returns their names. */
export async function applyMigrations(db: Database, logger: Logger, dir = migrationsDir): Promise<string[]> {
  const migrations = readMigrations(dir);
  return db.withSession(async (session) => {
    await session.exec(createBookkeepingTable);
    await session.query("SELECT pg_advisory_lock($1)", [advisoryLockKey]);
    try {
      return await applyPending(session, migrations, logger);
    } finally {
      await session.query("SELECT pg_advisory_unlock($1)", [advisoryLockKey]);
    }
  });
}

async function applyPending(session: SqlSession, migrations: MigrationFile[], logger: Logger): Promise<string[]> {
  const rows = await session.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
  const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} failed earlier and was not rolled back; fix the database, then mark it rolled back (prisma migrate resolve --rolled-back ${failed.migration_name}).`,
    );
  }
  const finished = new Map(rows.filter((r) => r.finished_at !== null).map((r) => [r.migration_name, r]));
  const local = new Set(migrations.map((m) => m.name));
  for (const name of finished.keys()) {
    if (!local.has(name)) logger.warn({ migration: name }, "database has a migration that is not in prisma/migrations");
  }

  const applied: string[] = [];
  for (const migration of migrations) {
    const row = finished.get(migration.name);
    if (row) {
      if (row.checksum !== migration.checksum) {
        logger.warn({ migration: migration.name }, "migration file was modified after it was applied");
      }
      continue;
    }
    await applyOne(session, migration);
    logger.info({ migration: migration.name }, "migration applied");
    applied.push(migration.name);
  }
  return applied;
}

async function applyOne(session: SqlSession, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  await session.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
    [id, migration.checksum, migration.name],
  );
  try {
    await session.exec("BEGIN");
    await session.exec(migration.sql);
    await session.exec("COMMIT");
  } catch (error) {
    await session.exec("ROLLBACK").catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    // The transaction undid the migration's changes, so record it as rolled back: the next run retries it.
    await session.query(`UPDATE "_prisma_migrations" SET logs = $2, rolled_back_at = now() WHERE id = $1`, [id, message]);
    throw new MigrationError(`Migration ${migration.name} failed: ${message}`);
  }
  await session.query(
    `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
    [id],
  );
}
