import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import { applyMigrations } from "../db/migrations.ts";
import { importDataset } from "../imports/import.service.ts";
import { createLogger } from "../logger.ts";
import { searchCompanies } from "../search/company-search.service.ts";
import type { ParsedQuery } from "../search-index/query/parse-query.ts";
import { createEmbeddedIndex } from "../search-index/embedded/embedded-index.ts";
import { mean, ndcgAt, recallAt, type Judgments } from "../search-index/eval/metrics.ts";
import { rebuildIndex } from "../search-index/index-sync.ts";
import { loadQueryLexicon } from "../search-index/query/query-lexicon.ts";
import { matchCompaniesForOpportunity } from "../matching/matching.service.ts";
import { findExternalIds, findOpportunityIdByExternalId } from "./eval.repository.ts";
import { runCli } from "./run-cli.ts";

/** One line of what the engine understood: codes with the words they came from, and the leftover text. */
function describeParsed(p: ParsedQuery, filters: Record<string, string[] | undefined>): string {
  const list = (items: { code: string; text: string }[]) => (items.length ? items.map((r) => `${r.code}«${r.text}»`).join(" ") : "–");
  const chosen = Object.entries(filters).filter(([, v]) => v?.length).map(([k, v]) => `${k}=${v!.join(",")}`);
  return [
    `capabilities(${p.capabilityMode})=${list(p.capabilities)}`,
    `materials=${list(p.materials)}`,
    `certifications=${list(p.certifications)}`,
    `countries=${list(p.countries)}`,
    `regions=${list(p.regions)}`,
    ...(p.companies.length ? [`companies=${list(p.companies)}`] : []),
    `place=${p.place ? `${p.place.nameLatin}«${p.place.text}»` : "–"}`,
    `radius=${p.radiusKm ?? "–"}`,
    ...(chosen.length ? [`filters=${chosen.join(" ")}`] : []),
    `free=${JSON.stringify(p.freeText)}`,
  ].join(" ");
}

// pnpm eval -- --queries FILE [--matches FILE] [--data DIR] [--verbose]
// --verbose: every case with its scores, what the engine understood and its top 5 with grades,
// then the search scores per language and per tag.
await runCli(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== "--"),
    options: { queries: { type: "string" }, matches: { type: "string" }, data: { type: "string" }, quiet: { type: "boolean" }, verbose: { type: "boolean" } },
  });
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const dataDir = path.resolve(cwd, values.data ?? path.join(repoRoot, "..", "shared", "data"));
  const queriesFile = values.queries ? path.resolve(cwd, values.queries) : undefined;
  const matchesFile = values.matches ? path.resolve(cwd, values.matches) : undefined;
  if (!queriesFile && !matchesFile) throw new Error("give --queries FILE and/or --matches FILE");

  const dir = mkdtempSync(path.join(tmpdir(), "cm-eval-"));
  const logger = createLogger("warn");
  const db = await openDatabase({ dataDir: dir });
  try {
    await applyMigrations(db, logger);
    // One "now" for the import (which places the deadlines relative to it) and the matching.
    const now = new Date();
    const report = await importDataset(db, { dir: dataDir, now });
    const rejected = report.entities.reduce((n, e) => n + e.rejected.length, 0);
    if (rejected > 0) console.warn(`warning: ${rejected} records of ${dataDir} were rejected`);
    const index = await createEmbeddedIndex();
    await rebuildIndex(db.prisma, index);
    const lexicon = await loadQueryLexicon(db.prisma);
    const external = await findExternalIds(db.prisma);
    const lines: string[] = [];

    type Case = { id: string; text: string; ranked: string[]; relevant: Judgments; lang?: string; tags?: string[]; understood?: string };
    const evaluate = (label: string, cases: Case[]) => {
      const ndcg = cases.map((c) => ndcgAt(10, c.ranked, c.relevant));
      const recall = cases.map((c) => recallAt(10, c.ranked, c.relevant));
      if (values.verbose) {
        cases.forEach((c, i) => {
          const relevant = Object.values(c.relevant).filter((g) => g >= 1).length;
          console.log(`${c.id}${c.lang ? ` [${c.lang}]` : ""} ndcg=${ndcg[i]!.toFixed(3)} recall=${recall[i]!.toFixed(3)} relevant=${relevant}  ${c.text}`);
          if (c.understood) console.log(`    understood: ${c.understood}`);
          console.log(`    top5: ${c.ranked.slice(0, 5).map((id) => `${id}(${c.relevant[id] ?? 0})`).join(" ") || "–"}`);
        });
      }
      cases.forEach((c, i) => {
        const missed = Object.entries(c.relevant).filter(([id, g]) => g >= 1 && !c.ranked.slice(0, 10).includes(id)).length;
        const wrong = c.ranked.slice(0, 10).filter((id) => !c.relevant[id]).length;
        if (!values.quiet && !values.verbose && (ndcg[i]! < 0.999 || recall[i]! < 0.999)) {
          console.log(`${c.id} ndcg=${ndcg[i]!.toFixed(3)} recall=${recall[i]!.toFixed(3)} missed=${missed} irrelevant-in-top10=${wrong}  ${c.text}`);
        }
      });
      lines.push(`${label}${values.verbose ? ` n=${cases.length}` : ""} ndcg@10=${mean(ndcg).toFixed(3)} recall@10=${mean(recall).toFixed(3)}`);
      if (values.verbose) {
        // The same scores per language and per tag (judged files carry lang and tags).
        const groups = new Map<string, number[]>();
        cases.forEach((c, i) => {
          for (const key of [...(c.lang ? [`lang=${c.lang}`] : []), ...(c.tags ?? []).map((t) => `tag=${t}`)]) groups.set(key, [...(groups.get(key) ?? []), i]);
        });
        for (const [key, idx] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
          lines.push(`  ${label}[${key}] n=${idx.length} ndcg@10=${mean(idx.map((i) => ndcg[i]!)).toFixed(3)} recall@10=${mean(idx.map((i) => recall[i]!)).toFixed(3)}`);
        }
      }
    };

    if (queriesFile) {
      const queries = readFileSync(queriesFile, "utf8").trim().split("\n").map((l) => JSON.parse(l) as {
        id: string; text: string; lang?: string; tags?: string[]; filters: { countries?: string[]; certifications?: string[]; capabilities?: string[] }; relevant: Judgments;
      });
      const cases: Case[] = [];
      for (const q of queries) {
        const result = await searchCompanies({ search: { index, lexicon: async () => lexicon } }, {
          text: q.text, page: 1, pageSize: 10,
          countries: q.filters.countries, certifications: q.filters.certifications, capabilities: q.filters.capabilities,
        });
        cases.push({
          id: q.id, text: q.text, relevant: q.relevant, ranked: result.hits.map((h) => external.get(h.document.id)!),
          lang: q.lang, tags: q.tags, understood: values.verbose ? describeParsed(result.interpretation, q.filters) : undefined,
        });
      }
      evaluate("search", cases);
    }
    if (matchesFile) {
      const matches = readFileSync(matchesFile, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; opportunityExternalId: string; relevant: Judgments });
      const cases = [];
      for (const m of matches) {
        const opportunityId = await findOpportunityIdByExternalId(db.prisma, m.opportunityExternalId);
        const result = await matchCompaniesForOpportunity({ prisma: db.prisma, search: { index } }, { opportunityId, limit: 10, now });
        cases.push({ id: m.id, text: m.opportunityExternalId, relevant: m.relevant, ranked: result.matches.map((r) => external.get(r.companyId)!) });
      }
      evaluate("match", cases);
    }
    console.log(lines.join("\n"));
    await index.close();
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
