import type { Hit, SearchResponse as MeilisearchResponse } from "meilisearch";
import type { SearchHit, SearchRequest, SearchResponse } from "../search-port.ts";
import { preferField, rankAnchorField } from "./rank-anchor.ts";
import { highlightEnd, highlightStart } from "./search-params.ts";

type RawDocument = Record<string, unknown>;

/** A Meilisearch search result in the port's shape. */
export function toSearchResponse<D>(request: SearchRequest, raw: MeilisearchResponse<RawDocument>): SearchResponse<D> {
  const facets: Record<string, Record<string, number>> = {};
  for (const field of request.facets ?? []) facets[field] = { ...raw.facetDistribution?.[field] };
  return {
    hits: raw.hits.map((hit) => toSearchHit<D>(hit, request.highlight ?? [])),
    // Offset/limit searches report an estimate; finite pagination would report totalHits.
    total: raw.estimatedTotalHits ?? raw.totalHits ?? raw.hits.length,
    facets,
  };
}

function toSearchHit<D>(hit: Hit<RawDocument>, highlightFields: readonly string[]): SearchHit<D> {
  const document: RawDocument = {};
  // Meilisearch adds its own `_`-prefixed keys (_formatted, _rankingScore, _geoDistance…);
  // `_geo` is the only one that belongs to our documents. The ranking fields are the adapter's own.
  for (const [key, value] of Object.entries(hit)) {
    if ((!key.startsWith("_") || key === "_geo") && key !== rankAnchorField && key !== preferField) document[key] = value;
  }
  // Both document types have `_geo`; a null one is not sent to Meilisearch (see upsert).
  document._geo ??= null;
  const highlights: Record<string, string> = {};
  for (const field of highlightFields) {
    const highlighted = highlightOf(hit._formatted?.[field]);
    if (highlighted !== null) highlights[field] = highlighted;
  }
  return {
    id: String(hit.id),
    document: document as D,
    score: hit._rankingScore ?? 0,
    highlights,
  };
}

/**
 * The field as safe HTML with matches in <mark>, or null when nothing in it matched (as the
 * embedded engine does). For a list (capabilityTerms…) only the entries that matched are kept,
 * joined by ", ": the whole list in five languages would bury the match.
 */
function highlightOf(formatted: unknown): string | null {
  const entries = typeof formatted === "string" ? [formatted] : Array.isArray(formatted) ? formatted : [];
  const matched = entries.filter((entry): entry is string => typeof entry === "string" && entry.includes(highlightStart));
  return matched.length > 0 ? matched.map(markMatches).join(", ") : null;
}

export function markMatches(formatted: string): string {
  return escapeHtml(formatted).replaceAll(highlightStart, "<mark>").replaceAll(highlightEnd, "</mark>");
}

const htmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEntities[character] ?? character);
}
