import { listClusters } from "../clusters/clusters.service.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import { markAllOutboxProcessedUpTo } from "../outbox/outbox.repository.ts";
import { loadVocabulary } from "../taxonomy/taxonomy.service.ts";
import type { Vocabulary } from "../taxonomy/vocabulary.ts";
import { createEmbeddedIndex } from "./embedded/embedded-index.ts";
import { loadSearchVocabulary, rebuildIndex, startIndexWorker } from "./index-sync.ts";
import { createMeilisearchIndexFromEnv } from "./meilisearch/meilisearch-index.ts";
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
  /** Forgets cached lexicon and labels (after taxonomy changes or a rebuild). */
  invalidate(): void;
  /** Applies pending outbox rows now (tests, CLI). */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

export interface SearchRuntimeOptions {
  prisma: PrismaClient;
  logger: Logger;
  env?: Record<string, string | undefined>;
  /** Drain the outbox in the background (off in tests that drive it by hand). */
  worker?: boolean;
  workerIntervalMs?: number;
}

/** Meilisearch when MEILI_HOST is set, else the embedded engine. */
export async function createSearchIndex(env: Record<string, string | undefined>): Promise<SearchIndex> {
  return createMeilisearchIndexFromEnv(env) ?? (await createEmbeddedIndex());
}

/**
 * Starts search: the embedded index lives in memory, so it is rebuilt from the database at
 * start; a Meilisearch index persists and is rebuilt only when empty. Then the outbox worker
 * keeps it in step with every later write.
 */
export async function startSearch(options: SearchRuntimeOptions): Promise<SearchRuntime> {
  const { prisma, logger } = options;
  const index = await createSearchIndex(options.env ?? process.env);
  const started = Date.now();
  if (index.engine === "embedded" || (await index.count("companies").catch(() => 0)) === 0) {
    // Rows written before the rebuild are covered by it; later ones are left to the worker.
    const latest = await prisma.outbox.aggregate({ _max: { id: true } });
    const counts = await rebuildIndex(prisma, index);
    if (latest._max.id !== null) await markAllOutboxProcessedUpTo(prisma, latest._max.id);
    logger.info({ engine: index.engine, ...counts, ms: Date.now() - started }, "search index built");
  } else {
    await index.configure({ synonyms: (await loadSearchVocabulary(prisma)).synonymGroups() });
  }
  const worker = startIndexWorker({ prisma, index, logger, intervalMs: options.workerIntervalMs ?? 1000, paused: options.worker === false });
  let lexicon: Promise<Lexicon> | null = null;
  let searchVocabulary: Promise<SearchVocabulary> | null = null;
  const vocabularies = new Map<string, Promise<Vocabulary>>();
  return {
    index,
    lexicon: () => (lexicon ??= loadQueryLexicon(prisma)),
    searchVocabulary: () => (searchVocabulary ??= loadSearchVocabulary(prisma)),
    vocabulary: (locale) => {
      let v = vocabularies.get(locale);
      if (!v) {
        v = loadVocabulary(prisma, locale);
        vocabularies.set(locale, v);
      }
      return v;
    },
    clusterNames: async (locale) => new Map((await listClusters(prisma, locale)).map((c) => [c.slug, c.name])),
    invalidate: () => {
      lexicon = null;
      searchVocabulary = null;
      vocabularies.clear();
    },
    drain: () => worker.drainNow(),
    stop: async () => {
      await worker.stop();
      await index.close();
    },
  };
}
