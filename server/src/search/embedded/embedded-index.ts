import { count, create, insertMultiple, removeMultiple, search, type AnyOrama, type Tokenizer } from "@orama/orama";
import { filterableFields, searchableFields } from "../documents.ts";
import { distanceKm } from "../geo.ts";
import type {
  IndexName,
  IndexSettings,
  SearchFilter,
  SearchIndex,
  SearchRequest,
  SearchResponse,
} from "../search-port.ts";
import { tokenize } from "../text/normalize.ts";
import { highlight } from "../text/highlight.ts";
import { filterType, oramaSchema, storedFilterField } from "./schema.ts";

type Doc = { id: string } & Record<string, unknown>;

// Orama's default tokenizer drops Cyrillic; ours splits on anything that is not a letter or
// digit in any script and folds diacritics, exactly like the query side.
const tokenizer: Tokenizer = {
  language: "multilingual",
  normalizationCache: new Map(),
  tokenize: (raw: string) => tokenize(raw),
};

interface IndexState {
  db: AnyOrama;
  /** The documents as given, returned by search (Orama's copy holds the indexing form). */
  documents: Map<string, Doc>;
}

/** What Orama stores for a document: text fields, exact copies for filters, a geopoint. */
function toOramaDocument(index: IndexName, doc: Doc): Record<string, unknown> {
  const out: Record<string, unknown> = { id: doc.id };
  for (const field of searchableFields[index]) {
    const value = doc[field];
    if (value !== null && value !== undefined) out[field] = value;
  }
  for (const field of filterableFields[index]) {
    const value = doc[field];
    if (value === null || value === undefined) continue;
    out[storedFilterField(index, field)] =
      field === "_geo" ? { lat: (value as { lat: number }).lat, lon: (value as { lng: number }).lng } : value;
  }
  if (index === "companies" && typeof doc.nameLatin === "string") out.nameLatinSort = doc.nameLatin.toLowerCase();
  return out;
}

function whereFor(index: IndexName, filter: SearchFilter): Record<string, unknown> {
  if (filter.kind === "geoRadius") {
    return {
      location: {
        radius: { coordinates: { lat: filter.center.lat, lon: filter.center.lng }, value: filter.radiusKm, unit: "km", inside: true, highPrecision: true },
      },
    };
  }
  if (!(filterableFields[index] as readonly string[]).includes(filter.field)) {
    throw new Error(`${filter.field} is not a filterable field of ${index}`);
  }
  const field = storedFilterField(index, filter.field);
  const type = filterType(filter.field);
  if (filter.kind === "range") {
    // Orama takes one operator per condition: a closed range is "between".
    if (filter.min !== undefined && filter.max !== undefined) return { [field]: { between: [filter.min, filter.max] } };
    if (filter.min !== undefined) return { [field]: { gte: filter.min } };
    if (filter.max !== undefined) return { [field]: { lte: filter.max } };
    return {};
  }
  const values = filter.values;
  let condition: Record<string, unknown>;
  if (type === "enum[]") condition = { [field]: { containsAny: values } };
  else if (type === "boolean") condition = { or: values.map((v) => ({ [field]: v === true || v === "true" })) };
  else if (type === "number") condition = { or: values.map((v) => ({ [field]: { eq: Number(v) } })) };
  else condition = { [field]: { in: values } };
  return filter.kind === "noneOf" ? { not: condition } : condition;
}

/** The in-process engine (Orama) behind the search port, used when MEILI_HOST is unset. */
export class EmbeddedIndex implements SearchIndex {
  readonly engine = "embedded" as const;
  private readonly indexes = new Map<IndexName, IndexState>();
  private synonyms = new Map<string, string[]>();

  private state(index: IndexName): IndexState {
    let state = this.indexes.get(index);
    if (!state) {
      state = { db: create({ schema: oramaSchema(index) as never, components: { tokenizer } }), documents: new Map() };
      this.indexes.set(index, state);
    }
    return state;
  }

  async configure(settings: IndexSettings): Promise<void> {
    // Each word of a group stands for all the others; multi-word entries expand as phrases.
    const map = new Map<string, string[]>();
    for (const group of settings.synonyms) {
      const folded = group.map((g) => tokenize(g).join(" ")).filter(Boolean);
      for (const term of folded) map.set(term, [...new Set([...(map.get(term) ?? []), ...folded.filter((t) => t !== term)])]);
    }
    this.synonyms = map;
    this.state("companies");
    this.state("opportunities");
  }

  async upsert<D extends { id: string }>(index: IndexName, documents: D[]): Promise<void> {
    const state = this.state(index);
    const existing = documents.filter((d) => state.documents.has(d.id)).map((d) => d.id);
    if (existing.length > 0) await removeMultiple(state.db, existing);
    for (const doc of documents) state.documents.set(doc.id, doc as unknown as Doc);
    await insertMultiple(state.db, documents.map((d) => toOramaDocument(index, d as unknown as Doc)) as never);
  }

  async delete(index: IndexName, ids: string[]): Promise<void> {
    const state = this.state(index);
    const present = ids.filter((id) => state.documents.has(id));
    if (present.length > 0) await removeMultiple(state.db, present);
    for (const id of present) state.documents.delete(id);
  }

  async clear(index: IndexName): Promise<void> {
    this.indexes.delete(index);
    this.state(index);
  }

  async count(index: IndexName): Promise<number> {
    return count(this.state(index).db);
  }

  /** The query with synonyms of its words and phrases appended. */
  private expand(text: string): string {
    const tokens = tokenize(text);
    const extra: string[] = [];
    const joined = ` ${tokens.join(" ")} `;
    for (const [term, others] of this.synonyms) {
      if (joined.includes(` ${term} `)) extra.push(...others);
    }
    return [...tokens, ...extra].join(" ");
  }

  async search<D>(request: SearchRequest): Promise<SearchResponse<D>> {
    const state = this.state(request.index);
    // An empty anyOf matches nothing (as in Meilisearch); every requested facet still gets a key.
    if (request.filters.some((f) => f.kind === "anyOf" && f.values.length === 0)) {
      return { hits: [], total: 0, facets: Object.fromEntries((request.facets ?? []).map((f) => [f, {}])) };
    }
    const where = request.filters.map((f) => whereFor(request.index, f)).filter((w) => Object.keys(w).length > 0);
    const term = this.expand(request.text);
    const byDistance = request.sort?.kind === "distance" ? request.sort.from : null;
    const all = await count(state.db);
    const facetFields = request.facets ?? [];
    const result = await search(state.db, {
      term,
      properties: term ? ([...searchableFields[request.index]] as never) : undefined,
      tolerance: term ? 1 : 0,
      threshold: 1,
      where: (where.length === 0 ? undefined : where.length === 1 ? where[0] : { and: where }) as never,
      facets: facetFields.length
        ? (Object.fromEntries(facetFields.map((f) => [storedFilterField(request.index, f), { limit: 500 }])) as never)
        : undefined,
      sortBy:
        request.sort?.kind === "field"
          ? ({ property: request.sort.field === "nameLatin" ? "nameLatinSort" : request.sort.field, order: request.sort.direction.toUpperCase() } as never)
          : undefined,
      // Distance order needs every match; otherwise only the requested page.
      limit: byDistance ? Math.max(all, 1) : request.limit,
      offset: byDistance ? 0 : request.offset,
    } as never);

    let hits = result.hits.map((h) => ({ id: String(h.id), score: h.score }));
    if (byDistance) {
      const distance = (id: string) => {
        const geo = state.documents.get(id)?._geo as { lat: number; lng: number } | null | undefined;
        return geo ? distanceKm(byDistance, geo) : Number.POSITIVE_INFINITY;
      };
      hits = hits
        .map((h) => ({ ...h, d: distance(h.id) }))
        .sort((a, b) => a.d - b.d)
        .slice(request.offset, request.offset + request.limit);
    }
    const facets: Record<string, Record<string, number>> = {};
    for (const field of facetFields) {
      const values = (result.facets?.[storedFilterField(request.index, field)]?.values ?? {}) as Record<string, number>;
      facets[field] = values;
    }
    return {
      total: result.count,
      facets,
      hits: hits.map((h) => {
        const document = state.documents.get(h.id)!;
        return {
          id: h.id,
          score: h.score,
          document: document as D,
          highlights: highlight(document, request.highlight ?? [], request.text),
        };
      }),
    };
  }

  async multiSearch<D>(requests: SearchRequest[]): Promise<SearchResponse<D>[]> {
    return Promise.all(requests.map((r) => this.search<D>(r)));
  }

  async close(): Promise<void> {
    this.indexes.clear();
  }
}

export async function createEmbeddedIndex(): Promise<SearchIndex> {
  return new EmbeddedIndex();
}
