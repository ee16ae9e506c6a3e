import { appendFileSync } from "node:fs";
import type { Server } from "node:http";
import { unsafeTextMessage } from "@cluster-match/shared";
import { TRPCError } from "@trpc/server";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadAccessSamples, type AccessSamples, type MatrixFixtures } from "../test/access-matrix.ts";
import { buildActors } from "../test/builders.ts";
import { randomEik } from "../test/company-builders.ts";
import { importDemoData, servicesFor, startTestSearch, testPublicUrl } from "../test/fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../test/test-database.ts";
import { createInnerContext, type SessionUser } from "./context.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";
import { createApp } from "./http/app.ts";
import type { Logger } from "./logger.ts";
import { appRouter, createCaller } from "./router.ts";
import type { SearchRuntime } from "./search-index/search-runtime.ts";
import type { Meta } from "./trpc.ts";

// Every procedure of the authorization matrix, fed hostile values in each field of its valid
// sample input and as its whole input, by a visitor and by an admin (whom every rule admits, so
// the values reach the services). Nothing may answer 500 or log at error level; what is refused
// must leave the database as it was; text that cannot be stored or displayed safely must be
// refused as invalid input. Deterministic: the cases and every Math.random of the sample
// builders come from one seed (FUZZ_SEED to explore others; FUZZ_REPORT=file collects every
// failure instead of the first few).

const seed = Number(process.env.FUZZ_SEED ?? 20261207);

function mulberry32(start: number): () => number {
  let a = start >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function nested(depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

/** An object with an own key that object literals cannot make (`__proto__`), as JSON.parse makes it. */
function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return target;
}

type FamilyName = "wrongType" | "number" | "huge" | "sqlLike" | "filterLike" | "hidden" | "nul" | "surrogate" | "control" | "bidi" | "deep" | "protoKey";

/** Values of each family; one of each family is tried per field, chosen by the seed. */
const families: Record<FamilyName, () => unknown[]> = {
  wrongType: () => [null, 0, -1, true, "", "1", [], {}, [[]], [null], { length: 1 }],
  number: () => [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e308, -1e308, 2 ** 53 + 1, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 1.5, -0, 5e-324],
  huge: () => ["x".repeat(100_001), "ж".repeat(60_000), Array.from({ length: 10_001 }, () => "a"), "9".repeat(400), " ".repeat(100_001)],
  sqlLike: () => ["' OR '1'='1", "'; DROP TABLE \"Company\"; --", "%", "_%_", "\\", "$1", "1; SELECT pg_sleep(5)", "E'\\x41'", "\"User\""],
  filterLike: () => ['"] OR country = "DE"', ") OR (1=1", "country = DE OR id EXISTS", "_geoRadius(42.7, 23.3, 100000)", "*", 'a" OR "1"="1', "status != PUBLISHED"],
  nul: () => ["\u0000", "a\u0000b", "Фирма\u0000", "x".repeat(10) + "\u0000"],
  surrogate: () => ["\uD800", "a\uDC00b", "\uDFFF\uD800", "ok\uD83D"],
  control: () => ["\u001B[31mred", "a\u0007b", "del\u007F", "c1\u0085", "\u009B31m", "a\u0008b"],
  // Invisible, not forbidden: refused in names and other display text by their schemas.
  hidden: () => ["admin\u200B", "x\uFEFF", "word\u2060joiner"],
  bidi: () => ["\u202Egnp.exe", "\u2066x\u2069", "\u202Aembedded\u202C", "a\u202Db"],
  deep: () => [nested(10_000, "x", (v) => [v]), nested(1000, "x", (v) => ({ a: v }))],
  protoKey: () => [
    JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
    { constructor: { prototype: { polluted: true } } },
    withOwnKey({}, "a\u0000b", "x"),
    withOwnKey({}, "\u202Ekey", "x"),
  ],
};
/** Families that must be refused as invalid input wherever they appear, whoever calls. */
const alwaysRefused = new Set<FamilyName>(["nul", "surrogate", "control", "bidi", "deep", "protoKey"]);
const familyNames = Object.keys(families) as FamilyName[];

type Path = (string | number)[];

/** Paths of every node below the root (fields, nested objects, a list's first item standing for the rest). */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.slice(0, 1).map((v, i) => [i, v])
    : typeof value === "object" && value !== null
      ? Object.entries(value)
      : [];
  return children.flatMap(([key, child]) => [[...path, key], ...pathsOf(child, [...path, key])]);
}

/** Paths of every object node, the root included (where hostile keys are added). */
function objectPathsOf(value: unknown, path: Path = []): Path[] {
  if (typeof value !== "object" || value === null) return [];
  const own = Array.isArray(value) ? [] : [path];
  const children: [string | number, unknown][] = Array.isArray(value) ? value.slice(0, 1).map((v, i) => [i, v]) : Object.entries(value);
  return [...own, ...children.flatMap(([key, child]) => objectPathsOf(child, [...path, key]))];
}

function replaceAt(input: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(input) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

/** Merges the own keys of `extra` (hostile keys included) into the object at `path`. */
function addKeysAt(input: unknown, path: Path, extra: object): unknown {
  const copy = structuredClone(input) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  for (const key of Object.keys(extra)) withOwnKey(node as Record<string, unknown>, key, (extra as Record<string, unknown>)[key]);
  return copy;
}

function describeValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v)) ?? String(value);
  } catch {
    text = "<nested too deep to print>";
  }
  return text.length > 60 ? `${text.slice(0, 60)}…(${text.length})` : text;
}

interface FuzzCase {
  family: FamilyName;
  where: string;
  /** The hostile input made from a valid sample (every sample of a procedure has the same shape). */
  input: (sample: unknown) => unknown;
}

/** Families of text no procedure may receive; each field gets one of them, chosen by the seed. */
const unsafeValueFamilies: FamilyName[] = ["nul", "surrogate", "control", "bidi", "deep"];
/** Families a valid input may legitimately hold or a schema refuses; each field gets one value of each. */
const otherValueFamilies: FamilyName[] = ["wrongType", "number", "huge", "sqlLike", "filterLike", "hidden"];
/** Values of each family that replace the whole input. */
const wholeInputPicks = 2;

/**
 * The cases of one procedure: in each field of the sample one unsafe value and (for callers
 * past the rule) one value of each other family; hostile keys in each object; then values of
 * every family as the whole input.
 */
function casesFor(sample: unknown, random: () => number, pastTheRule: boolean): FuzzCase[] {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const cases: FuzzCase[] = [];
  const fieldCase = (path: Path, family: FamilyName) => {
    const value = pick(families[family]());
    cases.push({ family, where: `${path.join(".")} = ${describeValue(value)}`, input: (fresh) => replaceAt(fresh, path, value) });
  };
  for (const path of pathsOf(sample)) {
    fieldCase(path, pick(unsafeValueFamilies));
    if (pastTheRule) for (const family of otherValueFamilies) fieldCase(path, family);
  }
  for (const path of objectPathsOf(sample)) {
    const extra = pick(families.protoKey());
    cases.push({ family: "protoKey", where: `keys of ${path.join(".") || "input"} + ${describeValue(Object.keys(extra))}`, input: (fresh) => addKeysAt(fresh, path, extra) });
  }
  for (const family of pastTheRule ? familyNames : [...alwaysRefused]) {
    const values = families[family]();
    for (let i = 0; i < Math.min(wholeInputPicks, values.length); i++) {
      const value = values.splice(Math.floor(random() * values.length), 1)[0];
      cases.push({ family, where: `input = ${describeValue(value)}`, input: () => value });
    }
  }
  return cases;
}

/**
 * A journal of writes: a row trigger on every table counts the rows each statement inserts,
 * updates or deletes, so comparing the counts before and after a call shows whether it changed
 * anything, and where. The throttle's counters are left out: a refused sign-in counts by design.
 */
async function installWriteJournal(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRawUnsafe(`CREATE TABLE fuzz_writes (tbl text PRIMARY KEY, n bigint NOT NULL)`);
  await prisma.$executeRawUnsafe(`
    CREATE FUNCTION fuzz_note_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO fuzz_writes VALUES (TG_TABLE_NAME, 1) ON CONFLICT (tbl) DO UPDATE SET n = fuzz_writes.n + 1;
      RETURN NULL;
    END $$`);
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
       AND table_name NOT IN ('fuzz_writes', '_prisma_migrations', 'RateLimiterFlexible')`,
  );
  expect(tables.length).toBeGreaterThan(20);
  for (const { name } of tables) {
    await prisma.$executeRawUnsafe(`CREATE TRIGGER fuzz_write AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION fuzz_note_write()`);
  }
}

type Fingerprint = Map<string, number>;

function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return [...after.keys()].filter((table) => before.get(table) !== after.get(table));
}

/** A logger that keeps what is logged at error level or above, for the assertion that nothing is. */
function recordingLogger(level: "info" | "error" = "error"): { logger: Logger; errors: string[] } {
  const errors: string[] = [];
  const logger = pino(
    { level },
    {
      write(line: string) {
        if ((JSON.parse(line) as { level: number }).level >= 50) errors.push(line.slice(0, 2000));
      },
    },
  );
  return { logger, errors };
}

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta; type: string } }>);

type Outcome = { ok: true } | { ok: false; code: string; appCode: string | null };

async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    await call();
    return { ok: true };
  } catch (error) {
    if (!(error instanceof TRPCError)) return { ok: false, code: `not a TRPCError: ${String(error)}`, appCode: null };
    const cause = error.cause as { name?: string; code?: string } | undefined;
    return { ok: false, code: error.code, appCode: cause?.name === "AppError" ? (cause.code ?? null) : null };
  }
}

// One database for the file: the demo data, the matrix's actors, and the journal of writes.
let db: TestDatabase;
let search: SearchRuntime;
let fixtures: MatrixFixtures;
let samples: AccessSamples;
beforeAll(async () => {
  // The sample builders draw names, e-mails and registry ids from Math.random: seed it too.
  vi.spyOn(Math, "random").mockImplementation(mulberry32(seed ^ 0x5eed));
  db = await createTestDatabase();
  await importDemoData(db.prisma);
  search = await startTestSearch(db.prisma);
  fixtures = { ...(await buildActors(db.prisma)), prisma: db.prisma };
  samples = await loadAccessSamples();
  await installWriteJournal(db.prisma);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await search?.stop();
  await db?.destroy();
});

describe(`fuzz: hostile input to every procedure (${process.env.TEST_DB})`, () => {
  const recorded = recordingLogger();
  const random = mulberry32(seed);
  let totalCalls = 0;
  afterAll(() => console.info(`fuzz (${process.env.TEST_DB}, seed ${seed}): ${totalCalls} calls on ${procedures.length} procedures`));

  const fingerprint = async (): Promise<Fingerprint> =>
    new Map((await db.prisma.$queryRawUnsafe<{ tbl: string; n: bigint }[]>(`SELECT tbl, n FROM fuzz_writes`)).map((r) => [r.tbl, Number(r.n)]));

  for (const [name, procedure] of procedures) {
    const access = procedure._def.meta?.access ?? "public";
    it(`${name} (${access})`, async () => {
      const sample = samples[name];
      expect(sample, `no access sample for ${name}`).toBeDefined();
      const [domain, verb] = name.split(".") as [string, string];
      const failures: string[] = [];
      // An admin passes every rule, so its calls reach validation and the service; a visitor is
      // refused by most rules, but hostile text must be refused as invalid before any rule.
      const actors: [string, SessionUser | null][] = access === "public" ? [["visitor", null]] : [["visitor", null], ["admin", fixtures.admin]];
      for (const [actorName, user] of actors) {
        const caller = createCaller(
          createInnerContext({ prisma: db.prisma, logger: recorded.logger, search, services: servicesFor(db.prisma), user }),
        ) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
        const call = async (fuzz: FuzzCase, sampleInput: unknown) => {
          const errorsBefore = recorded.errors.length;
          const outcome = await outcomeOf(() => caller[domain]![verb]!(fuzz.input(sampleInput)));
          totalCalls++;
          const label = `${name} as ${actorName}, ${fuzz.family}: ${fuzz.where} →`;
          if (!outcome.ok && (outcome.code === "INTERNAL_SERVER_ERROR" || outcome.code.startsWith("not a TRPCError"))) failures.push(`${label} ${outcome.code}`);
          if (alwaysRefused.has(fuzz.family) && (outcome.ok || outcome.code !== "BAD_REQUEST")) failures.push(`${label} ${outcome.ok ? "accepted" : outcome.code} instead of BAD_REQUEST`);
          if (recorded.errors.length > errorsBefore) failures.push(`${label} logged at error level: ${recorded.errors.at(-1)!.slice(0, 300)}`);
          if (({} as Record<string, unknown>).polluted !== undefined) failures.push(`${label} polluted Object.prototype`);
          return { outcome, label };
        };
        let sampleInput = await sample!(fixtures);
        const cases = casesFor(sampleInput, random, actorName === "admin" || access === "public");

        // Cases that must be refused run as one block between two looks at the journal.
        let before = await fingerprint();
        for (const fuzz of cases.filter((c) => alwaysRefused.has(c.family))) await call(fuzz, sampleInput);
        let after = await fingerprint();
        const changedByRefused = changedTables(before, after);
        if (changedByRefused.length > 0) failures.push(`${name} as ${actorName}: cases refused as invalid changed ${changedByRefused.join(", ")}`);

        // The others may be accepted: each between two looks, on a fresh sample after an accepted one
        // (which may have used it up: a decided introduction, a suspended user …).
        let usedUp = false;
        for (const fuzz of cases.filter((c) => !alwaysRefused.has(c.family))) {
          if (usedUp) {
            sampleInput = await sample!(fixtures);
            after = await fingerprint();
            usedUp = false;
          }
          before = after;
          const { outcome, label } = await call(fuzz, sampleInput);
          after = await fingerprint();
          if (outcome.ok) usedUp = true;
          else {
            const changed = changedTables(before, after);
            if (changed.length > 0) failures.push(`${label} refused (${outcome.appCode ?? outcome.code}) but changed ${changed.join(", ")}`);
          }
        }
      }
      if (process.env.FUZZ_REPORT && failures.length > 0) appendFileSync(process.env.FUZZ_REPORT, `${failures.join("\n")}\n`);
      expect(failures.length, `${failures.length} failures, the first:\n${failures.slice(0, 15).join("\n")}`).toBe(0);
    });
  }
});

describe(`names and display text refuse hidden characters that other fields let through (${process.env.TEST_DB})`, () => {
  const as = (user: SessionUser | null) =>
    createCaller(createInnerContext({ prisma: db.prisma, logger: recordingLogger().logger, search, services: servicesFor(db.prisma), user }));

  /** "path: message" of each zod issue a refused call reports. */
  async function issuesOf(call: Promise<unknown>): Promise<string[]> {
    const error = await call.then(() => null, (e: unknown) => e);
    const cause = error instanceof TRPCError ? (error.cause as { issues?: { path: PropertyKey[]; message: string }[] } | undefined) : undefined;
    return (cause?.issues ?? []).map((i) => `${i.path.map(String).join(".")}: ${i.message}`);
  }

  it("refuses a zero-width space, a tab, a line break or a direction mark in names and messages, and cleans them from a search", async () => {
    const owner = as(fixtures.owner);
    const register = { legalForm: "ООД", country: "BG", registryId: randomEik(), city: "Видин", confirmNotDuplicate: true };
    for (const name of ["Фирма\u200B ООД", "Фирма\tООД", "Фирма\u200E ООД", "Фирма\nООД"]) {
      expect(await issuesOf(owner.companies.register({ ...register, name })), JSON.stringify(name)).toEqual([`name: ${unsafeTextMessage}`]);
    }
    expect(await issuesOf(owner.accounts.update({ name: "Eve\u2060Admin" }))).toEqual([`name: ${unsafeTextMessage}`]);
    expect(await issuesOf(owner.savedSearches.create({ name: "CNC\u200B Bulgaria", kind: "COMPANIES", query: { q: "CNC" } }))).toEqual([`name: ${unsafeTextMessage}`]);
    const body = "Guten Tag,\nwir haben Interesse.\u200B";
    expect(await issuesOf(owner.introductions.request({ companyId: fixtures.companyId, toCompanyId: fixtures.otherCompanyId, message: body }))).toEqual([
      `message: ${unsafeTextMessage}`,
    ]);
    const pasted = await as(null).search.companies({ q: "CNC\u200B frezowanie\uFEFF" });
    expect(pasted.interpretation.capabilities.map((c) => c.code)).toEqual(["MACH.CNC_MILLING"]);
  });
});

describe(`fuzz over HTTP: hostile requests answer 400 and log no error (${process.env.TEST_DB})`, () => {
  let server: Server;
  let base: string;
  // Every request is logged (at info when it is refused); none may be logged as an error.
  const recorded = recordingLogger("info");

  beforeAll(async () => {
    server = createApp({ db, logger: recorded.logger, search, services: servicesFor(db.prisma) }).listen(0);
    await new Promise((resolve) => server.once("listening", resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  const query = (path: string, input: string) => fetch(`${base}/trpc/${path}?input=${encodeURIComponent(input)}`);
  const mutation = (path: string, body: string) =>
    fetch(`${base}/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json", origin: testPublicUrl }, body });

  type ErrorBody = { error: { message: string; data: { appCode: string; httpStatus: number; zodError: { formErrors: string[]; fieldErrors: Record<string, string[]> } | null } } };

  it.each([
    ["companies.get: NUL in a slug", () => query("companies.get", '{"idOrSlug":"a\\u0000b"}'), "idOrSlug"],
    ["matching.forCompany: lone surrogate", () => query("matching.forCompany", '{"idOrSlug":"\\ud800"}'), "idOrSlug"],
    ["matching.forOpportunity: NUL in an id", () => query("matching.forOpportunity", '{"id":"\\u0000"}'), "id"],
    ["search.companies: NUL in the query", () => query("search.companies", '{"q":"cnc\\u0000"}'), "q"],
    ["accounts.signUp: NUL in the name", () => mutation("accounts.signUp", '{"name":"Eve\\u0000","email":"eve@example.test","password":"a long password","acceptPrivacy":true}'), "name"],
    ["accounts.signUp: right-to-left override in the name", () => mutation("accounts.signUp", '{"name":"Eve \\u202Egnp.exe","email":"eve2@example.test","password":"a long password","acceptPrivacy":true}'), "name"],
    ["accounts.signIn: lone surrogate in the password", () => mutation("accounts.signIn", '{"email":"eve@example.test","password":"\\udc00 password"}'), "password"],
    ["accounts.requestPasswordReset: __proto__ key", () => mutation("accounts.requestPasswordReset", '{"email":"eve@example.test","__proto__":{"polluted":true}}'), null],
    ["companies.list: nested 1,000 deep", () => query("companies.list", `{"countries":${"[".repeat(1000)}${"]".repeat(1000)}}`), "countries"],
  ])("%s", async (_title, send, field) => {
    const errorsBefore = recorded.errors.length;
    const res = await send();
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.data.appCode).toBe("VALIDATION");
    expect(body.error.message).toBe("Invalid input");
    if (field) expect(Object.keys(body.error.data.zodError?.fieldErrors ?? {})).toEqual([field]);
    expect(recorded.errors.slice(errorsBefore)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("answers malformed JSON and wrong types with 400 and numbers out of range with 400, without an error log", async () => {
    const errorsBefore = recorded.errors.length;
    const statuses = await Promise.all([
      query("companies.list", '{"pageSize":'),
      query("companies.list", '{"pageSize":1e308}'),
      query("companies.list", '{"page":-1e308}'),
      query("companies.list", '{"countries":"BG"}'),
      query("companies.get", '["a"]'),
      query("companies.get", `{"idOrSlug":"${"x".repeat(500)}"}`),
      mutation("accounts.signIn", '{"email":["a@example.test"],"password":{}}'),
    ]).then((responses) => responses.map((r) => r.status));
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 400]);
    expect(recorded.errors.slice(errorsBefore)).toEqual([]);
  });
});
