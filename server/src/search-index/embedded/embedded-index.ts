import MiniSearch from "minisearch";
import { filterableFields, preferableFields, searchableFields } from "../documents.ts";
import { distanceKm } from "../geo.ts";
import type {
  IndexName,
  IndexSettings,
  SearchFilter,
  SearchHit,
  SearchIndex,
  SearchRequest,
  SearchResponse,
} from "../search-port.ts";
import { highlight } from "../text/highlight.ts";
import { allowedTypos, foldCaseAndDiacritics, tokenize } from "../text/normalize.ts";
import { topK } from "./top-k.ts";

type Doc = { id: string } & Record<string, unknown>;

/** Fields of names that repeat across many documents (capability, material, country names). */
const vocabularyFields = ["capabilityTerms", "materialTerms", "certificationNames", "countryNames"];

const fuzzy = (term: string) => allowedTypos(term.length);
const prefix = (term: string) => term.length >= 4;
type Geo = { lat: number; lng: number };

const compareNumbers = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);

/** A query's words with their scores per document (see EmbeddedIndex.textQuery). */
interface TextQuery {
  tokens: string[];
  /** Per query word: documents matching it, and synonym phrases (one score map per word) standing for it. */
  slots: { direct: Map<number, number>; phrases: Map<number, number>[][] }[];
  /** Every distinct word's scores, summed into a document's text score. */
  maps: Map<number, number>[];
  /** Synonym phrases as words, alternatives to the whole query for a matching text. */
  extra: string[][];
}

/**
 * Word scores kept between searches (until the next write), most recently used first, up to this
 * many document entries in all (about 15 MB): the tiers of one search read the same words, and
 * frequent words (the costliest to score) recur across queries.
 */
const cachedEntries = 300_000;

/** Values of a field as strings, the way filters and facets compare them. */
function valuesOf(doc: Doc, field: string): string[] {
  const value = doc[field];
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/**
 * One index in memory: documents by ordinal, a value → documents map per filterable field (the
 * most selective filter drives a query; the others are checked per document), and MiniSearch for
 * the free-text fields.
 */
class MemoryIndex {
  readonly docs: (Doc | undefined)[] = [];
  private readonly ordinals = new Map<string, number>();
  private readonly byValue = new Map<string, Map<string, Set<number>>>();
  readonly text: MiniSearch<{ ord: number } & Doc>;
  /** Each distinct vocabulary string once, searchable, with the firms that carry it. */
  private readonly elementIds = new Map<string, number>();
  private readonly elementOrds: number[][] = [];
  readonly elements = new MiniSearch<{ id: number; text: string }>({
    fields: ["text"],
    tokenize: (t) => tokenize(t),
    processTerm: (t) => t,
  });

  constructor(readonly name: IndexName) {
    // The vocabulary fields repeat the same few thousand names across every firm; query
    // understanding maps them to codes, which the value sets answer. Full text covers the rest.
    const fields = searchableFields[name].filter((f) => !vocabularyFields.includes(f));
    this.text = new MiniSearch({
      fields,
      idField: "ord",
      tokenize: (t) => tokenize(t),
      processTerm: (t) => t,
      extractField: (d, f) => {
        const v = (d as Record<string, unknown>)[f];
        if (f === "ord") return v as never; // the id, kept a number
        return Array.isArray(v) ? v.join(" ") : typeof v === "string" ? v : v == null ? "" : String(v);
      },
    });
    for (const field of filterableFields[name]) this.byValue.set(field, new Map());
  }

  get size(): number {
    return this.ordinals.size;
  }

  add(doc: Doc): void {
    this.remove(doc.id);
    this.clearWordCache();
    const ord = this.docs.length;
    this.docs.push(doc);
    this.ordinals.set(doc.id, ord);
    for (const [field, map] of this.byValue) {
      for (const value of valuesOf(doc, field)) {
        let set = map.get(value);
        if (!set) map.set(value, (set = new Set()));
        set.add(ord);
      }
    }
    this.text.add({ ...doc, ord });
    const seen = new Set<string>();
    for (const field of vocabularyFields) {
      for (const element of valuesOf(doc, field)) {
        if (seen.has(element)) continue;
        seen.add(element);
        let id = this.elementIds.get(element);
        if (id === undefined) {
          id = this.elementOrds.length;
          this.elementIds.set(element, id);
          this.elementOrds.push([]);
          this.elements.add({ id, text: element });
        }
        this.elementOrds[id]!.push(ord);
      }
    }
  }

  /** Ordinal → score of the live documents matching one word, in any searchable field. */
  wordScores(word: string): Map<number, number> {
    const scores = new Map<number, number>();
    for (const r of this.text.search(word, { fuzzy, prefix })) scores.set(r.id as number, r.score);
    // Short prefixes would expand to much of the vocabulary: names complete from five letters.
    for (const r of this.elements.search(word, { fuzzy, prefix: (t) => t.length >= 5 })) {
      // Vocabulary names count less than a firm's own words, and once per firm.
      const weight = r.score / 2;
      for (const ord of this.elementOrds[r.id as number]!) {
        if (this.docs[ord] === undefined) continue; // removed since; ordinals are never reused
        if ((scores.get(ord) ?? 0) < weight) scores.set(ord, weight);
      }
    }
    return scores;
  }

  private readonly wordCache = new Map<string, Map<number, number>>();
  private wordCacheEntries = 0;

  /** wordScores, remembered until the next write (see cachedEntries). */
  cachedWordScores(word: string): Map<number, number> {
    let scores = this.wordCache.get(word);
    if (scores) {
      this.wordCache.delete(word); // re-inserted below as the most recent
    } else {
      scores = this.wordScores(word);
      this.wordCacheEntries += scores.size;
      for (const [oldest, old] of this.wordCache) {
        if (this.wordCacheEntries <= cachedEntries) break;
        this.wordCache.delete(oldest);
        this.wordCacheEntries -= old.size;
      }
    }
    this.wordCache.set(word, scores);
    return scores;
  }

  private clearWordCache(): void {
    this.wordCache.clear();
    this.wordCacheEntries = 0;
  }

  remove(id: string): void {
    const ord = this.ordinals.get(id);
    if (ord === undefined) return;
    const doc = this.docs[ord]!;
    this.clearWordCache();
    for (const [field, map] of this.byValue) for (const value of valuesOf(doc, field)) map.get(value)?.delete(ord);
    // Removed term by term, not discard()ed: MiniSearch prunes discarded postings lazily, during the
    // next search, which then scores with the wrong document counts, so the same query ranked
    // differently the second time.
    this.text.remove({ ...doc, ord });
    // Vocabulary postings keep the stale ordinal; readers skip documents that are gone.
    this.docs[ord] = undefined;
    this.ordinals.delete(id);
  }

  /** Value → documents of a field, for counting facets over large match sets. */
  valueSets(field: string): Map<string, Set<number>> | undefined {
    return this.byValue.get(field);
  }

  /** Documents having one of the values, or null when the field is not indexed by value. */
  withAnyValue(field: string, values: string[]): Set<number> | null {
    const map = this.byValue.get(field);
    if (!map) return null;
    const sets = values.map((v) => map.get(v)).filter((s): s is Set<number> => !!s);
    if (sets.length === 0) return new Set();
    if (sets.length === 1) return sets[0]!;
    const union = new Set<number>();
    for (const s of sets) for (const o of s) union.add(o);
    return union;
  }
}

function checkField(index: IndexName, field: string): void {
  if (!(filterableFields[index] as readonly string[]).includes(field)) throw new Error(`${field} is not a filterable field of ${index}`);
}

/** A test of one filter on one document (by ordinal, so value sets answer without allocating). */
function predicate(index: MemoryIndex, filter: SearchFilter): (ord: number, doc: Doc) => boolean {
  switch (filter.kind) {
    case "anyOf": {
      const set = index.withAnyValue(filter.field, filter.values.map(String));
      if (set) return (ord) => set.has(ord);
      const wanted = new Set(filter.values.map(String));
      return (_ord, doc) => valuesOf(doc, filter.field).some((v) => wanted.has(v));
    }
    case "noneOf": {
      const set = index.withAnyValue(filter.field, filter.values.map(String));
      if (set) return (ord) => !set.has(ord);
      const unwanted = new Set(filter.values.map(String));
      return (_ord, doc) => !valuesOf(doc, filter.field).some((v) => unwanted.has(v));
    }
    case "range":
      return (_ord, doc) => {
        const v = doc[filter.field];
        return typeof v === "number" && (filter.min === undefined || v >= filter.min) && (filter.max === undefined || v <= filter.max);
      };
    case "geoRadius":
      return (_ord, doc) => {
        const geo = doc._geo as Geo | null | undefined;
        return !!geo && distanceKm(filter.center, geo) <= filter.radiusKm;
      };
  }
}

/** The in-process engine behind the search port, used when MEILI_HOST is unset. */
export class EmbeddedIndex implements SearchIndex {
  readonly engine = "embedded" as const;
  private readonly indexes = new Map<IndexName, MemoryIndex>();
  private synonyms = new Map<string, string[]>();

  private index(name: IndexName): MemoryIndex {
    let index = this.indexes.get(name);
    if (!index) this.indexes.set(name, (index = new MemoryIndex(name)));
    return index;
  }

  async configure(settings: IndexSettings): Promise<void> {
    // Each entry of a group stands for all the others; multi-word entries expand as phrases.
    const map = new Map<string, string[]>();
    for (const group of settings.synonyms) {
      const folded = group.map((g) => tokenize(g).join(" ")).filter(Boolean);
      for (const term of folded) map.set(term, [...new Set([...(map.get(term) ?? []), ...folded.filter((t) => t !== term)])]);
    }
    this.synonyms = map;
  }

  async upsert<D extends { id: string }>(name: IndexName, documents: D[]): Promise<void> {
    const index = this.index(name);
    for (const doc of documents) index.add(doc as unknown as Doc);
  }

  async delete(name: IndexName, ids: string[]): Promise<void> {
    const index = this.index(name);
    for (const id of ids) index.remove(id);
  }

  async clear(name: IndexName): Promise<void> {
    this.indexes.set(name, new MemoryIndex(name));
  }

  async count(name: IndexName): Promise<number> {
    return this.index(name).size;
  }

  /**
   * The words of a query, each with the documents matching it and the synonym phrases standing
   * for it (a multi-word synonym stands for every word it spans). Word lookups are cached until
   * the next write, so the tiers of one search score their text once. A ranking text is not
   * expanded: a vocabulary name's synonym group lists dozens of phrases in five languages, each
   * a fuzzy lookup, and the words that rank beside filters are those query understanding could
   * not read as any name.
   */
  private textQuery(index: MemoryIndex, text: string, expand: boolean): TextQuery | null {
    const tokens = tokenize(text);
    if (tokens.length === 0) return null;
    const slots: TextQuery["slots"] = tokens.map((token) => ({ direct: index.cachedWordScores(token), phrases: [] }));
    const extra: string[][] = [];
    const joined = ` ${tokens.join(" ")} `;
    for (const [term, others] of expand ? this.synonyms : []) {
      if (!joined.includes(` ${term} `)) continue;
      const words = term.split(" ");
      for (let from = 0; from + words.length <= tokens.length; from++) {
        if (!words.every((w, i) => tokens[from + i] === w)) continue;
        const phrases = others.map((o) => tokenize(o).map((w) => index.cachedWordScores(w)));
        for (let i = from; i < from + words.length; i++) slots[i]!.phrases.push(...phrases);
        extra.push(...others.map((o) => tokenize(o)));
      }
    }
    const maps = [...new Set([...slots.map((s) => s.direct), ...slots.flatMap((s) => s.phrases.flat())])];
    return { tokens, slots, maps, extra };
  }

  /**
   * Members of a matching text (not a ranking one): documents with all words of the query or of a
   * synonym phrase if any have them, else documents with any word.
   */
  private textMembers(index: MemoryIndex, query: TextQuery): Set<number> {
    const all = new Set<number>();
    for (const phrase of [query.tokens, ...query.extra]) {
      const perWord = phrase.map((w) => index.cachedWordScores(w)).sort((a, b) => a.size - b.size);
      if (perWord.length === 0) continue;
      for (const ord of perWord[0]!.keys()) if (perWord.every((m) => m.has(ord))) all.add(ord);
    }
    if (all.size > 0) return all;
    const any = new Set<number>();
    for (const m of query.maps) for (const ord of m.keys()) any.add(ord);
    return any;
  }

  async search<D>(request: SearchRequest): Promise<SearchResponse<D>> {
    const index = this.index(request.index);
    for (const f of request.filters) if (f.kind !== "geoRadius") checkField(request.index, f.field);
    const facets = Object.fromEntries((request.facets ?? []).map((f) => [f, {} as Record<string, number>]));
    if (request.filters.some((f) => f.kind === "anyOf" && f.values.length === 0)) return { hits: [], total: 0, facets };

    // The smallest value set among the anyOf filters drives; every filter is then checked per document.
    let driver: Iterable<number> | null = null;
    let driverSize = Number.POSITIVE_INFINITY;
    for (const f of request.filters) {
      if (f.kind !== "anyOf") continue;
      const set = index.withAnyValue(f.field, f.values.map(String));
      if (set && set.size < driverSize) {
        driver = set;
        driverSize = set.size;
      }
    }
    const tests = request.filters.map((f) => predicate(index, f));
    const rank = request.textMode === "rank";
    const query = request.text.trim() ? this.textQuery(index, request.text, !rank) : null;
    // A matching text narrows the candidates; a ranking one only orders the filtered documents.
    const members = query && !rank ? this.textMembers(index, query) : null;
    const candidates: Iterable<number> = members && members.size < driverSize ? members : (driver ?? index.docs.keys());

    const matched: number[] = [];
    for (const ord of candidates) {
      const doc = index.docs[ord];
      if (!doc || (members && !members.has(ord))) continue;
      if (tests.every((t) => t(ord, doc))) matched.push(ord);
    }

    this.countFacets(index, matched, request.facets ?? [], facets);
    const want = request.offset + request.limit;
    if (want <= 0) return { hits: [], total: matched.length, facets };

    // Per match: how many query words it has (directly or through a synonym phrase) and the summed
    // word scores. Computed for the matches only, so a ranking text over a small filtered set
    // costs a few lookups per document.
    const wordsMatched = new Map<number, number>();
    const scores = new Map<number, number>();
    if (query) {
      for (const ord of matched) {
        let words = 0;
        for (const slot of query.slots) if (slot.direct.has(ord) || slot.phrases.some((p) => p.every((m) => m.has(ord)))) words++;
        let score = 0;
        for (const m of query.maps) score += m.get(ord) ?? 0;
        wordsMatched.set(ord, words);
        scores.set(ord, score);
      }
    }

    // Only the requested page is ordered: top-k instead of sorting every match. Documents with more
    // of the query's words come first (as Meilisearch's words rule), then the sort. Ties go by the
    // document id, never by ordinal: an upsert moves a document to a new ordinal, and a page must
    // not change because an unrelated document was indexed again (Meilisearch ends on id too).
    const sort = request.sort ?? { kind: "relevance" };
    const byId = (a: number, b: number) => (index.docs[a]!.id < index.docs[b]!.id ? -1 : 1);
    // Before the id, the fuller profile (as Meilisearch's profileQuality:desc rule).
    const quality = (o: number) => (index.docs[o]!.profileQuality as number | undefined) ?? 0;
    const byQuality = (a: number, b: number) => quality(b) - quality(a);
    const byWords = (a: number, b: number) => (query ? wordsMatched.get(b)! - wordsMatched.get(a)! : 0);
    const preferred = this.preferred(index, request);
    const byPreferred = (a: number, b: number) => (preferred ? Number(preferred.has(b)) - Number(preferred.has(a)) : 0);
    let compare: (a: number, b: number) => number;
    if (sort.kind === "distance") {
      const distance = new Map<number, number>();
      for (const o of matched) {
        const geo = index.docs[o]!._geo as Geo | null | undefined;
        distance.set(o, geo ? distanceKm(sort.from, geo) : Number.POSITIVE_INFINITY);
      }
      compare = (a, b) => byWords(a, b) || byPreferred(a, b) || compareNumbers(distance.get(a)!, distance.get(b)!) || byQuality(a, b) || byId(a, b);
    } else if (sort.kind === "field") {
      const keys = new Map<number, string | number | null>();
      for (const o of matched) {
        const v = index.docs[o]![sort.field];
        keys.set(o, typeof v === "string" ? foldCaseAndDiacritics(v) : typeof v === "number" ? v : null);
      }
      const dir = sort.direction === "asc" ? 1 : -1;
      const byKey = (a: number, b: number) => {
        const ka = keys.get(a)!;
        const kb = keys.get(b)!;
        if (ka === kb) return 0;
        if (ka === null) return 1;
        if (kb === null) return -1;
        return (ka < kb ? -1 : 1) * dir;
      };
      compare = (a, b) => byWords(a, b) || byPreferred(a, b) || byKey(a, b) || byQuality(a, b) || byId(a, b);
    } else {
      compare = (a, b) => byWords(a, b) || byPreferred(a, b) || compareNumbers(scores.get(b) ?? 0, scores.get(a) ?? 0) || byQuality(a, b) || byId(a, b);
    }
    const ordered = topK(matched, want, (a, b) => compare(a, b) < 0);

    const page = ordered.slice(request.offset, want);
    const hits: SearchHit<D>[] = page.map((ord) => {
      const doc = index.docs[ord]!;
      return {
        id: doc.id,
        document: doc as D,
        score: query ? (scores.get(ord) ?? 0) : 1,
        highlights: highlight(doc, request.highlight ?? [], request.text),
      };
    });
    return { hits, total: matched.length, facets };
  }

  /** The documents a ranking search prefers (SearchRequest.prefer), or null. */
  private preferred(index: MemoryIndex, request: SearchRequest): Set<number> | null {
    const prefer = request.prefer;
    if (!prefer || request.textMode !== "rank") return null;
    if (!(preferableFields[request.index] as readonly string[]).includes(prefer.field)) {
      throw new Error(`${prefer.field} is not a preferable field of ${request.index}`);
    }
    return index.withAnyValue(prefer.field, prefer.values.map(String));
  }

  /**
   * Value counts per facet field over the matches. Few matches: read each document. Many: walk
   * the field's value sets against a bitmap of the matches, which allocates nothing per document.
   */
  private countFacets(index: MemoryIndex, matched: number[], fields: string[], facets: Record<string, Record<string, number>>): void {
    if (fields.length === 0) return;
    const large = matched.length > 2000;
    const bitmap = large ? new Uint8Array(index.docs.length) : null;
    if (bitmap) for (const o of matched) bitmap[o] = 1;
    for (const field of fields) {
      const counts = facets[field]!;
      const sets = index.valueSets(field);
      if (bitmap && sets) {
        for (const [value, set] of sets) {
          let n = 0;
          for (const o of set) n += bitmap[o]!;
          if (n > 0) counts[value] = n;
        }
        continue;
      }
      for (const ord of matched) {
        const value = index.docs[ord]![field];
        if (Array.isArray(value)) for (const v of value) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
        else if (value !== null && value !== undefined) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
      }
    }
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
