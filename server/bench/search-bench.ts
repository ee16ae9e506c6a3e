// pnpm bench:search [-- --companies N] [--skip-baseline]: index build, memory, and query latency of the embedded
// engine through the search service and through tRPC over HTTP, against a PostgreSQL ILIKE
// baseline over the same firms. Figures are printed, not asserted: machines are noisy.
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { createReadStream, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import pg from "pg";
import { companySearchInputSchema } from "@cluster-match/shared";
import { listClusters } from "../src/clusters/clusters.service.ts";
import { openDatabase } from "../src/db/database.ts";
import { applyMigrations } from "../src/db/migrations.ts";
import { createApp } from "../src/http/app.ts";
import { importDataset } from "../src/imports/import.service.ts";
import { createLogger } from "../src/logger.ts";
import { createServices } from "../src/services.ts";
import { createDiskStorage } from "../src/storage/file-storage.ts";
import { createEmbeddedIndex } from "../src/search-index/embedded/embedded-index.ts";
import { loadSearchVocabulary } from "../src/search-index/index-sync.ts";
import { loadQueryLexicon } from "../src/search-index/query/query-lexicon.ts";
import { stopwords } from "../src/search-index/query/stopwords.ts";
import { searchCompaniesApi, searchCompaniesLogged } from "../src/search/search-api.service.ts";
import { systemClock } from "../src/clock.ts";
import type { SearchRuntime } from "../src/search-index/search-runtime.ts";
import { tokenize } from "../src/search-index/text/normalize.ts";
import { loadVocabulary } from "../src/taxonomy/taxonomy.service.ts";
import { companyDocuments, generateDataset, vocabularyOnly } from "./bench-data.ts";
import { mixedQueries } from "./bench-queries.ts";

const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== "--"), options: { companies: { type: "string", default: "100000" }, "skip-baseline": { type: "boolean", default: false } } });
const companies = Number(values.companies);
const locales = ["bg", "en", "de"] as const;
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { p50: at(50), p95: at(95), p99: at(99) };
}
const fmt = (p: { p50: number; p95: number; p99: number }) => `p50 ${p.p50.toFixed(1)} ms  p95 ${p.p95.toFixed(1)} ms  p99 ${p.p99.toFixed(1)} ms`;

async function time<T>(samples: number[], fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  samples.push(performance.now() - started);
  return result;
}

console.log(`Generating ${companies} companies (cached between runs)…`);
const dataDir = generateDataset(companies, path.join(tmpdir(), `cm-bench-${companies}`));
const logger = createLogger("silent");
const db = await openDatabase({ dataDir: "memory://" });
await applyMigrations(db, logger);
await importDataset(db, { dir: vocabularyOnly(dataDir, path.join(tmpdir(), `cm-bench-vocabulary-${process.pid}`)) });
const searchVocabulary = await loadSearchVocabulary(db.prisma);
const clusters = await db.prisma.cluster.findMany({ select: { externalId: true, slug: true } });
const clusterSlugs = new Map(clusters.map((c) => [c.externalId!, c.slug]));

// ---- index build -------------------------------------------------------------------------
const index = await createEmbeddedIndex();
await index.configure({ synonyms: searchVocabulary.synonymGroups() });
const buildStarted = performance.now();
let indexed = 0;
for await (const docs of companyDocuments(dataDir, searchVocabulary, clusterSlugs)) {
  await index.upsert("companies", docs);
  indexed += docs.length;
}
const buildSeconds = (performance.now() - buildStarted) / 1000;
console.log(`index build: ${indexed} companies in ${buildSeconds.toFixed(1)} s (${Math.round(indexed / buildSeconds)} documents/s); peak RSS ${peakRssMb()} MB`);

const lexicon = await loadQueryLexicon(db.prisma);
const vocabularies = new Map(await Promise.all(locales.map(async (l) => [l, await loadVocabulary(db, { locale: l })] as const)));
const clusterNames = new Map(await Promise.all(locales.map(async (l) => [l, new Map((await listClusters(db, { locale: l })).map((c) => [c.slug, c.name]))] as const)));
const runtime: SearchRuntime = {
  index,
  lexicon: async () => lexicon,
  vocabulary: async (l) => vocabularies.get(l as (typeof locales)[number])!,
  searchVocabulary: async () => searchVocabulary,
  clusterNames: async (l) => clusterNames.get(l as (typeof locales)[number])!,
  vocabularyChanged: async () => undefined,
  drainOutbox: async () => 0,
  stop: async () => undefined,
};

const queries = mixedQueries(dataDir);
const inputs = queries.map((q, i) => companySearchInputSchema.parse({ q, locale: locales[i % 3], pageSize: 20 }));
for (const input of inputs.slice(0, 50)) await searchCompaniesApi({ search: runtime }, input); // warm-up

// ---- the search service --------------------------------------------------------------------
const service: number[] = [];
let totalHits = 0;
for (const input of inputs) totalHits += (await time(service, () => searchCompaniesApi({ search: runtime }, input))).total;
const engineP = percentiles(service);
console.log(`search service, ${inputs.length} mixed queries: ${fmt(engineP)} (mean ${Math.round(totalHits / inputs.length)} matches per query)`);

// The API's service also writes the search's analytics row; the HTTP ratio below compares
// against it, so that the ratio measures the transport alone.
const logged: number[] = [];
for (const input of inputs) await time(logged, () => searchCompaniesLogged({ search: runtime, prisma: db.prisma, clock: systemClock, logger }, input));
const serviceP = percentiles(logged);
console.log(`the same with its analytics row:   ${fmt(serviceP)}`);

// ---- the same through tRPC over HTTP ---------------------------------------------------------
const services = createServices(db.prisma, { secret: "bench-secret-bench-secret-bench-secret!", publicUrl: "http://127.0.0.1", storage: createDiskStorage(mkdtempSync(path.join(tmpdir(), "cm-bench-"))), devMailbox: false });
const server = createApp({ db, logger, search: runtime, services }).listen(0, "127.0.0.1");
await new Promise((resolve) => server.once("listening", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const http: number[] = [];
for (const input of inputs) {
  await time(http, async () => {
    const res = await fetch(`${base}/trpc/search.companies?input=${encodeURIComponent(JSON.stringify(input))}`);
    if (!res.ok) throw new Error(`HTTP ${res.status} for ${input.q}`);
    await res.json();
  });
}
server.close();
const httpP = percentiles(http);
console.log(`tRPC over HTTP, same queries:       ${fmt(httpP)}  (HTTP/service: p50 ${(httpP.p50 / serviceP.p50).toFixed(2)}x, p95 ${(httpP.p95 / serviceP.p95).toFixed(2)}x)`);

// ---- PostgreSQL ILIKE baseline ---------------------------------------------------------------
if (values["skip-baseline"]) {
  console.log(`peak RSS ${peakRssMb()} MB (ILIKE baseline skipped)`);
  await db.close();
  process.exit(0);
}
const serverUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `cm_bench_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: serverUrl });
// A connection closed by the server must end the baseline with a message, not crash the run.
admin.on("error", (error) => console.log(`PostgreSQL connection lost: ${error.message}`));
try {
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  client.on("error", (error) => console.log(`PostgreSQL connection lost: ${error.message}`));
  await client.connect();
  await client.query(`CREATE TABLE company (id text PRIMARY KEY, search_text text NOT NULL)`);
  const lines = createInterface({ input: createReadStream(path.join(dataDir, "companies.jsonl")), crlfDelay: Infinity });
  let batch: string[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const params = batch.flatMap((b) => JSON.parse(b) as [string, string]);
    await client.query(`INSERT INTO company VALUES ${batch.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(",")}`, params);
    batch = [];
  };
  for await (const line of lines) {
    if (!line.trim()) continue;
    const c = JSON.parse(line) as Record<string, unknown>;
    const text = [c.name, c.nameLatin, c.city, c.cityLatin, ...Object.values(c.description as object), ...(c.machines as string[])].join(" ").toLowerCase();
    batch.push(JSON.stringify([c.externalId, text]));
    if (batch.length === 1000) await flush();
  }
  await flush();
  await client.query("ANALYZE company");
  const ilike: number[] = [];
  for (const q of queries) {
    const words = tokenize(q).filter((w) => !stopwords.has(w)).slice(0, 3);
    const where = words.length ? words.map((_, i) => `search_text ILIKE $${i + 1}`).join(" AND ") : "true";
    await time(ilike, () => client.query(`SELECT id FROM company WHERE ${where} LIMIT 20`, words.map((w) => `%${w}%`)));
  }
  await client.end();
  const ilikeP = percentiles(ilike);
  console.log(`PostgreSQL ILIKE baseline:          ${fmt(ilikeP)}  (ILIKE/service: p50 ${(ilikeP.p50 / serviceP.p50).toFixed(1)}x, p95 ${(ilikeP.p95 / serviceP.p95).toFixed(1)}x)`);
} catch (error) {
  console.log(`PostgreSQL ILIKE baseline skipped: ${(error as Error).message} (set TEST_DATABASE_URL)`);
} finally {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  await admin.end().catch(() => undefined);
}
console.log(`peak RSS ${peakRssMb()} MB`);
await db.close();
