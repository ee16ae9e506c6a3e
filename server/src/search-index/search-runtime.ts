import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import { latestOutboxId, markAllOutboxProcessedUpTo } from "../outbox/outbox.repository.ts";
import type { Vocabulary } from "@cluster-match/shared";
import { documentFormat } from "./documents.ts";
import { createEmbeddedIndex } from "./embedded/embedded-index.ts";
import { drainOutboxBatch, loadSearchVocabulary, rebuildIndex, startIndexWorker } from "./index-sync.ts";
import { createMeilisearchIndexFromConfig, type SearchEngineConfig } from "./meilisearch/meilisearch-index.ts";
import type { Lexicon } from "./query/lexicon.ts";
import { loadQueryLexicon } from "./query/query-lexicon.ts";
import type { SearchIndex } from "./search-port.ts";
import type { SearchVocabulary } from "./search-vocabulary.ts";

/** The search engine in use and what queries need beside it (lexicon, labels), kept warm. */
export interface SearchRuntime {
  index: SearchIndex;
  lexicon(): Promise<Lexicon>;
  vocabulary(locale: string): Promise<Vocabulary>;
  searchVocabulary(): Promise<SearchVocabulary>;
  /** Cluster slug → display name in a locale (for facet labels). */
  clusterNames(locale: string): Promise<Map<string, string>>;
  /**
   * The vocabulary changed (an admin's term, a taxonomy import): drops the lexicon and
   * vocabularies loaded before and gives the engine its synonyms again. The index worker calls
   * it for the outbox's vocabulary rows.
   */
  vocabularyChanged(): Promise<void>;
  /** Applies the due outbox rows now, as the worker does (tests whose worker is paused); returns how many. */
  drainOutbox(): Promise<number>;
  stop(): Promise<void>;
}

/** Labels the search services show beside hits; loaded by their own domains (see start-search.ts). */
export interface ReferenceLoaders {
  vocabulary(locale: string): Promise<Vocabulary>;
  clusterNames(locale: string): Promise<Map<string, string>>;
}

export interface SearchRuntimeOptions {
  prisma: PrismaClient;
  logger: Logger;
  reference: ReferenceLoaders;
  /**
   * MEILI_HOST and MEILI_MASTER_KEY as the validated configuration holds them (server.ts passes
   * its config); `{}` is the embedded engine (tests).
   */
  env: SearchEngineConfig;
  /** Drain the outbox in the background (off in tests that drain it themselves). */
  worker?: boolean;
  workerIntervalMs?: number;
}

/** A value loaded on first use and kept until reset (a load that fails is not kept). */
function memo<T>(load: () => Promise<T>): { get: () => Promise<T>; reset: () => void; set: (fresh: T) => void } {
  let value: Promise<T> | null = null;
  return {
    get: () =>
      (value ??= load().catch((error: unknown) => {
        value = null;
        throw error;
      })),
    reset: () => void (value = null),
    set: (fresh) => void (value = Promise.resolve(fresh)),
  };
}

function memoByKey<T>(load: (key: string) => Promise<T>): { get: (key: string) => Promise<T>; reset: () => void } {
  const values = new Map<string, Promise<T>>();
  return {
    get: (key) => {
      let value = values.get(key);
      if (!value) values.set(key, (value = load(key)));
      return value;
    },
    reset: () => values.clear(),
  };
}

/**
 * Rebuilds the index from the database. Outbox rows written before the rebuild starts are covered
 * by it and marked processed; later ones stay for the worker.
 */
export async function rebuildFromDatabase(prisma: PrismaClient, index: SearchIndex): Promise<{ companies: number; opportunities: number }> {
  const latest = await latestOutboxId(prisma);
  const counts = await rebuildIndex(prisma, index);
  if (latest !== null) await markAllOutboxProcessedUpTo(prisma, latest, new Date());
  return counts;
}

/** True when an index holds documents of another format than this code writes (documents.ts). */
export async function holdsOlderDocuments(index: SearchIndex): Promise<boolean> {
  for (const name of ["companies", "opportunities"] as const) {
    const stale = await index.search({ index: name, text: "", filters: [{ kind: "noneOf", field: "documentFormat", values: [documentFormat] }], offset: 0, limit: 0 });
    if (stale.total > 0) return true;
  }
  return false;
}

/** Meilisearch when MEILI_HOST is set, else the embedded engine. */
export async function createSearchIndex(config: SearchEngineConfig): Promise<SearchIndex> {
  return createMeilisearchIndexFromConfig(config) ?? (await createEmbeddedIndex());
}

/**
 * Starts search: the embedded index lives in memory, so it is rebuilt from the database at
 * start; a Meilisearch index persists and is rebuilt only when empty. Then the outbox worker
 * keeps it in step with every later write.
 */
export async function startSearch(options: SearchRuntimeOptions): Promise<SearchRuntime> {
  const { prisma, logger } = options;
  const index = await createSearchIndex(options.env);
  const started = Date.now();
  if (index.engine === "embedded" || (await index.count("companies").catch(() => 0)) === 0) {
    // Rows written before the rebuild are covered by it; later ones are left to the worker.
    const counts = await rebuildFromDatabase(prisma, index);
    logger.info({ engine: index.engine, ...counts, ms: Date.now() - started }, "search index built");
  } else {
    await index.configure({ synonyms: (await loadSearchVocabulary(prisma)).synonymGroups() });
    // Documents written by an older version lack fields this one ranks and filters by.
    if (await holdsOlderDocuments(index)) {
      const counts = await rebuildFromDatabase(prisma, index);
      logger.info({ engine: index.engine, ...counts, ms: Date.now() - started, documentFormat }, "search index rebuilt: documents of an older format");
    }
  }
  // Loaded once and kept until the vocabulary changes: an admin's term or a taxonomy import writes
  // a vocabulary outbox row, and the worker then calls vocabularyChanged.
  const lexicon = memo(() => loadQueryLexicon(prisma));
  // A firm published or renamed since: its name is read in queries once the lexicon is loaded
  // again, in the background, while searches keep the one they have.
  let namesStale = false;
  let reloading: Promise<unknown> | null = null;
  // A vocabulary change meanwhile makes a reload begun before it out of date: it is dropped.
  let generation = 0;
  const currentLexicon = () => {
    const current = lexicon.get();
    if (namesStale && !reloading) {
      namesStale = false;
      const started = generation;
      reloading = loadQueryLexicon(prisma)
        .then((fresh) => started === generation && lexicon.set(fresh))
        .catch((error: unknown) => {
          namesStale = true;
          logger.warn({ err: error }, "query lexicon reload failed; will retry");
        })
        .finally(() => (reloading = null));
    }
    return current;
  };
  const searchVocabulary = memo(() => loadSearchVocabulary(prisma));
  const vocabularies = memoByKey((locale: string) => options.reference.vocabulary(locale));
  const clusterNames = memoByKey((locale: string) => options.reference.clusterNames(locale));
  const vocabularyChanged = async () => {
    generation++;
    lexicon.reset();
    searchVocabulary.reset();
    vocabularies.reset();
    await index.configure({ synonyms: (await searchVocabulary.get()).synonymGroups() });
  };
  const worker = startIndexWorker({
    prisma,
    index,
    logger,
    vocabulary: searchVocabulary.get,
    intervalMs: options.workerIntervalMs ?? 1000,
    paused: options.worker === false,
    onVocabularyChanged: vocabularyChanged,
    onCompaniesChanged: () => void (namesStale = true),
  });
  return {
    index,
    lexicon: currentLexicon,
    searchVocabulary: searchVocabulary.get,
    vocabulary: vocabularies.get,
    clusterNames: clusterNames.get,
    vocabularyChanged,
    drainOutbox: () => drainOutboxBatch(prisma, index, searchVocabulary.get, logger, undefined, undefined, vocabularyChanged, () => void (namesStale = true)),
    stop: async () => {
      await worker.stop();
      await index.close();
    },
  };
}
