/** Relevance grades of one query: company external id → 2 or 1 (others 0). */
export type Judgments = Record<string, number>;

/** nDCG@k with gain 2^g − 1 and discount log2(rank + 1); the ideal ranks all judged items by grade. */
export function ndcgAt(k: number, ranked: string[], judged: Judgments): number {
  const dcg = (grades: number[]) => grades.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg(Object.values(judged).sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranked.map((id) => judged[id] ?? 0)) / ideal;
}

/** Share of the relevant items (grade ≥ 1) found in the top k, out of min(k, their number). */
export function recallAt(k: number, ranked: string[], judged: Judgments): number {
  const relevant = Object.entries(judged).filter(([, g]) => g >= 1).map(([id]) => id);
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / Math.min(k, relevant.length);
}

export const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
