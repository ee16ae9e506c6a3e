import type { Lexicon } from "./lexicon.ts";
import { andWords, commonWords, orWords, stopwords } from "./stopwords.ts";

/**
 * Elliptic coordination: two names sharing a word that is written once. "TIG and MIG welding",
 * "лазерно и плазмено рязане", "cięcie laserowe i plazmowe" share a phrase word; "Laser- oder
 * Plasmazuschnitt", "lemez- és csőmegmunkálás" share the end of a compound, the hyphen marking
 * the cut. The bare word is read with the shared part.
 */

export interface Token {
  token: string;
  start: number;
  end: number;
}

export interface Picked {
  kind: string;
  code: string;
  positions: number[];
  score: number;
}

const isJoin = (t: Token | undefined) => !!t && (andWords.has(t.token) || orWords.has(t.token));

/**
 * "Laser-" before "oder Plasmazuschnitt": the bare word with the longest end of the next word
 * that makes a known word ("Laserzuschnitt"), or null.
 */
export function completeHyphenated(tokens: Token[], i: number, query: string, lexicon: Lexicon): string | null {
  if (query[tokens[i]!.end] !== "-" || !isJoin(tokens[i + 1])) return null;
  const next = tokens[i + 2];
  if (!next) return null;
  // The next word as typed (a split compound's parts share its offsets).
  const whole = tokens.filter((t) => t.start === next.start).map((t) => t.token).join("");
  for (let cut = 1; cut <= whole.length - 4; cut++) {
    const word = tokens[i]!.token + whole.slice(cut);
    // knownWord reads the vocabulary through its prefix and stem indexes, not by a scan: a word
    // tried at every cut must stay cheap.
    if (lexicon.knownWord(word) > 0) return word;
  }
  return null;
}

/**
 * A phrase read with another word in place of one of its words: for a bare word X next to "and"
 * or "or" and a phrase already read nearby, the names of the same kind X makes with the rest of
 * that phrase ("TIG" with "welding" of "MIG welding"). `find` lists the names matching the
 * words not marked used, with a word's similar phrase tokens given per position.
 */
export function sharedWordReadings(
  tokens: Token[],
  used: boolean[],
  picked: Picked[],
  similar: Map<string, number>[],
  find: (used: boolean[], similar: Map<string, number>[]) => Picked[],
): Picked[] {
  const result: Picked[] = [];
  tokens.forEach((t, x) => {
    if (used[x] || stopwords.has(t.token) || commonWords.has(t.token) || /^\d+$/.test(t.token)) return;
    if (!isJoin(tokens[x - 1]) && !isJoin(tokens[x + 1])) return;
    let best: Picked | null = null;
    let bestWords = 0;
    for (const phrase of picked) {
      if (phrase.positions.length < 2) continue;
      const nearest = Math.min(...phrase.positions.map((p) => Math.abs(p - x)));
      if (nearest > 2) continue;
      for (const p of phrase.positions) {
        // The phrase's words with X in place of word p; everything else counts as used.
        const trialUsed = tokens.map((_, i) => !(phrase.positions.includes(i)));
        const trialSimilar = similar.map((m, i) => (i === p ? similar[x]! : m));
        for (const c of find(trialUsed, trialSimilar)) {
          if (c.kind !== phrase.kind || c.code === phrase.code || !c.positions.includes(p)) continue;
          if (!best || c.positions.length > bestWords || (c.positions.length === bestWords && c.score > best.score)) {
            best = { kind: c.kind, code: c.code, positions: [x], score: c.score };
            bestWords = c.positions.length;
          }
        }
      }
    }
    if (best) {
      used[x] = true;
      result.push(best);
    }
  });
  return result;
}
