import { companyFacets, defaultRadiusKm } from "@cluster-match/shared";
import type { ServiceContext } from "../context.ts";
import { parseQuery, type ParsedQuery } from "../search-index/query/parse-query.ts";
import { stopwords } from "../search-index/query/stopwords.ts";
import type { CompanyDocument } from "../search-index/documents.ts";
import { distanceKm } from "../search-index/geo.ts";
import { highlight } from "../search-index/text/highlight.ts";
import { tokenize } from "../search-index/text/normalize.ts";
import type { SearchFilter, SearchRequest, SearchSort } from "../search-index/search-port.ts";
import { facetFilters } from "./search-facets.ts";

/**
 * What the searches below need: the engine and the query lexicon (the eval CLI builds just
 * these, without the rest of a search runtime).
 */
export interface SearchEngineContext {
  search: Pick<ServiceContext["search"], "index" | "lexicon">;
}

/**
 * A company search: the query text and the chosen values of the company facets (see
 * companyFacets; capabilities chosen in the UI are all required, a term including its
 * descendants).
 */
export type CompanySearchOptions = Partial<Record<keyof typeof companyFacets, readonly string[]>> & {
  text: string;
  page: number;
  pageSize: number;
  near?: { lat: number; lng: number; radiusKm: number } | undefined;
  sort?: "relevance" | "name" | "distance";
  /** Parts of the interpretation the user removed: "capability:CODE", "place", "radius", … */
  ignore?: string[];
  facets?: string[];
};

export interface CompanySearchHit {
  document: CompanyDocument;
  highlights: Record<string, string>;
  distanceKm: number | null;
  /** How many soft wishes this result misses (0 = everything asked for). */
  misses: number;
}

export interface CompanySearchResult {
  interpretation: ParsedQuery;
  hits: CompanySearchHit[];
  total: number;
  facets: Record<string, Record<string, number>>;
}

/** Drops what the user removed from the interpretation. */
function withoutIgnored(parsed: ParsedQuery, ignore: string[]): ParsedQuery {
  const keep = (kind: string) => (r: { code: string }) => !ignore.includes(`${kind}:${r.code}`);
  return {
    ...parsed,
    capabilities: parsed.capabilities.filter(keep("capability")),
    materials: parsed.materials.filter(keep("material")),
    certifications: parsed.certifications.filter(keep("certification")),
    countries: parsed.countries.filter(keep("country")),
    regions: parsed.regions.filter(keep("region")),
    companies: parsed.companies.filter(keep("company")),
    place: ignore.includes("place") ? null : parsed.place,
    radiusKm: ignore.includes("radius") ? null : parsed.radiusKm,
  };
}

export interface Tier {
  filters: SearchFilter[];
  misses: number;
}

/** All non-empty subsets of the any-of capabilities, fullest first. */
export function anyOfTiers(codes: string[]): Tier[] {
  const tiers: Tier[] = [];
  for (let mask = (1 << codes.length) - 1; mask > 0; mask--) {
    const has = codes.filter((_, i) => mask & (1 << i));
    const lacks = codes.filter((_, i) => !(mask & (1 << i)));
    tiers.push({
      misses: lacks.length > 0 ? 1 : 0,
      filters: [
        ...has.map((c): SearchFilter => ({ kind: "anyOf", field: "capabilityCodes", values: [c] })),
        ...(lacks.length ? [{ kind: "noneOf", field: "capabilityCodes", values: lacks } as SearchFilter] : []),
      ],
    });
  }
  return tiers.sort((a, b) => a.misses - b.misses || b.filters.length - a.filters.length);
}

const highlightFields = ["name", "nameLatin", "description_bg", "description_en", "description_de", "description_pl", "description_hu"];

/** Hard constraints: what a firm must meet, from the query and from the UI's filters. */
function hardFilters(parsed: ParsedQuery, options: CompanySearchOptions, anyMode: boolean): SearchFilter[] {
  const codes = (understood: { code: string }[]) => understood.map((r) => r.code);
  // What the query names counts as chosen too; any-of capabilities are wishes (softTiers), not constraints.
  const hard = facetFilters(companyFacets, {
    ...options,
    countries: [...(options.countries ?? []), ...codes(parsed.countries)],
    capabilities: [...(options.capabilities ?? []), ...(anyMode ? [] : codes(parsed.capabilities.filter((c) => !c.soft)))],
    certifications: [...(options.certifications ?? []), ...codes(parsed.certifications)],
    materials: [...(options.materials ?? []), ...codes(parsed.materials)],
    regions: [...(options.regions ?? []), ...codes(parsed.regions)],
  });
  const place = parsed.place;
  // A city without a radius means "there or close by": farther than the default radius is not relevant.
  if (options.near) hard.push({ kind: "geoRadius", center: options.near, radiusKm: options.near.radiusKm });
  else if (place) hard.push({ kind: "geoRadius", center: { lat: place.lat, lng: place.lng }, radiusKm: parsed.radiusKm ?? defaultRadiusKm });
  return hard;
}

/** How many capability wishes make tiers (each doubles them); further ones only rank through `prefer`. */
const maxWishTiers = 2;

/** The capabilities an "or" makes alternatives: all read from their names (wishes are not). */
const alternatives = (parsed: ParsedQuery) => parsed.capabilities.filter((c) => !c.soft).map((c) => c.code);

/** Every tier of `outer` split by the tiers of `inner`, fewest misses first. */
function combine(outer: Tier[], inner: Tier[]): Tier[] {
  if (inner.length === 1 && inner[0]!.filters.length === 0) return outer;
  return outer
    .flatMap((o) => inner.map((i) => ({ filters: [...o.filters, ...i.filters], misses: o.misses + i.misses })))
    .sort((a, b) => a.misses - b.misses);
}

/** Tiers of the capability wishes: firms with all of them first, then with fewer, then with none. */
function wishTiers(codes: string[]): Tier[] {
  if (codes.length === 0) return [{ filters: [], misses: 0 }];
  const tiers = anyOfTiers(codes);
  tiers.push({ filters: [{ kind: "noneOf", field: "capabilityCodes", values: codes }], misses: 1 });
  return tiers;
}

/**
 * Soft wishes as tiers, fewest misses first: every any-of capability, the capabilities read as
 * wishes (a guess from one word, a broad group beside a specific one); the city itself, not its
 * surroundings.
 */
function softTiers(parsed: ParsedQuery, options: CompanySearchOptions, anyMode: boolean): Tier[] {
  const wishes = parsed.capabilities.filter((c) => c.soft).map((c) => c.code).slice(0, maxWishTiers);
  // Any-of alternatives are the capabilities read from their names; wishes rank inside them.
  let tiers: Tier[] = anyMode ? combine(anyOfTiers(alternatives(parsed)), wishTiers(wishes)) : wishTiers(wishes);
  const place = parsed.place;
  if (place && !parsed.radiusKm && !options.near) {
    const inCity: SearchFilter = { kind: "anyOf", field: "cityLatin", values: [place.nameLatin] };
    const elsewhere: SearchFilter = { kind: "noneOf", field: "cityLatin", values: [place.nameLatin] };
    tiers = tiers.flatMap((t) => [
      { filters: [...t.filters, inCity], misses: t.misses },
      { filters: [...t.filters, elsewhere], misses: t.misses + 1 },
    ]);
    tiers.sort((a, b) => a.misses - b.misses);
  }
  return tiers;
}

/**
 * Searches companies: the query is read into hard constraints (filters) and soft wishes (tiers
 * ranked by how many wishes they miss); within a tier the words and the firms' centrality rank.
 */
export async function searchCompanies(ctx: SearchEngineContext, options: CompanySearchOptions): Promise<CompanySearchResult> {
  const { index } = ctx.search;
  const lexicon = await ctx.search.lexicon();
  const parsed = withoutIgnored(parseQuery(options.text, lexicon), options.ignore ?? []);
  const anyMode = parsed.capabilityMode === "any" && alternatives(parsed).length > 1;
  const hard = hardFilters(parsed, options, anyMode);
  const asked = [...new Set([...(options.capabilities ?? []), ...parsed.capabilities.map((c) => c.code)])];
  const tiers = softTiers(parsed, options, anyMode);
  const center = options.near ?? (parsed.place ? { lat: parsed.place.lat, lng: parsed.place.lng } : null);

  // Once something filters, the words left over only rank: a word the profiles of relevant firms
  // never use must not drop them, yet firms using the buyer's words come first (id order only
  // breaks ties). Nothing structured: the text itself is what filters. The words of understood
  // parts do not rank: every firm the filters keep has them in its vocabulary fields, they are the
  // index's most frequent words (scoring one costs tens of milliseconds at 100,000 firms), and on
  // the real-phrasing set they changed nothing.
  const structured = hard.length > 0 || anyMode || parsed.capabilities.length > 0;
  const textMode = structured ? "rank" : "match";
  // A chosen order (name, distance) is kept as it is, with no words or centrality to reorder it.
  // Otherwise, within each tier: firms using more of the words first; among them, central firms
  // (whose main trade, their first capabilities, holds what was asked) before those doing it on
  // the side; then distance when a place was named (one factor, not the only order), else the
  // finer text relevance.
  const chosenOrder = structured && (options.sort === "name" || (options.sort === "distance" && !!center));
  const text = chosenOrder ? "" : parsed.freeText;
  const prefer = structured && !chosenOrder && asked.length > 0 ? { field: "centralCapabilityCodes", values: asked } : undefined;
  const sort: SearchSort =
    options.sort === "name" ? { kind: "field", field: "nameLatin", direction: "asc" }
    : center ? { kind: "distance", from: center }
    : { kind: "relevance" };
  const request = (filters: SearchFilter[], offset: number, limit: number, facets?: string[]): SearchRequest => ({
    index: "companies",
    text,
    textMode,
    prefer,
    filters: [...hard, ...filters],
    sort,
    offset,
    limit,
    facets,
    // A ranking text is mostly not in the firm's words: the service marks what was understood instead.
    highlight: textMode === "match" ? highlightFields : undefined,
  });

  // The union of the tiers gives the total and the facet counts; the tiers are then read in
  // order, each only as far as the page needs (every response carries its own total).
  const unionFilters: SearchFilter[] = anyMode ? [{ kind: "anyOf", field: "capabilityCodes", values: alternatives(parsed) }] : [];
  const offset = (options.page - 1) * options.pageSize;
  const single = tiers.length === 1;
  const union = await index.search<CompanyDocument>(request(unionFilters, single ? offset : 0, single ? options.pageSize : 0, options.facets));
  const slices: { tier: Tier; hits: typeof union.hits }[] = [];
  if (single) {
    slices.push({ tier: tiers[0]!, hits: union.hits });
  } else {
    let skip = offset;
    let room = options.pageSize;
    for (const tier of tiers) {
      if (room <= 0 || skip >= union.total) break;
      const response = await index.search<CompanyDocument>(request(tier.filters, skip, room));
      slices.push({ tier, hits: response.hits });
      room -= response.hits.length;
      skip = Math.max(0, skip - response.total);
    }
  }

  // A firm named in the query comes first (if the UI's own filters let it), then the rest. Page 1
  // carries the named firms on top of a full page, so nothing the later pages hold is skipped; a
  // named firm is not listed again where the ranking would put it.
  let named: typeof union.hits = [];
  if (parsed.companies.length > 0) {
    const ids = parsed.companies.map((c) => c.code);
    const filters = [...facetFilters(companyFacets, options), { kind: "anyOf", field: "id", values: ids } as SearchFilter];
    const found = await index.search<CompanyDocument>({ index: "companies", text: "", filters, offset: 0, limit: ids.length });
    named = found.hits;
  }
  const namedIds = new Set(named.map((h) => h.document.id));
  if (namedIds.size > 0) {
    for (const slice of slices) slice.hits = slice.hits.filter((h) => !namedIds.has(h.document.id));
    if (options.page === 1) slices.unshift({ tier: { filters: [], misses: 0 }, hits: named });
  }

  // Structured queries send no matching text to the engine: mark what was understood, in every language.
  const understood = [...parsed.capabilities, ...parsed.materials, ...parsed.certifications].map((r) => r.code);
  // Function words ("и", "and", "oder") are in every description: never marked.
  const highlightWords = [...new Set([...tokenize(options.text).filter((w) => !stopwords.has(w)), ...lexicon.tokensOf(understood)])];

  return {
    interpretation: parsed,
    total: Math.max(union.total, namedIds.size),
    facets: union.facets,
    hits: slices.flatMap(({ tier, hits }) =>
      hits.map((h) => ({
        document: h.document,
        highlights: textMode === "match" && text ? h.highlights : highlight(h.document as unknown as Record<string, unknown>, highlightFields, highlightWords, { typos: false }),
        misses: tier.misses,
        distanceKm: center && h.document._geo ? Math.round(distanceKm(center, h.document._geo) * 10) / 10 : null,
      })),
    ),
  };
}
