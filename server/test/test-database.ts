import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../src/db/database.ts";
import { applyMigrations } from "../src/db/migrations.ts";
import { createLogger } from "../src/logger.ts";

export const testLogger = createLogger("silent");

const serverUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase extends Database {
  /** The PostgreSQL database's URL, for a process of its own (undefined on PGlite, which lives in this one). */
  url: string | undefined;
  /** Closes the connections and drops the database (PostgreSQL) or discards it (PGlite). */
  destroy(): Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database with the migrations applied: in-memory PGlite, or a new database on the
 * PostgreSQL server, depending on the Vitest project (TEST_DB).
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const kind = process.env.TEST_DB ?? "pglite";
  let db: Database;
  let url: string | undefined;
  let drop = async () => {};
  if (kind === "postgres") {
    const name = `cm_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
    await adminQuery(`CREATE DATABASE "${name}"`);
    const databaseUrl = new URL(serverUrl);
    databaseUrl.pathname = `/${name}`;
    url = databaseUrl.toString();
    db = await openDatabase({ databaseUrl: url, dataDir: "" });
    drop = () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else {
    db = await openDatabase({ dataDir: "memory://" });
  }
  if (options.migrate !== false) await applyMigrations(db, testLogger);
  return {
    ...db,
    url,
    destroy: async () => {
      await db.close();
      await drop();
    },
  };
}
