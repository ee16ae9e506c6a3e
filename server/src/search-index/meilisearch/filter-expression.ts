import type { FilterValue, GeoPoint, IndexName, SearchFilter } from "../search-port.ts";
import { filterableField } from "./field-allow-list.ts";
import { InvalidSearchRequestError } from "./invalid-search-request-error.ts";

/**
 * Meilisearch filter expressions from structured filters. Values are data: strings are always
 * double-quoted with `\` and `"` escaped, numbers must be finite, booleans are bare words, and
 * field names come only from the allow-list. The result is an array Meilisearch ANDs together.
 */
export function toFilterExpression(index: IndexName, filters: readonly SearchFilter[]): string[] {
  const expressions: string[] = [];
  for (const filter of filters) {
    const expression = filterClause(index, filter);
    if (expression !== null) expressions.push(expression);
  }
  return expressions;
}

/** One clause, or null when the filter cannot exclude anything (noneOf [], open range). */
function filterClause(index: IndexName, filter: SearchFilter): string | null {
  switch (filter.kind) {
    case "anyOf": {
      const field = filterableField(index, filter.field);
      const values = valueList(filter.values);
      // `IN []` is not something to lean on; "exists and does not exist" is empty by definition.
      if (values.length === 0) return `${field} EXISTS AND ${field} NOT EXISTS`;
      return `${field} IN [${values.join(", ")}]`;
    }
    case "noneOf": {
      const field = filterableField(index, filter.field);
      const values = valueList(filter.values);
      return values.length === 0 ? null : `${field} NOT IN [${values.join(", ")}]`;
    }
    case "range": {
      const field = filterableField(index, filter.field);
      const bounds: string[] = [];
      if (filter.min !== undefined) bounds.push(`${field} >= ${formatNumber(filter.min)}`);
      if (filter.max !== undefined) bounds.push(`${field} <= ${formatNumber(filter.max)}`);
      return bounds.length === 0 ? null : bounds.join(" AND ");
    }
    case "geoRadius":
      return geoRadius(filter.center, filter.radiusKm);
    default:
      throw new InvalidSearchRequestError(`unknown filter kind ${JSON.stringify((filter as { kind: unknown }).kind)}`);
  }
}

function valueList(values: readonly FilterValue[]): string[] {
  if (!Array.isArray(values)) throw new InvalidSearchRequestError("filter values must be an array");
  return values.map(formatFilterValue);
}

export function formatFilterValue(value: FilterValue): string {
  switch (typeof value) {
    case "string":
      return quoteFilterString(value);
    case "number":
      return formatNumber(value);
    case "boolean":
      return value ? "true" : "false";
    default:
      throw new InvalidSearchRequestError(`unsupported filter value ${String(value)}`);
  }
}

/**
 * Meilisearch reads a double-quoted value up to the first `"` not preceded by `\`, turns `\"`
 * into `"`, then unescapes `\\` into `\`. Escaping exactly those two characters therefore
 * round-trips any string, newlines and look-alike quotes included.
 */
export function quoteFilterString(value: string): string {
  return `"${value.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
}

/**
 * A bare number. The filter grammar's words allow letters, digits, `_`, `-` and `.`, so the
 * `e+` of very large numbers would not parse; such magnitudes are refused, not reformatted.
 */
export function formatNumber(value: number): string {
  if (typeof value !== "number" || !Number.isFinite(value) || Math.abs(value) >= 1e21) {
    throw new InvalidSearchRequestError(`filter number must be finite and reasonable, got ${String(value)}`);
  }
  return String(value);
}

function geoRadius(center: GeoPoint, radiusKm: number): string {
  const lat = formatNumber(center?.lat);
  const lng = formatNumber(center?.lng);
  if (Math.abs(center.lat) > 90 || Math.abs(center.lng) > 180) {
    throw new InvalidSearchRequestError(`geo centre out of range: ${lat}, ${lng}`);
  }
  if (typeof radiusKm !== "number" || !Number.isFinite(radiusKm) || radiusKm <= 0) {
    throw new InvalidSearchRequestError(`geo radius must be a positive number of km, got ${String(radiusKm)}`);
  }
  return `_geoRadius(${lat}, ${lng}, ${formatNumber(Math.round(radiusKm * 1000))})`;
}
