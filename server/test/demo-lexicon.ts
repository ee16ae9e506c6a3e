import { readFileSync } from "node:fs";
import { mergeExtraTerms } from "../src/search-index/extra-terms.ts";
import { buildLexicon, type Lexicon, type VocabularyInput } from "../src/search-index/query/lexicon.ts";
import { places } from "../src/search-index/query/places.ts";
import { tradeTerms } from "../src/search-index/query/trade-terms.ts";

const demo = (file: string) => JSON.parse(readFileSync(new URL(`../../demo-data/${file}`, import.meta.url), "utf8"));

/** The demo data's taxonomy, materials and certifications as the lexicon reads them from the database. */
export function demoVocabularyRows(options: { tradeTerms?: boolean } = {}): Pick<VocabularyInput, "terms" | "materials" | "certifications"> {
  const rows = {
    terms: (demo("taxonomy.json") as { code: string; parent: string | null; labels: unknown; synonyms: unknown }[]).map((t) => ({
      code: t.code, parentCode: t.parent, labels: t.labels, synonyms: t.synonyms,
    })),
    materials: demo("materials.json") as { code: string; labels: unknown; synonyms: unknown }[],
    certifications: demo("certifications.json") as { code: string; name: string; aliases?: string[] }[],
  };
  return options.tradeTerms ? mergeExtraTerms(rows, tradeTerms) : rows;
}

/**
 * The query lexicon of the demo vocabulary and the gazetteer, without the trade vocabulary unless
 * asked (the parser's own rules are tested on the taxonomy alone), and with any firms' names given.
 */
export function demoLexicon(options: { tradeTerms?: boolean; companies?: VocabularyInput["companies"] } = {}): Lexicon {
  return buildLexicon({ ...demoVocabularyRows(options), places, companies: options.companies });
}
