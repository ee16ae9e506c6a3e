import { opportunityFacets } from "@cluster-match/shared";
import type { OpportunityDocument } from "../search-index/documents.ts";
import { parseQuery, type ParsedQuery } from "../search-index/query/parse-query.ts";
import type { SearchFilter, SearchSort } from "../search-index/search-port.ts";
import type { SearchEngineContext } from "./company-search.service.ts";
import { facetFilters } from "./search-facets.ts";

/** An opportunity search: the query text and the chosen values of the opportunity facets (see opportunityFacets). */
export type OpportunitySearchOptions = Record<keyof typeof opportunityFacets, readonly string[]> & {
  text: string;
  page: number;
  pageSize: number;
  openTo?: string | undefined;
  sort: "relevance" | "deadline" | "newest";
  ignore: string[];
  facets?: string[];
  /** Deadlines before this day are out. */
  now: Date;
};

/**
 * Only opportunities whose deadline day has not passed (UTC). The expiry job removes expired
 * ones from the index after midnight; this keeps them out of results until it has run.
 */
export function openDeadlineFilter(now: Date): SearchFilter {
  return { kind: "range", field: "deadlineDay", min: Math.floor(Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`) / 86_400_000) };
}

/**
 * Searches published opportunities. Capabilities and certifications understood in the query
 * filter; a country means "open to partners from there"; the words rank (or filter, when nothing
 * structured was understood).
 */
export async function searchOpportunities(ctx: SearchEngineContext, options: OpportunitySearchOptions) {
  const parsed: ParsedQuery = parseQuery(options.text, await ctx.search.lexicon());
  const keep = (kind: string) => (r: { code: string }) => !options.ignore.includes(`${kind}:${r.code}`);
  const capabilities = parsed.capabilities.filter(keep("capability"));
  const certifications = parsed.certifications.filter(keep("certification"));
  const countries = parsed.countries.filter(keep("country"));
  const interpretation: ParsedQuery = { ...parsed, capabilities, certifications, countries, materials: [], regions: [], place: null, radiusKm: null };
  const anyMode = parsed.capabilityMode === "any" && capabilities.length > 1;
  const filters: SearchFilter[] = [];
  if (anyMode) filters.push({ kind: "anyOf", field: "capabilityCodes", values: capabilities.map((c) => c.code) });
  // Capabilities the query names are required like chosen ones (unless the query asks for any of them).
  filters.push(
    ...facetFilters(opportunityFacets, {
      ...options,
      capabilities: [...(anyMode ? [] : capabilities.map((c) => c.code)), ...options.capabilities],
    }),
  );
  for (const c of certifications) filters.push({ kind: "anyOf", field: "certificationCodes", values: [c.code] });
  for (const country of [options.openTo, ...countries.map((c) => c.code)].filter((c): c is string => !!c)) {
    filters.push({ kind: "anyOf", field: "openTo", values: [country, "*"] });
  }
  // Once something filters, the words left over only rank (as for companies); a chosen deadline
  // order is kept as it is, and with no words to rank by the nearest deadline comes first.
  const structured = filters.length > 0;
  const text = structured && options.sort !== "relevance" ? "" : parsed.freeText;
  const sort: SearchSort =
    options.sort === "newest"
      ? { kind: "field", field: "publishedMinute", direction: "desc" }
      : options.sort === "deadline" || !text
        ? { kind: "field", field: "deadlineDay", direction: "asc" }
        : { kind: "relevance" };
  const response = await ctx.search.index.search<OpportunityDocument>({
    index: "opportunities",
    text,
    textMode: structured ? "rank" : "match",
    filters: [openDeadlineFilter(options.now), ...filters],
    sort,
    offset: (options.page - 1) * options.pageSize,
    limit: options.pageSize,
    facets: options.facets,
  });
  return { interpretation, response };
}
