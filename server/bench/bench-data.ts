import { createReadStream, existsSync, mkdirSync, copyFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { spawnSync } from "node:child_process";
import { sizeFromEmployees, type CompanyImport } from "@cluster-match/shared";
import { repoRoot } from "../src/config.ts";
import { companyDocument } from "../src/search-index/document-builder.ts";
import type { CompanyDocument } from "../src/search-index/documents.ts";
import type { CompanyIndexRow } from "../src/search-index/search.repository.ts";
import type { SearchVocabulary } from "../src/search-index/search-vocabulary.ts";

/** Generates (once, cached in the temp folder) a data set of `companies` firms with the team's generator. */
export function generateDataset(companies: number, dir: string): string {
  if (existsSync(path.join(dir, "companies.jsonl"))) return dir;
  const generator = path.resolve(repoRoot, "..", "shared", "tools", "gen-dataset.py");
  if (!existsSync(generator)) throw new Error(`the data generator is missing: ${generator}`);
  mkdirSync(dir, { recursive: true });
  const result = spawnSync("python3", [generator, "--companies", String(companies), "--out", dir, "--quiet"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("data generation failed");
  return dir;
}

/** The vocabulary files alone (taxonomy, materials, certifications, clusters) in a folder of their own. */
export function vocabularyOnly(dir: string, into: string): string {
  mkdirSync(into, { recursive: true });
  for (const f of ["taxonomy.json", "materials.json", "certifications.json", "clusters.json"]) copyFileSync(path.join(dir, f), path.join(into, f));
  return into;
}

/** A generated company as the indexer would read it from the database. */
function rowFromRecord(c: CompanyImport, clusterSlugs: Map<string, string>): CompanyIndexRow {
  return {
    id: c.externalId, slug: c.externalId, name: c.name, nameLatin: c.nameLatin, legalForm: c.legalForm, country: c.country,
    city: c.city, cityLatin: c.cityLatin, region: c.region ?? null, lat: c.lat ?? null, lng: c.lng ?? null,
    size: sizeFromEmployees(c.employees), employees: c.employees ?? null, foundedYear: c.foundedYear ?? null, verified: c.verified,
    status: "PUBLISHED", languages: c.languages ?? [], machines: c.machines ?? [], naceCodes: c.naceCodes ?? [],
    exportMarkets: c.exportMarkets ?? [], description: c.description, seeks: c.seeks ?? [],
    capabilities: c.capabilities.map((capabilityCode) => ({ capabilityCode })),
    certifications: (c.certifications ?? []).map((certificationCode) => ({ certificationCode })),
    materials: (c.materials ?? []).map((materialCode) => ({ materialCode })),
    clusters: c.clusterId ? [{ cluster: { slug: clusterSlugs.get(c.clusterId) ?? c.clusterId } }] : [],
  } as CompanyIndexRow;
}

/** Streams companies.jsonl as search documents in batches. */
export async function* companyDocuments(dir: string, vocabulary: SearchVocabulary, clusterSlugs: Map<string, string>, batch = 1000): AsyncGenerator<CompanyDocument[]> {
  const lines = createInterface({ input: createReadStream(path.join(dir, "companies.jsonl")), crlfDelay: Infinity });
  let docs: CompanyDocument[] = [];
  for await (const line of lines) {
    if (!line.trim()) continue;
    docs.push(companyDocument(rowFromRecord(JSON.parse(line) as CompanyImport, clusterSlugs), vocabulary));
    if (docs.length === batch) {
      yield docs;
      docs = [];
    }
  }
  if (docs.length) yield docs;
}
