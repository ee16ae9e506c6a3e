import type { SearchParams } from "meilisearch";
import type { IndexName, SearchRequest, SearchSort } from "../search-port.ts";
import { filterableField, preferableField, sortableField } from "./field-allow-list.ts";
import { formatNumber, toFilterExpression } from "./filter-expression.ts";
import { InvalidSearchRequestError } from "./invalid-search-request-error.ts";
import { toMeilisearchLocales } from "./locales.ts";
import { rankQuery } from "./rank-anchor.ts";

/**
 * Private-use characters as highlight tags: Meilisearch does not escape document text, so the
 * response mapper escapes it for HTML and only then turns these markers into <mark> tags.
 */
export const highlightStart = "\uE000";
export const highlightEnd = "\uE001";

/** The body of a Meilisearch search for one port request (the index uid is added by the caller). */
export function toSearchParams(request: SearchRequest): SearchParams {
  const rank = request.textMode === "rank";
  const params: SearchParams = {
    q: rank ? rankQuery(request.text, request.prefer && { field: preferableField(request.index, request.prefer.field), values: request.prefer.values }) : request.text,
    offset: pageNumber(request.offset, "offset"),
    limit: pageNumber(request.limit, "limit"),
    showRankingScore: true,
  };
  // The anchor word first keeps every filtered document (see rank-anchor.ts).
  if (rank && params.q) params.matchingStrategy = "last";
  const filter = toFilterExpression(request.index, request.filters);
  if (filter.length > 0) params.filter = filter;
  if (request.facets && request.facets.length > 0) {
    params.facets = request.facets.map((field) => filterableField(request.index, field));
  }
  const sort = sortExpression(request.index, request.sort);
  if (sort) params.sort = [sort];
  if (request.highlight && request.highlight.length > 0) {
    params.attributesToHighlight = [...request.highlight];
    params.highlightPreTag = highlightStart;
    params.highlightPostTag = highlightEnd;
  }
  const locales = toMeilisearchLocales(request.locales);
  if (locales) params.locales = locales;
  return params;
}

function sortExpression(index: IndexName, sort: SearchSort | undefined): string | null {
  switch (sort?.kind) {
    case undefined:
    case "relevance":
      return null;
    case "field": {
      if (sort.direction !== "asc" && sort.direction !== "desc") {
        throw new InvalidSearchRequestError(`unknown sort direction ${JSON.stringify(sort.direction)}`);
      }
      return `${sortableField(index, sort.field)}:${sort.direction}`;
    }
    case "distance":
      return `_geoPoint(${formatNumber(sort.from?.lat)}, ${formatNumber(sort.from?.lng)}):asc`;
    default:
      throw new InvalidSearchRequestError(`unknown sort kind ${JSON.stringify((sort as { kind: unknown }).kind)}`);
  }
}

function pageNumber(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new InvalidSearchRequestError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}
