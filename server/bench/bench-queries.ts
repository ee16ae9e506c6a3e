import { readFileSync } from "node:fs";
import path from "node:path";
import { places } from "../src/search-index/query/places.ts";

/** A small deterministic pseudo-random generator (mulberry32), so every run asks the same queries. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Term {
  code: string;
  parent: string | null;
  labels: Record<string, string>;
  synonyms: Record<string, string[]>;
}

const connectors: Record<string, { in: string; and: string; near: (km: number, city: string) => string; country: Record<string, string> }> = {
  bg: { in: "в", and: "и", near: (km, c) => `до ${km} км от ${c}`, country: { BG: "България", DE: "Германия", PL: "Полша" } },
  en: { in: "in", and: "and", near: (km, c) => `within ${km} km of ${c}`, country: { BG: "Bulgaria", DE: "Germany", HU: "Hungary" } },
  de: { in: "in", and: "und", near: (km, c) => `im Umkreis von ${km} km um ${c}`, country: { BG: "Bulgarien", AT: "Österreich", PL: "Polen" } },
  pl: { in: "w", and: "i", near: (km, c) => `do ${km} km od ${c}`, country: { BG: "Bułgaria", PL: "Polsce", HU: "Węgry" } },
  hu: { in: "", and: "és", near: (km, c) => `${c} ${km} km`, country: { BG: "Bulgária", HU: "Magyarországon", DE: "Németország" } },
};

/**
 * 1,000 mixed queries: capability phrases of all five languages with cities, countries, radii,
 * two-capability requests, a typo now and then, firm names and free words.
 */
export function mixedQueries(dataDir: string, count = 1000, seed = 42): string[] {
  const rnd = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(rnd() * items.length)]!;
  const terms = (JSON.parse(readFileSync(path.join(dataDir, "taxonomy.json"), "utf8")) as Term[]).filter((t) => t.parent);
  const names = readFileSync(path.join(dataDir, "companies.jsonl"), "utf8").split("\n", 2000).filter(Boolean).map((l) => (JSON.parse(l) as { nameLatin: string }).nameLatin);
  const langs = Object.keys(connectors);
  const phrase = (lang: string) => {
    const t = pick(terms);
    return rnd() < 0.7 ? t.labels[lang]! : pick(t.synonyms[lang] ?? [t.labels[lang]!]);
  };
  const typo = (s: string) => {
    const i = 1 + Math.floor(rnd() * Math.max(1, s.length - 2));
    return s.slice(0, i) + s.slice(i + 1);
  };
  const queries: string[] = [];
  while (queries.length < count) {
    const lang = pick(langs);
    const c = connectors[lang]!;
    const place = pick(places);
    const city = lang === "bg" ? place.name : place.nameLatin;
    const kind = rnd();
    let q: string;
    if (kind < 0.3) q = `${phrase(lang)} ${c.in} ${city}`;
    else if (kind < 0.45) q = `${phrase(lang)} ${pick(Object.values(c.country))}`;
    else if (kind < 0.55) q = `${phrase(lang)} ${c.near(pick([25, 50, 75, 100]), city)}`;
    else if (kind < 0.65) q = `${phrase(lang)} ${c.and} ${phrase(lang)}`;
    else if (kind < 0.75) q = typo(phrase(lang));
    else if (kind < 0.85) q = pick(names).split(" ").slice(0, 2).join(" ");
    else if (kind < 0.93) q = `${phrase(lang)} ISO 9001`;
    else q = phrase(lang);
    queries.push(q.replace(/\s+/g, " ").trim());
  }
  return queries;
}
