/**
 * The one port every search engine sits behind (Meilisearch in production, an in-process engine
 * by default). Nothing outside server/src/search imports an engine.
 */

export type IndexName = "companies" | "opportunities";

export interface GeoPoint {
  lat: number;
  lng: number;
}

export type FilterValue = string | number | boolean;

/** Structured filters, combined with AND. Values are data, never query syntax. */
export type SearchFilter =
  /** The field (scalar or array) holds at least one of the values; an empty list matches nothing. */
  | { kind: "anyOf"; field: string; values: FilterValue[] }
  /** The field (scalar or array) holds none of the values. */
  | { kind: "noneOf"; field: string; values: FilterValue[] }
  /** A number field within [min, max]; either end may be open. */
  | { kind: "range"; field: string; min?: number; max?: number }
  /** The document's location (_geo) lies within radiusKm of center. */
  | { kind: "geoRadius"; center: GeoPoint; radiusKm: number };

export type SearchSort =
  | { kind: "relevance" }
  | { kind: "field"; field: string; direction: "asc" | "desc" }
  | { kind: "distance"; from: GeoPoint };

export interface SearchRequest {
  index: IndexName;
  /**
   * Free text; empty matches every document that passes the filters. Documents matching more of
   * its words come first (Meilisearch weighs earlier words more: put the telling ones first);
   * among documents matching as many, the sort decides, and with a relevance sort the finer text
   * score. With `sort` distance or a field, no text means that order alone.
   */
  text: string;
  /**
   * "match" (default): only documents matching the text are returned (all its words when some
   * document has them all, else any). "rank": the text only orders; documents matching none of
   * its words are still returned, after those that do, so understood parts can filter while every
   * other word the user typed ranks.
   */
  textMode?: "match" | "rank";
  /**
   * With textMode "rank": among documents matching as many of the words, those holding one of the
   * values in the field come first, before the sort orders them (a firm's main trade before what
   * it does on the side). Fields of preferableFields only. Meilisearch applies it among the
   * documents matching every word it read, earlier values weighing more (see rank-anchor.ts).
   */
  prefer?: { field: string; values: string[] };
  filters: SearchFilter[];
  /** Fields whose value counts are wanted (computed over all matches, not just the page). */
  facets?: string[];
  sort?: SearchSort;
  offset: number;
  limit: number;
  /**
   * Fields to return with matched words wrapped in <mark>…</mark> and everything else
   * HTML-escaped. A field appears only when something in it matched; of a list field only the
   * matching entries, joined by ", ".
   */
  highlight?: string[];
  /** Languages of the query, most likely first (bg, en, de, pl, hu). */
  locales?: string[];
}

export interface SearchHit<D> {
  id: string;
  document: D;
  /** Engine relevance, larger is better; comparable only within one response. */
  score: number;
  highlights: Record<string, string>;
}

export interface SearchResponse<D> {
  hits: SearchHit<D>[];
  /** Number of matching documents (exact for the embedded engine, estimated by Meilisearch). */
  total: number;
  /** Value counts per requested facet field; every requested field has a key. */
  facets: Record<string, Record<string, number>>;
}

export interface IndexSettings {
  /** Equivalent terms: each group's words all match one another. */
  synonyms: string[][];
}

export interface SearchIndex {
  readonly engine: "embedded" | "meilisearch";
  /** Creates the indexes if needed and applies settings; resolves when they are in force. */
  configure(settings: IndexSettings): Promise<void>;
  upsert<D extends { id: string }>(index: IndexName, documents: D[]): Promise<void>;
  delete(index: IndexName, ids: string[]): Promise<void>;
  /** Removes every document of the index (a full rebuild follows). */
  clear(index: IndexName): Promise<void>;
  count(index: IndexName): Promise<number>;
  search<D>(request: SearchRequest): Promise<SearchResponse<D>>;
  multiSearch<D>(requests: SearchRequest[]): Promise<SearchResponse<D>[]>;
  close(): Promise<void>;
}
