import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { copyDemoData, servicesFor } from "../../test/fixtures.ts";
import { loadConfig, repoRoot } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import { startServer } from "../server.ts";
import { testNow } from "../../test/test-clock.ts";
import { createTestDatabase, testLogger, type TestDatabase } from "../../test/test-database.ts";
import { demoAdminEmail, ensureDemoAdmin, seedOnFirstStart } from "./first-start-seed.ts";
import { demoDataDir, importDataset } from "./import.service.ts";

const demoLines = (file: string) => readFileSync(path.join(demoDataDir, file), "utf8").trim().split("\n");
const dayMs = 86_400_000;

/**
 * What a first start leaves behind when it is killed while importing: a copy of the demo data
 * with only its first `companies` companies and no opportunities is what got stored.
 */
function interruptedImport(companies: number): string {
  const dir = copyDemoData();
  writeFileSync(path.join(dir, "companies.jsonl"), `${demoLines("companies.jsonl").slice(0, companies).join("\n")}\n`);
  rmSync(path.join(dir, "opportunities.jsonl"));
  return dir;
}

const killed = () => Promise.reject(new Error("killed"));

async function withDatabase(test: (db: TestDatabase) => Promise<void>) {
  const db = await createTestDatabase();
  try {
    await test(db);
  } finally {
    await db.destroy();
  }
}

describe(`first-start seed (${process.env.TEST_DB})`, () => {
  it("completes on the next start a seed killed in the middle of the import, demo administrator included, then leaves it alone", () =>
    withDatabase(async ({ prisma }) => {
      const dataDir = mkdtempSync(path.join(tmpdir(), "cm-seed-"));
      const auth = servicesFor(prisma).auth;
      const demoAdmin = () => ensureDemoAdmin({ prisma, logger: testLogger, services: { auth } }, { dataDir });

      // First start: the process dies after 20 companies (nothing after the import ran either).
      await expect(seedOnFirstStart({ prisma, logger: testLogger }, { dir: interruptedImport(20), now: testNow, afterImport: killed })).rejects.toThrow("killed");
      expect(await prisma.company.count()).toBe(20);
      expect(await prisma.opportunity.count()).toBe(0);
      expect(await prisma.user.count({ where: { email: demoAdminEmail } })).toBe(0);

      // Next start, a day later: everything that is missing is imported, nothing twice, and the admin is made.
      const report = await seedOnFirstStart({ prisma, logger: testLogger }, { dir: demoDataDir, now: new Date(testNow.getTime() + dayMs), afterImport: demoAdmin });
      const companies = demoLines("companies.jsonl").length;
      const opportunities = demoLines("opportunities.jsonl").length;
      expect(report?.entities.find((e) => e.entity === "companies")).toMatchObject({ imported: companies - 20, unchanged: 20, rejected: [] });
      expect(await prisma.company.count()).toBe(companies);
      expect(await prisma.opportunity.count({ where: { status: "PUBLISHED" } })).toBe(opportunities);
      expect(await prisma.user.findUnique({ where: { email: demoAdminEmail }, select: { role: true } })).toEqual({ role: "ADMIN" });
      const password = /^password: (\S+)$/m.exec(readFileSync(path.join(dataDir, "demo-admin.txt"), "utf8"))![1]!;
      expect((await auth.api.signInEmail({ body: { email: demoAdminEmail, password }, headers: new Headers() })).user.email).toBe(demoAdminEmail);

      // Later starts: done, nothing is imported or made again.
      const outbox = await prisma.outbox.count();
      const again = vi.fn(demoAdmin);
      expect(await seedOnFirstStart({ prisma, logger: testLogger }, { dir: demoDataDir, now: new Date(testNow.getTime() + 2 * dayMs), afterImport: again })).toBeNull();
      expect(again).not.toHaveBeenCalled();
      expect(await prisma.outbox.count()).toBe(outbox);
    }), 120_000);

  it("keeps the demo administrator's password in its file when killed after making the account", () =>
    withDatabase(async ({ prisma }) => {
      const dataDir = mkdtempSync(path.join(tmpdir(), "cm-seed-"));
      const auth = servicesFor(prisma).auth;
      const demoAdmin = () => ensureDemoAdmin({ prisma, logger: testLogger, services: { auth } }, { dataDir });
      const dir = interruptedImport(5);

      // Killed after the account was made, before the seed was recorded as done.
      await expect(seedOnFirstStart({ prisma, logger: testLogger }, { dir, now: testNow, afterImport: () => demoAdmin().then(killed) })).rejects.toThrow("killed");
      const file = readFileSync(path.join(dataDir, "demo-admin.txt"), "utf8");

      // The next start makes no new password the account would not have.
      expect(await seedOnFirstStart({ prisma, logger: testLogger }, { dir: demoDataDir, now: testNow, afterImport: demoAdmin })).not.toBeNull();
      expect(readFileSync(path.join(dataDir, "demo-admin.txt"), "utf8")).toBe(file);
      const password = /^password: (\S+)$/m.exec(file)![1]!;
      expect((await auth.api.signInEmail({ body: { email: demoAdminEmail, password }, headers: new Headers() })).user.email).toBe(demoAdminEmail);
      expect(await prisma.user.count({ where: { email: demoAdminEmail } })).toBe(1);
    }), 120_000);

  it("never seeds a database that already holds companies it did not seed", () =>
    withDatabase(async ({ prisma }) => {
      const dir = interruptedImport(3);
      // Filled by `pnpm import-data` (or by real use), not by a first start.
      await importDataset({ prisma }, { dir, now: testNow });
      const afterImport = vi.fn(() => Promise.resolve());
      expect(await seedOnFirstStart({ prisma, logger: testLogger }, { dir: demoDataDir, now: testNow, afterImport })).toBeNull();
      expect(afterImport).not.toHaveBeenCalled();
      expect(await prisma.company.count()).toBe(3);
    }), 120_000);

  it("completes, on the next start, the demo import of a server killed with SIGKILL in the middle of it", async () => {
    const db = process.env.TEST_DB === "postgres" ? await createTestDatabase({ migrate: false }) : null;
    const dataDir = mkdtempSync(path.join(tmpdir(), "cm-seed-kill-"));
    // The first start reads its opportunities from a named pipe: opening the pipe's other end
    // returns once the server has stored the companies and blocks on the opportunities, the
    // moment it is killed. No timing involved.
    const seedDir = copyDemoData();
    const pipe = path.join(seedDir, "opportunities.jsonl");
    rmSync(pipe);
    execFileSync("mkfifo", [pipe]);
    const env = {
      ...process.env,
      NODE_ENV: "development",
      DATABASE_URL: db?.url ?? "",
      DATA_DIR: dataDir,
      SEED_ON_EMPTY: "true",
      SEED_DATA_DIR: seedDir,
      ADMIN_EMAIL: "",
      ADMIN_PASSWORD: "",
      HOST: "127.0.0.1",
      PORT: "0",
      SCHEDULER: "false",
      LOG_LEVEL: "warn",
    };
    let server: ChildProcess | undefined;
    try {
      // node itself with tsx's loader (the tsx command would run the server in a child of its own, out of reach of the kill).
      const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: path.join(repoRoot, "server"), env, stdio: ["ignore", "pipe", "pipe"] });
      server = child;
      let output = "";
      for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
      const reading = open(pipe, "w");
      const first = await Promise.race([reading.then(() => "reading" as const), exited.then(() => "exited" as const)]);
      if (first === "exited") {
        // Release the pending open before failing.
        closeSync(openSync(pipe, constants.O_RDONLY | constants.O_NONBLOCK));
        await (await reading).close();
        throw new Error(`the server stopped before it read the opportunities:\n${output}`);
      }
      child.kill("SIGKILL");
      expect(await exited, output).toBe("SIGKILL");
      await (await reading).close();

      // What the issue found: firms, no opportunities, no demo administrator.
      const opened = db ?? (await openDatabase({ dataDir }));
      expect(await opened.prisma.company.count()).toBe(demoLines("companies.jsonl").length);
      expect(await opened.prisma.opportunity.count()).toBe(0);
      expect(await opened.prisma.user.count()).toBe(0);
      if (!db) await opened.close();

      // The next start (with the data set readable) completes it.
      const total = demoLines("opportunities.jsonl").length;
      const running = await startServer(loadConfig({ ...env, SEED_DATA_DIR: demoDataDir }), testLogger);
      try {
        expect(await running.db.prisma.company.count()).toBe(demoLines("companies.jsonl").length);
        expect(await running.db.prisma.opportunity.count({ where: { status: "PUBLISHED" } })).toBe(total);
        expect(await running.db.prisma.user.findUnique({ where: { email: demoAdminEmail }, select: { role: true } })).toEqual({ role: "ADMIN" });
        expect(readFileSync(path.join(dataDir, "demo-admin.txt"), "utf8")).toMatch(/^password: \S{12,}$/m);
        expect(await running.search.index.count("opportunities")).toBe(total);
      } finally {
        await running.stop();
      }
    } finally {
      // Never leave a server behind, whatever failed.
      if (server && server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
      await db?.destroy();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(seedDir, { recursive: true, force: true });
    }
  }, 180_000);
});
