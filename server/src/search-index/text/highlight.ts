import { allowedTypos, editDistance, foldCaseAndDiacritics, tokenize } from "./normalize.ts";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Wraps the words of each field that match a query word (typos allowed) in <mark>…</mark>; the
 * rest is HTML-escaped. A field appears only when something in it matched; of a list field only
 * the matching entries are kept, joined by ", ".
 */
export function highlight(
  document: Record<string, unknown>,
  fields: string[],
  query: string | string[],
  options: { typos?: boolean } = {},
): Record<string, string> {
  const queryTokens = Array.isArray(query) ? query : tokenize(query);
  const result: Record<string, string> = {};
  if (queryTokens.length === 0) return result;
  const exact = new Set(queryTokens);
  const stems = queryTokens.filter((q) => q.length >= 4);
  const typos = options.typos ?? true;
  // Words as typed may hold typos; canonical words (from the lexicon) need exact or stem matches only.
  const matches = (word: string) => {
    const folded = foldCaseAndDiacritics(word);
    if (exact.has(folded) || stems.some((q) => folded.startsWith(q))) return true;
    return typos && queryTokens.some((q) => Math.abs(q.length - folded.length) <= 2 && editDistance(folded, q, allowedTypos(q.length)) <= allowedTypos(q.length));
  };
  const mark = (text: string): string | null => {
    let out = "";
    let last = 0;
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      if (!matches(m[0])) continue;
      out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
      last = m.index + m[0].length;
    }
    return last > 0 ? out + escapeHtml(text.slice(last)) : null;
  };
  for (const field of fields) {
    const value = document[field];
    const entries = Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : typeof value === "string" ? [value] : [];
    const marked = entries.map(mark).filter((m): m is string => m !== null);
    if (marked.length > 0) result[field] = marked.join(", ");
  }
  return result;
}
