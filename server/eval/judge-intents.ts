/**
 * Judges hand-written search intents against the shared data set and writes judged queries in the
 * format of ../shared/data/eval/queries.public.jsonl ({id, text, lang, filters, relevant, tags}).
 *
 *   pnpm --filter @cluster-match/server eval:judge [-- --intents FILE] [--data DIR] [--out FILE]
 *
 * Grades follow "Relevance grades" of ../shared/data/README.md (hard conditions → 0; grade 2 = no
 * soft miss, grade 1 = one soft miss; "has capability X" = X or a descendant of X), extended with:
 * - region: a hard condition on the company's NUTS-2 code. One code or a list; a NUTS-1 code
 *   (3 characters, e.g. "DE2" Bayern, "PL9" Mazowieckie) stands for all its NUTS-2 regions.
 * - companyName: the query names one firm (its externalId); that firm is grade 2, nothing else
 *   is relevant.
 * An intent whose capabilities include a group code (e.g. "MACH" for "machined parts") is read by
 * the same hierarchy rule: a company has the group when it lists any capability of it.
 * The intent is what a human reader means; it is written by hand, never taken from the engine.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

export const languages = ["bg", "de", "en", "pl", "hu"] as const;
export type Lang = (typeof languages)[number];

/** The failure classes of issue 10 a query exercises (tags of the judged query). */
export const queryClasses = [
  "morphology", // inflected or derived forms
  "compound", // glued words (Stahlbauteile, lemezalkatrész)
  "trade-term", // workshop/product words outside the taxonomy synonyms
  "partial-match", // a word that belongs to a longer synonym of another capability / generic words
  "coordination", // elliptic and/or (Pulver- oder Nasslackierung)
  "translit", // Bulgarian typed in Latin letters
  "region", // NUTS-2 region, Bundesland, voivodeship, megye, planning region
  "exonym", // a city or country in a foreign form (Warna, Gabrowo, Vienna)
  "distance", // a radius in other units or spellings
  "cert-format", // a certificate written without spaces or by a national name
  "material-adj", // a material as an adjective (неръждаеми, aluminiowe)
  "name", // a firm's name
  "long", // a long natural sentence with filler words
  "place-ranking", // a place with a capability where ranking matters
] as const;

export interface Intent {
  capabilities?: string[];
  capabilityMode?: "all" | "any";
  certifications?: string[];
  materials?: string[];
  /** ISO-2 country, or a list meaning any of them ("in Poland or Hungary"). */
  country?: string | string[];
  /** A city of the data set (local or Latin form); without radiusKm a soft 50 km neighbourhood. */
  city?: string;
  region?: string | string[];
  radiusKm?: number;
  /** externalId of the firm the query names. */
  companyName?: string;
}

export interface IntentLine {
  id: string;
  lang: Lang;
  text: string;
  class: string[];
  intent: Intent;
}

export interface Company {
  externalId: string;
  name: string;
  nameLatin: string;
  country: string;
  city: string;
  cityLatin: string;
  region: string;
  lat: number;
  lng: number;
  capabilities: string[];
  certifications: string[];
  materials: string[];
}

export interface CityCentre {
  city: string;
  cityLatin: string;
  country: string;
  region: string;
  lat: number;
  lng: number;
}

export interface JudgeContext {
  /** capability or group code → parent code (null for groups). */
  parents: Map<string, string | null>;
  certifications: Set<string>;
  materials: Set<string>;
  cities: CityCentre[];
}

export type Grade = 0 | 1 | 2;

/** Great-circle distance (haversine, Earth radius 6371.0088 km), as in the data set's README. */
export function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Hierarchy rule: a company has X when it lists X or any descendant of X. */
export function hasCapability(listed: readonly string[], code: string, parents: Map<string, string | null>): boolean {
  return listed.some((own) => {
    for (let c: string | null | undefined = own; c; c = parents.get(c)) if (c === code) return true;
    return false;
  });
}

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim();

export function findCity(ctx: JudgeContext, name: string): CityCentre | undefined {
  return ctx.cities.find((c) => fold(c.city) === fold(name) || fold(c.cityLatin) === fold(name));
}

const listOf = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const regionsOf = (intent: Intent) => listOf(intent.region);

/** The grade of one company for one intent (README "Relevance grades", extended as above). */
export function gradeCompany(company: Company, intent: Intent, ctx: JudgeContext): Grade {
  if (intent.companyName) return company.externalId === intent.companyName ? 2 : 0;
  let misses = 0;
  const caps = intent.capabilities ?? [];
  const has = caps.map((code) => hasCapability(company.capabilities, code, ctx.parents));
  if (intent.capabilityMode === "any" && caps.length > 1) {
    if (!has.some(Boolean)) return 0;
    if (!has.every(Boolean)) misses++;
  } else if (!has.every(Boolean)) return 0;
  const countries = listOf(intent.country);
  if (countries.length && !countries.includes(company.country)) return 0;
  if ((intent.certifications ?? []).some((c) => !company.certifications.includes(c))) return 0;
  if ((intent.materials ?? []).some((m) => !company.materials.includes(m))) return 0;
  const regions = regionsOf(intent);
  if (regions.length && !regions.some((r) => company.region.startsWith(r))) return 0;
  if (intent.city) {
    const centre = findCity(ctx, intent.city);
    if (!centre) throw new Error(`unknown city ${intent.city}`);
    const d = haversineKm(company, centre);
    if (intent.radiusKm !== undefined) {
      if (d > intent.radiusKm) return 0;
    } else if (company.cityLatin !== centre.cityLatin || company.country !== centre.country) {
      if (d > 50) return 0;
      misses++;
    }
  }
  return misses === 0 ? 2 : misses === 1 ? 1 : 0;
}

/** Problems of one intent line against the vocabularies (empty = fine). */
export function validateLine(line: IntentLine, ctx: JudgeContext, companyIds: Set<string>): string[] {
  const errors: string[] = [];
  const allowed = new Set(["capabilities", "capabilityMode", "certifications", "materials", "country", "city", "region", "radiusKm", "companyName"]);
  if (!/^r-\d{3}$/.test(line.id ?? "")) errors.push(`bad id ${line.id}`);
  if (!languages.includes(line.lang)) errors.push(`bad lang ${line.lang}`);
  if (!line.text?.trim()) errors.push("empty text");
  if (!Array.isArray(line.class) || line.class.length === 0) errors.push("no class");
  for (const c of line.class ?? []) if (!(queryClasses as readonly string[]).includes(c)) errors.push(`unknown class ${c}`);
  const intent = line.intent ?? {};
  for (const key of Object.keys(intent)) if (!allowed.has(key)) errors.push(`unknown intent key ${key}`);
  for (const code of intent.capabilities ?? []) if (!ctx.parents.has(code)) errors.push(`unknown capability ${code}`);
  for (const code of intent.certifications ?? []) if (!ctx.certifications.has(code)) errors.push(`unknown certification ${code}`);
  for (const code of intent.materials ?? []) if (!ctx.materials.has(code)) errors.push(`unknown material ${code}`);
  if (intent.capabilityMode && !["all", "any"].includes(intent.capabilityMode)) errors.push(`bad capabilityMode ${intent.capabilityMode}`);
  for (const c of listOf(intent.country)) if (!/^[A-Z]{2}$/.test(c)) errors.push(`bad country ${c}`);
  for (const r of regionsOf(intent)) if (!/^[A-Z]{2}[0-9A-Z]{1,2}$/.test(r)) errors.push(`bad region ${r}`);
  if (intent.city && !findCity(ctx, intent.city)) errors.push(`unknown city ${intent.city}`);
  if (intent.radiusKm !== undefined && (!intent.city || !(intent.radiusKm > 0))) errors.push("radiusKm needs a city and a positive number");
  if (intent.companyName && !companyIds.has(intent.companyName)) errors.push(`unknown company ${intent.companyName}`);
  const constrained = intent.companyName || (intent.capabilities ?? []).length || intent.certifications?.length || intent.materials?.length || listOf(intent.country).length || intent.city || regionsOf(intent).length;
  if (!constrained) errors.push("empty intent");
  return errors;
}

export interface JudgedQuery {
  id: string;
  text: string;
  lang: Lang;
  filters: Record<string, never>;
  relevant: Record<string, number>;
  tags: string[];
}

/** Grades every company; grade-2 firms first, then grade 1, each by id. */
export function judgeLine(line: IntentLine, companies: Company[], ctx: JudgeContext): JudgedQuery {
  const graded = companies.map((c) => [c.externalId, gradeCompany(c, line.intent, ctx)] as const).filter(([, g]) => g > 0);
  graded.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { id: line.id, text: line.text, lang: line.lang, filters: {}, relevant: Object.fromEntries(graded), tags: line.class };
}

/** Companies that lie within `margin` km of a distance limit of the intent (radius or the 50 km neighbourhood). */
export function nearLimit(line: IntentLine, companies: Company[], ctx: JudgeContext, margin = 1): string[] {
  const { intent } = line;
  if (!intent.city || intent.companyName) return [];
  const centre = findCity(ctx, intent.city)!;
  const limit = intent.radiusKm ?? 50;
  const others = companies.filter((c) => intent.radiusKm !== undefined || c.cityLatin !== centre.cityLatin);
  return others
    .filter((c) => Math.abs(haversineKm(c, centre) - limit) < margin)
    .filter((c) => gradeCompany(c, { ...intent, city: undefined, radiusKm: undefined }, ctx) > 0)
    .map((c) => c.externalId);
}

/** City centres from the "### Cities" table of the data set's README; else the mean of the firms' coordinates. */
export function loadCities(dataDir: string, companies: Company[]): { cities: CityCentre[]; source: string } {
  try {
    const readme = readFileSync(path.join(dataDir, "README.md"), "utf8");
    const section = readme.split(/^### Cities/m)[1]?.split(/^#{2,3} /m)[0] ?? "";
    const cities = section
      .split("\n")
      .map((row) => row.split("|").map((cell) => cell.trim()))
      .filter((cells) => cells.length >= 8 && /^-?\d+\.\d+$/.test(cells[5]!) && /^[A-Z]{2}$/.test(cells[3]!))
      .map((cells) => ({ city: cells[1]!, cityLatin: cells[2]!, country: cells[3]!, region: cells[4]!, lat: Number(cells[5]), lng: Number(cells[6]) }));
    if (cities.length) return { cities, source: "README city table" };
  } catch {
    /* no README: fall back below */
  }
  const byCity = new Map<string, Company[]>();
  for (const c of companies) byCity.set(`${c.country}:${c.cityLatin}`, [...(byCity.get(`${c.country}:${c.cityLatin}`) ?? []), c]);
  const cities = [...byCity.values()].map((cs) => ({
    city: cs[0]!.city,
    cityLatin: cs[0]!.cityLatin,
    country: cs[0]!.country,
    region: cs[0]!.region,
    lat: cs.reduce((s, c) => s + c.lat, 0) / cs.length,
    lng: cs.reduce((s, c) => s + c.lng, 0) / cs.length,
  }));
  return { cities, source: "mean of company coordinates (no README city table)" };
}

export function loadContext(dataDir: string): { ctx: JudgeContext; companies: Company[]; citySource: string } {
  const json = (file: string) => JSON.parse(readFileSync(path.join(dataDir, file), "utf8")) as { code: string; parent?: string | null }[];
  const companies = readFileSync(path.join(dataDir, "companies.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Company);
  const { cities, source } = loadCities(dataDir, companies);
  const ctx: JudgeContext = {
    parents: new Map(json("taxonomy.json").map((t) => [t.code, t.parent ?? null])),
    certifications: new Set(json("certifications.json").map((c) => c.code)),
    materials: new Set(json("materials.json").map((m) => m.code)),
    cities,
  };
  return { ctx, companies, citySource: source };
}

function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== "--"),
    options: { intents: { type: "string" }, data: { type: "string" }, out: { type: "string" } },
  });
  const here = path.dirname(fileURLToPath(import.meta.url));
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const intentsFile = values.intents ? path.resolve(cwd, values.intents) : path.join(here, "real-phrasings.intent.jsonl");
  const dataDir = values.data ? path.resolve(cwd, values.data) : path.resolve(here, "..", "..", "..", "shared", "data");
  const outFile = values.out ? path.resolve(cwd, values.out) : path.join(here, "real-phrasings.jsonl");

  const { ctx, companies, citySource } = loadContext(dataDir);
  const ids = new Set(companies.map((c) => c.externalId));
  const lines = readFileSync(intentsFile, "utf8")
    .split("\n")
    .map((l, i) => [l, i + 1] as const)
    .filter(([l]) => l.trim())
    .map(([l, n]) => {
      try {
        return JSON.parse(l) as IntentLine;
      } catch (error) {
        throw new Error(`${path.basename(intentsFile)}:${n}: ${(error as Error).message}`);
      }
    });

  const problems = lines.flatMap((line) => validateLine(line, ctx, ids).map((e) => `${line.id}: ${e}`));
  const seen = new Set<string>();
  for (const line of lines) if (seen.has(line.id) || !seen.add(line.id)) problems.push(`${line.id}: duplicate id`);
  if (problems.length) {
    console.error(problems.join("\n"));
    throw new Error(`${problems.length} invalid intent(s) in ${intentsFile}`);
  }

  const kept: JudgedQuery[] = [];
  const dropped: string[] = [];
  const warnings: string[] = [];
  for (const line of lines) {
    const judged = judgeLine(line, companies, ctx);
    const grades = Object.values(judged.relevant);
    const g2 = grades.filter((g) => g === 2).length;
    if (g2 === 0) {
      dropped.push(`${line.id} [${line.lang}] no grade-2 company (${grades.length} grade 1): ${line.text}`);
      continue;
    }
    const near = nearLimit(line, companies, ctx);
    if (near.length) warnings.push(`${line.id}: ${near.length} candidate(s) within 1 km of the distance limit (${near.join(", ")})`);
    kept.push(judged);
  }
  writeFileSync(outFile, kept.map((q) => JSON.stringify(q)).join("\n") + "\n");

  const count = (key: (q: JudgedQuery) => string[]) => {
    const m = new Map<string, number>();
    for (const q of kept) for (const k of key(q)) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m.entries()].map(([k, n]) => `${k} ${n}`).join(", ");
  };
  const sizes = kept.map((q) => Object.keys(q.relevant).length).sort((a, b) => a - b);
  console.log(`data: ${dataDir} (${companies.length} companies; city centres from ${citySource})`);
  console.log(`intents: ${lines.length}, judged: ${kept.length}, dropped: ${dropped.length} → ${outFile}`);
  console.log(`per language: ${count((q) => [q.lang])}`);
  console.log(`per class: ${count((q) => q.tags)}`);
  console.log(`relevant per query (grade ≥ 1): min ${sizes[0]}, median ${sizes[Math.floor(sizes.length / 2)]}, max ${sizes.at(-1)}`);
  if (dropped.length) console.log(`dropped:\n  ${dropped.join("\n  ")}`);
  if (warnings.length) console.log(`warnings:\n  ${warnings.join("\n  ")}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
