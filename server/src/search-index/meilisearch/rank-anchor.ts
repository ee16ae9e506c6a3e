/**
 * A ranking text (`textMode: "rank"`) on Meilisearch. Its `q` always filters: with the matching
 * strategy "last" it drops words from the end of the query to find more documents, but never the
 * first one. So every document carries one word of its own, in a searchable field of its own, and
 * a ranking query starts with that word: every filtered document matches it, and the words after
 * it only rank (documents matching more of them, from the left, first).
 */
export const rankAnchorField = "rankAnchor";

/** No query, name or description uses it; long enough not to be reached by a typo. */
export const rankAnchorWord = "qzxrankanchorqzx";

/**
 * Values a ranking search may prefer (SearchRequest.prefer), one word each, in a field of their
 * own: appended to the query, they order the documents that match every word before them. Typos
 * are off on this field and the words end in a marker, so no value reaches another by a typo or
 * as a prefix.
 */
export const preferField = "rankPrefer";

/** The word standing for one value of a preferable field: letters only, one token for Meilisearch. */
export function preferWord(field: string, value: string): string {
  const letters = (text: string) =>
    text.toLowerCase().replace(/[^a-z0-9]/g, "").replace(/[0-9]/g, (digit) => String.fromCharCode(97 + Number(digit)));
  return `qzxp${letters(field)}qzx${letters(value)}qzx`;
}

/** Meilisearch reads the first 10 words of a query and ignores the rest. */
const maxQueryWords = 10;

/**
 * The `q` of a ranking text: the anchor, the text's words without query syntax (no phrase quotes,
 * no "-" that would exclude a word), then the preferred values' words, as many as Meilisearch
 * reads. Nothing to rank by: no `q`.
 */
export function rankQuery(text: string, prefer: { field: string; values: string[] } | undefined): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const preferred = (prefer?.values ?? []).slice(0, 3).map((value) => preferWord(prefer!.field, value));
  if (words.length + preferred.length === 0) return "";
  return [rankAnchorWord, ...words.slice(0, maxQueryWords - 1 - preferred.length), ...preferred].join(" ");
}
