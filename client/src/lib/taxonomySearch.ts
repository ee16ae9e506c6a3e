import { foldToLatin } from "@cluster-match/shared/text-fold";

/** A vocabulary entry with its labels and synonyms in every language (what taxonomy.picker returns). */
export interface SearchableTerm {
  code: string;
  isGroup?: boolean;
  labels: Partial<Record<string, string>>;
  synonyms: Partial<Record<string, string[]>>;
}

interface IndexedText {
  text: string;
  folded: string;
  lang: string;
  isLabel: boolean;
}

export interface IndexedTerm {
  term: SearchableTerm;
  texts: IndexedText[];
}

export interface TermMatch {
  code: string;
  /** The label in the reader's language. */
  label: string;
  /** What the query matched when it is not that label ("Fräsen", German synonym). */
  matched: { text: string; lang: string } | null;
}

/** The label to show in a language: that language, else English, else any. */
export function labelIn(term: Pick<SearchableTerm, "labels" | "code">, locale: string): string {
  return term.labels[locale] ?? term.labels.en ?? Object.values(term.labels).find(Boolean) ?? term.code;
}

export function indexTerms(terms: SearchableTerm[]): IndexedTerm[] {
  return terms.map((term) => ({
    term,
    texts: [
      ...Object.entries(term.labels).flatMap(([lang, text]) => (text ? [{ text, folded: foldToLatin(text), lang, isLabel: true }] : [])),
      ...Object.entries(term.synonyms).flatMap(([lang, list]) => (list ?? []).map((text) => ({ text, folded: foldToLatin(text), lang, isLabel: false }))),
    ],
  }));
}

/** How well a folded text answers the query words: every word must occur; prefixes count more. */
function scoreText(folded: string, words: string[]): number {
  const textWords = folded.split(" ");
  let score = 0;
  for (const word of words) {
    if (folded.startsWith(word)) score += 3;
    else if (textWords.some((w) => w.startsWith(word))) score += 2;
    else if (folded.includes(word)) score += 1;
    else return 0;
  }
  return score;
}

/**
 * Finds terms whose label or synonym in any language contains the query words; labels and the
 * reader's language rank first. Group headings are left out unless asked for.
 */
export function searchTerms(
  index: IndexedTerm[],
  query: string,
  locale: string,
  options: { limit?: number; exclude?: Iterable<string>; includeGroups?: boolean } = {},
): TermMatch[] {
  const words = foldToLatin(query).split(" ").filter(Boolean);
  if (words.length === 0) return [];
  const excluded = new Set(options.exclude ?? []);
  const collator = new Intl.Collator(locale);
  const scored: { match: TermMatch; score: number }[] = [];
  for (const { term, texts } of index) {
    if (excluded.has(term.code) || (term.isGroup && !options.includeGroups)) continue;
    let best: { text: IndexedText; score: number } | null = null;
    for (const text of texts) {
      const base = scoreText(text.folded, words);
      if (base === 0) continue;
      const score = base * 4 + (text.isLabel ? 2 : 0) + (text.lang === locale ? 1 : 0);
      if (!best || score > best.score) best = { text, score };
    }
    if (!best) continue;
    const label = labelIn(term, locale);
    const matched = best.text.isLabel && best.text.text === label ? null : { text: best.text.text, lang: best.text.lang };
    scored.push({ match: { code: term.code, label, matched }, score: best.score });
  }
  scored.sort((a, b) => b.score - a.score || collator.compare(a.match.label, b.match.label));
  return scored.slice(0, options.limit ?? 12).map((s) => s.match);
}
