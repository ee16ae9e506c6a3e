import { filterableFields, preferableFields, sortableFields } from "../documents.ts";
import type { IndexName } from "../search-port.ts";
import { InvalidSearchRequestError } from "./invalid-search-request-error.ts";

/**
 * Field names end up inside Meilisearch expressions (filters, sorts) where they cannot be quoted
 * away, so only names declared in documents.ts ever get through, checked as exact strings.
 * `_geo` is declared for the engine's sake but is only reachable through geo filters and sorts.
 */
function checkField(allowed: readonly string[], field: unknown, index: IndexName, use: string): string {
  if (typeof field !== "string" || field === "_geo" || !allowed.includes(field)) {
    throw new InvalidSearchRequestError(`${JSON.stringify(field)} is not a ${use} field of the ${index} index`);
  }
  return field;
}

export function filterableField(index: IndexName, field: unknown): string {
  return checkField(filterableFields[index], field, index, "filterable");
}

export function sortableField(index: IndexName, field: unknown): string {
  return checkField(sortableFields[index], field, index, "sortable");
}

export function preferableField(index: IndexName, field: unknown): string {
  return checkField(preferableFields[index], field, index, "preferable");
}
