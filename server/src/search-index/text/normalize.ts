/**
 * One normalisation for documents and queries in every language and script: lower case,
 * diacritics folded (ł → l, ß → ss, ő → o), Cyrillic kept as Cyrillic. Search matches on these
 * folded tokens, so "Győr", "Gyor" and "GYŐR" are the same word.
 */

const special: Record<string, string> = { ł: "l", ß: "ss", ø: "o", æ: "ae", œ: "oe", đ: "d", ı: "i" };

// Cyrillic letters whose decomposition would change the letter (й → и + breve): keep them whole.
const keepWhole = /[йЙёЁ]/;

/** Lower case without diacritics, in the text's own script ("Győr" → "gyor", "Пловдив" → "пловдив"). */
export function foldCaseAndDiacritics(text: string): string {
  let out = "";
  for (const ch of text.toLowerCase()) {
    if (special[ch]) {
      out += special[ch];
    } else if (keepWhole.test(ch)) {
      out += ch === "ё" ? "е" : ch;
    } else {
      out += ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    }
  }
  return out;
}

/** Folded words of a text: runs of letters or digits. */
export function tokenize(text: string): string[] {
  return foldCaseAndDiacritics(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Tokens with their character offsets in the original text (for highlighting and chips). */
export function tokenizeWithOffsets(text: string): { token: string; start: number; end: number }[] {
  const result: { token: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    result.push({ token: foldCaseAndDiacritics(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return result;
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string
 * alignment, as search engines count typos), stopping early once it exceeds max.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Typos allowed for a word of this length (as Meilisearch: 1 from 5 letters, 2 from 9). */
export function allowedTypos(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}
