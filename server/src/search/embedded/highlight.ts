import { allowedTypos, editDistance, foldText, tokenize } from "../text/normalize.ts";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Wraps the words of each field that match a query word (typos allowed) in <mark>…</mark>. */
export function highlight(document: Record<string, unknown>, fields: string[], query: string): Record<string, string> {
  const queryTokens = tokenize(query);
  const result: Record<string, string> = {};
  if (queryTokens.length === 0) return result;
  const matches = (word: string) => {
    const folded = foldText(word);
    return queryTokens.some((q) => folded === q || (folded.startsWith(q) && q.length >= 3) || editDistance(folded, q, allowedTypos(q.length)) <= allowedTypos(q.length));
  };
  for (const field of fields) {
    const value = document[field];
    const text = Array.isArray(value) ? value.join(", ") : typeof value === "string" ? value : null;
    if (!text) continue;
    let out = "";
    let last = 0;
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      if (!matches(m[0])) continue;
      out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
      last = m.index + m[0].length;
    }
    if (last > 0) result[field] = out + escapeHtml(text.slice(last));
  }
  return result;
}
