import type { Lexicon } from "./lexicon.ts";
import { findRegions } from "./regions.ts";
import { commonWords } from "./stopwords.ts";

/**
 * German and Hungarian glue words together ("Aluminiumdruckguss", "lemezalkatrész",
 * "Zerspanungsbetrieb"). A compound is split where a part is a word of the lexicon, so its
 * parts match in any order ("Druckguss aus Aluminium"); the lexicon's own compounds are split
 * too ("Pulverbeschichtung" also as "Pulver" + "Beschichtung").
 */

/** German linking elements between the parts ("Zerspanung-s-betrieb"); Hungarian has none. */
const linkingElements = ["", "s", "es", "n", "en", "e"];
/** The shortest part worth reading; shorter ones match too much by chance. */
const minPart = 4;
const minCompound = 8;
/** Longer runs of letters are no compound a buyer types; splitting them would cost the most. */
const maxCompound = 30;

/**
 * The parts of a compound: the split with the most letters in known words (`known` gives a
 * word's certainty, 0 for unknown), each part split again. Null when no part of five letters
 * or more is known.
 */
export function splitCompound(token: string, known: (word: string) => number, depth = 2): string[] | null {
  if (token.length < minCompound || token.length > maxCompound || /\d/.test(token) || depth === 0) return null;
  let best: { parts: [string, string]; score: number } | null = null;
  for (let cut = minPart; cut <= token.length - minPart; cut++) {
    const head = token.slice(cut);
    const left = token.slice(0, cut);
    for (const link of linkingElements) {
      if (!left.endsWith(link)) continue;
      const modifier = left.slice(0, left.length - link.length);
      if (modifier.length < minPart || commonWords.has(modifier) || commonWords.has(head)) continue;
      const a = modifier.length >= 5 ? known(modifier) : 0;
      const b = head.length >= 5 ? known(head) : 0;
      if (a === 0 && b === 0) continue;
      const score = a * modifier.length + b * head.length;
      if (!best || score > best.score) best = { parts: [modifier, head], score };
    }
  }
  if (!best) return null;
  return best.parts.flatMap((part) => (known(part) === 1 ? [part] : (splitCompound(part, known, depth - 1) ?? [part])));
}

/**
 * Query words that are compounds, as their parts (same offsets). Words the lexicon reads whole
 * (as written, inflected or mistyped) and words of firms' names stay whole.
 */
export function splitCompoundTokens<T extends { token: string; start: number; end: number }>(tokens: T[], lexicon: Lexicon, query: string): T[] {
  return tokens.flatMap((t) => {
    if (t.token.length < minCompound || commonWords.has(t.token) || lexicon.isNameWord(t.token) || findRegions([t.token], [false]).length > 0) return [t];
    if (lexicon.similarTokens(t.token, query.slice(t.start, t.end)).length > 0) return [t];
    const parts = splitCompound(t.token, (w) => lexicon.knownWord(w));
    return parts ? parts.map((token) => ({ ...t, token })) : [t];
  });
}

/** Each one-word capability or material name that is a compound, added again as its parts. */
export function addCompoundParts(lexicon: Lexicon): void {
  lexicon.indexPrefixes();
  const known = (word: string) => (lexicon.entriesWith(word).length > 0 ? 1 : 0);
  for (const entry of [...lexicon.entries]) {
    if ((entry.kind !== "capability" && entry.kind !== "material") || entry.tokens.length !== 1) continue;
    const parts = splitCompound(entry.tokens[0]!, known);
    if (parts && parts.length > 1) lexicon.add(entry.kind, entry.code, parts.join(" "), false, [], true);
  }
}
