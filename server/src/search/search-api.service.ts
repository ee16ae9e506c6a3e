import {
  companyFacets,
  opportunityFacets,
  type companySearchInputSchema,
  type CompanySearchApiOutput,
  type CompanySearchOutput,
  type Interpretation,
  type opportunitySearchInputSchema,
  type OpportunitySearchOutput,
  type suggestInputSchema,
  type Suggestion,
  type Vocabulary,
} from "@cluster-match/shared";
import type { z } from "zod";
import type { ServiceContext } from "../context.ts";
import { getOpportunityCards } from "../opportunities/opportunities.service.ts";
import { logCompanySearch } from "../search-analytics/search-analytics.service.ts";
import type { CompanyDocument } from "../search-index/documents.ts";
import { parseQuery, type ParsedQuery } from "../search-index/query/parse-query.ts";
import { tokenize } from "../search-index/text/normalize.ts";
import { companyCardFromDocument } from "./company-card.ts";
import { searchCompanies } from "./company-search.service.ts";
import { searchOpportunities } from "./opportunity-search.service.ts";
import { facetCounts, facetFields, valueLabel } from "./search-facets.ts";

type CompanySearchInput = z.output<typeof companySearchInputSchema>;
type OpportunitySearchInput = z.output<typeof opportunitySearchInputSchema>;
type SuggestInput = z.output<typeof suggestInputSchema>;

/** Recognised parts of a query with their labels in the reader's language. */
const labelled = (items: { code: string; text: string }[], label: (code: string) => string) =>
  items.map((i) => ({ code: i.code, text: i.text, label: label(i.code) }));

/** The interpretation as the API returns it: recognised parts with labels in the reader's language. */
function interpretationDto(p: ParsedQuery, vocabulary: Vocabulary, locale: string, names = new Map<string, string>()): Interpretation {
  return {
    capabilities: labelled(p.capabilities, (c) => vocabulary.capability(c).label),
    capabilityMode: p.capabilityMode,
    materials: labelled(p.materials, (c) => vocabulary.material(c).label),
    certifications: labelled(p.certifications, (c) => vocabulary.certification(c).label),
    countries: labelled(p.countries, valueLabel("country", { locale, vocabulary })),
    regions: labelled(p.regions, valueLabel("region", { locale, vocabulary })),
    companies: p.companies.map((c) => ({ code: c.code, text: c.text, label: names.get(c.code) ?? c.text })),
    place: p.place ? { name: p.place.name, nameLatin: p.place.nameLatin, country: p.place.country, text: p.place.text } : null,
    radiusKm: p.radiusKm,
    // A firm's name is shown as its chip; its words rank the rest of the page but are not "other words".
    freeText: withoutNameWords(p),
  };
}

function withoutNameWords(p: ParsedQuery): string {
  if (p.companies.length === 0) return p.freeText;
  const name = new Set(tokenize(p.companies.map((c) => c.text).join(" ")));
  return p.freeText.split(" ").filter((w) => w && !tokenize(w).every((t) => name.has(t))).join(" ");
}

/** Where distances are measured from: a city named in the input (any script), or coordinates. */
async function resolveNear(search: ServiceContext["search"], near: CompanySearchInput["near"]) {
  if (!near) return undefined;
  if (near.lat !== undefined && near.lng !== undefined) return { lat: near.lat, lng: near.lng, radiusKm: near.radiusKm, label: `${near.lat.toFixed(3)}, ${near.lng.toFixed(3)}` };
  if (!near.city) return undefined;
  const place = parseQuery(near.city, await search.lexicon()).place;
  return place ? { lat: place.lat, lng: place.lng, radiusKm: near.radiusKm, label: place.nameLatin } : null;
}

/** The company search of the API: results as cards with highlights and distances, the interpretation, facet counts. */
export async function searchCompaniesApi(ctx: Pick<ServiceContext, "search">, input: CompanySearchInput): Promise<CompanySearchOutput> {
  const { search } = ctx;
  const [vocabulary, clusterNames] = await Promise.all([search.vocabulary(input.locale), search.clusterNames(input.locale)]);
  const near = await resolveNear(search, input.near);
  const empty = { items: [], total: 0, page: input.page, pageSize: input.pageSize, pageCount: 1 };
  const { q, near: _near, ...rest } = input;
  const result = await searchCompanies(ctx, {
    ...rest,
    text: q,
    near: near ?? undefined,
    facets: facetFields(companyFacets),
  });
  const p = result.interpretation;
  const center = near
    ? { lat: near.lat, lng: near.lng, label: near.label }
    : p.place
      ? { lat: p.place.lat, lng: p.place.lng, label: input.locale === "bg" ? p.place.name : p.place.nameLatin }
      : null;
  const unknownPlace = near === null;
  return {
    ...(unknownPlace ? empty : {
      items: result.hits.map((h) => ({
        ...companyCardFromDocument(h.document, vocabulary),
        highlights: h.highlights,
        distanceKm: h.distanceKm,
        lat: h.document._geo?.lat ?? null,
        lng: h.document._geo?.lng ?? null,
        exactMatch: h.misses === 0,
      })),
      total: result.total,
      page: input.page,
      pageSize: input.pageSize,
      pageCount: Math.max(1, Math.ceil(result.total / input.pageSize)),
    }),
    interpretation: interpretationDto(p, vocabulary, input.locale, new Map(result.hits.map((h) => [h.document.id, input.locale === "bg" ? h.document.name : h.document.nameLatin]))),
    // A "near" city we do not know matches nothing, so nothing is counted either.
    facets: facetCounts(companyFacets, unknownPlace ? null : result.facets, { locale: input.locale, vocabulary, clusterNames }),
    center,
  };
}

/**
 * The company search of the API as searchers call it: the search, then its log for the analytics
 * (searches with a text query; browsing by facets alone is not logged). The log row's id comes
 * back so the page can report the result opened. A failure to log never fails the search.
 */
export async function searchCompaniesLogged(
  ctx: Pick<ServiceContext, "search" | "prisma" | "clock" | "logger">,
  input: CompanySearchInput,
): Promise<CompanySearchApiOutput> {
  const result = await searchCompaniesApi(ctx, input);
  if (!input.q) return { ...result, searchLogId: null };
  try {
    const searchLogId = await logCompanySearch(ctx, {
      query: input.q,
      locale: input.locale,
      interpretation: result.interpretation,
      total: result.total,
      page: input.page,
      pageSize: input.pageSize,
      resultIds: result.items.map((i) => i.id),
    });
    return { ...result, searchLogId };
  } catch (error) {
    ctx.logger.warn({ err: error }, "search not logged");
    return { ...result, searchLogId: null };
  }
}

/**
 * Suggestions while typing: capabilities and places whose names complete the last typed words
 * (in any language), then firms by name. The words before the completed phrase stay as typed.
 */
export async function suggestApi(ctx: Pick<ServiceContext, "search">, input: SuggestInput): Promise<Suggestion[]> {
  const { search } = ctx;
  const words = tokenize(input.q);
  if (words.length === 0 || words.at(-1)!.length < 2) return [];
  const [lexicon, vocabulary] = await Promise.all([search.lexicon(), search.vocabulary(input.locale)]);
  const typed = [...input.q.matchAll(/[\p{L}\p{N}]+/gu)];
  const candidates: { kind: "capability" | "place"; code: string; used: number; length: number }[] = [];
  for (const entry of lexicon.entries) {
    if (entry.kind !== "capability" && entry.kind !== "place") continue;
    // The longest run of last words that the entry's words complete, in order.
    for (let used = Math.min(words.length, entry.tokens.length); used >= 1; used--) {
      const tail = words.slice(-used);
      const ok = tail.every((w, i) => (i === tail.length - 1 ? entry.tokens[i]?.startsWith(w) : entry.tokens[i] === w));
      if (ok) {
        candidates.push({ kind: entry.kind, code: entry.code, used, length: entry.tokens.join(" ").length });
        break;
      }
    }
  }
  candidates.sort((a, b) => b.used - a.used || a.length - b.length);
  const seen = new Set<string>();
  const suggestions: Suggestion[] = [];
  for (const c of candidates) {
    const key = `${c.kind}:${c.code}`;
    if (seen.has(key) || suggestions.length >= 6) continue;
    seen.add(key);
    const label = c.kind === "capability" ? vocabulary.capability(c.code).label : (lexicon.placesByCode.get(c.code)?.[input.locale === "bg" ? "name" : "nameLatin"] ?? c.code);
    const firstReplaced = typed[typed.length - c.used];
    const head = firstReplaced ? input.q.slice(0, firstReplaced.index).trimEnd() : "";
    suggestions.push({ kind: c.kind, key: c.code, label, value: `${head} ${label}`.trim() });
  }
  const firms = await search.index.search<CompanyDocument>({ index: "companies", text: input.q, filters: [], offset: 0, limit: 4 });
  for (const hit of firms.hits) {
    suggestions.push({ kind: "company", key: hit.document.slug, label: hit.document.name, value: hit.document.name });
  }
  return suggestions.slice(0, 10);
}

/** The opportunity search of the API: published opportunities open today, as cards, with facet counts. */
export async function searchOpportunitiesApi(ctx: Pick<ServiceContext, "prisma" | "search" | "clock">, input: OpportunitySearchInput): Promise<OpportunitySearchOutput> {
  const now = ctx.clock.now();
  const vocabulary = await ctx.search.vocabulary(input.locale);
  const { q, ...rest } = input;
  const { interpretation: p, response } = await searchOpportunities(ctx, { ...rest, text: q, facets: facetFields(opportunityFacets), now });
  // Cards come from the database, which applies the same anonymity rules as everywhere else.
  const items = await getOpportunityCards(ctx, { ids: response.hits.map((h) => h.id), vocabulary, now });
  return {
    items,
    total: response.total,
    page: input.page,
    pageSize: input.pageSize,
    pageCount: Math.max(1, Math.ceil(response.total / input.pageSize)),
    interpretation: interpretationDto(p, vocabulary, input.locale),
    facets: facetCounts(opportunityFacets, response.facets, { locale: input.locale, vocabulary }),
  };
}
