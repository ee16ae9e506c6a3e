import { systemClock, type Clock } from "../clock.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { startPollingWorker, type PollingWorker } from "../jobs/polling-worker.ts";
import type { Logger } from "../logger.ts";
import { findDueOutboxRows, markOutboxFailed, markOutboxProcessed, type OutboxRow } from "../outbox/outbox.repository.ts";
import { companyDocument, opportunityDocument } from "./document-builder.ts";
import type { IndexName, SearchIndex } from "./search-port.ts";
import {
  findCompaniesForIndex,
  findOpportunitiesForIndex,
  loadSearchVocabularyRows,
  pagePublishedCompanies,
  pagePublishedOpportunities,
} from "./search.repository.ts";
import { SearchVocabulary } from "./search-vocabulary.ts";

const indexOf: Record<string, IndexName> = { company: "companies", opportunity: "opportunities" };
/** Outbox rows that announce a change of the search vocabulary rather than of a document. */
const vocabularyType = "vocabulary";

export async function loadSearchVocabulary(prisma: PrismaClient): Promise<SearchVocabulary> {
  return new SearchVocabulary(await loadSearchVocabularyRows(prisma));
}

/**
 * Brings the index in line with the database for these aggregates: published ones are
 * (re)written, everything else is removed. Safe to repeat: the result depends only on the
 * database, so a batch delivered twice has the effect of once.
 */
export async function syncAggregates(
  prisma: PrismaClient,
  index: SearchIndex,
  vocabulary: SearchVocabulary,
  type: "company" | "opportunity",
  ids: string[],
): Promise<void> {
  if (type === "company") {
    const rows = await findCompaniesForIndex(prisma, ids);
    const published = rows.filter((r) => r.status === "PUBLISHED");
    await index.upsert("companies", published.map((r) => companyDocument(r, vocabulary)));
    const keep = new Set(published.map((r) => r.id));
    await index.delete("companies", ids.filter((id) => !keep.has(id)));
  } else {
    const rows = await findOpportunitiesForIndex(prisma, ids);
    const published = rows.filter((r) => r.status === "PUBLISHED" && r.company.status === "PUBLISHED");
    await index.upsert("opportunities", published.map((r) => opportunityDocument(r, vocabulary)));
    const keep = new Set(published.map((r) => r.id));
    await index.delete("opportunities", ids.filter((id) => !keep.has(id)));
  }
}

/** Fills the index from scratch from the database, in batches. */
export async function rebuildIndex(prisma: PrismaClient, index: SearchIndex, batchSize = 500): Promise<{ companies: number; opportunities: number }> {
  const vocabulary = await loadSearchVocabulary(prisma);
  await index.configure({ synonyms: vocabulary.synonymGroups() });
  await index.clear("companies");
  await index.clear("opportunities");
  let companies = 0;
  for (let after: string | null = null; ; ) {
    const rows = await pagePublishedCompanies(prisma, after, batchSize);
    if (rows.length === 0) break;
    await index.upsert("companies", rows.map((r) => companyDocument(r, vocabulary)));
    companies += rows.length;
    after = rows.at(-1)!.id;
  }
  let opportunities = 0;
  for (let after: string | null = null; ; ) {
    const rows = await pagePublishedOpportunities(prisma, after, batchSize);
    if (rows.length === 0) break;
    await index.upsert("opportunities", rows.map((r) => opportunityDocument(r, vocabulary)));
    opportunities += rows.length;
    after = rows.at(-1)!.id;
  }
  return { companies, opportunities };
}

/** Backoff after n failed attempts: 1 s, 2 s, 4 s … capped at 5 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.min(attempts, 9));
}

/**
 * Applies one batch of due outbox rows to the index. Rows are marked processed only after the
 * index accepted them; on failure they are retried later with backoff, so nothing is lost.
 * Vocabulary rows (terms added or removed, a taxonomy import) come first: `onVocabularyChanged`
 * drops what was loaded from the old vocabulary and gives the engine its synonyms again, so the
 * documents of the same batch are built with the new one. Without it, the synonyms are given again.
 */
export async function drainOutboxBatch(
  prisma: PrismaClient,
  index: SearchIndex,
  loadVocabulary: () => Promise<SearchVocabulary>,
  logger: Logger,
  batchSize = 200,
  // Rows become due by the database's now() and backoffs are real seconds: the system clock, unless a test moves it.
  clock: Clock = systemClock,
  onVocabularyChanged: () => Promise<void> = async () => index.configure({ synonyms: (await loadSearchVocabulary(prisma)).synonymGroups() }),
  /** Firms were written: the names the query lexicon knows may have changed. */
  onCompaniesChanged: () => void = () => {},
): Promise<number> {
  const now = clock.now();
  const rows = await findDueOutboxRows(prisma, batchSize, now);
  if (rows.length === 0) return 0;
  const vocabularyRows = rows.filter((r) => r.aggregateType === vocabularyType);
  if (vocabularyRows.length > 0) {
    const ids = vocabularyRows.map((r) => r.id);
    try {
      await onVocabularyChanged();
      await markOutboxProcessed(prisma, ids, clock.now());
      logger.info({ changes: vocabularyRows.length, first: vocabularyRows.slice(0, 5).map((r) => r.aggregateId) }, "search vocabulary reloaded");
    } catch (error) {
      const attempts = Math.max(...vocabularyRows.map((r) => r.attempts)) + 1;
      logger.warn({ err: error, rows: ids.length, attempts }, "search vocabulary reload failed; will retry");
      await markOutboxFailed(prisma, ids, (error as Error).message, retryDelayMs(attempts), clock.now());
    }
  }
  const aggregateRows = rows.filter((r) => r.aggregateType !== vocabularyType);
  if (aggregateRows.length === 0) return rows.length;
  const vocabulary = await loadVocabulary();
  const byType = new Map<string, OutboxRow[]>();
  for (const row of aggregateRows) byType.set(row.aggregateType, [...(byType.get(row.aggregateType) ?? []), row]);
  for (const [type, group] of byType) {
    const ids = group.map((r) => r.id);
    if (!indexOf[type]) {
      await markOutboxFailed(prisma, ids, `unknown aggregate type ${type}`, retryDelayMs(10), clock.now());
      continue;
    }
    try {
      await syncAggregates(prisma, index, vocabulary, type as "company" | "opportunity", [...new Set(group.map((r) => r.aggregateId))]);
      await markOutboxProcessed(prisma, ids, clock.now());
      if (type === "company") onCompaniesChanged();
    } catch (error) {
      const attempts = Math.max(...group.map((r) => r.attempts)) + 1;
      logger.warn({ err: error, type, rows: ids.length, attempts }, "search index update failed; will retry");
      await markOutboxFailed(prisma, ids, (error as Error).message, retryDelayMs(attempts), clock.now());
    }
  }
  return rows.length;
}

/** Drains the outbox continuously until stopped; stop() waits for the batch in flight. */
export function startIndexWorker(options: {
  prisma: PrismaClient;
  index: SearchIndex;
  logger: Logger;
  /** The vocabulary documents are built with; loaded only when there is work. */
  vocabulary: () => Promise<SearchVocabulary>;
  intervalMs?: number;
  /** Do not drain on a timer (tests apply rows with drainOutboxBatch themselves). */
  paused?: boolean;
  clock?: Clock;
  /** Called for vocabulary rows: drop what was loaded from the old vocabulary, configure the engine again. */
  onVocabularyChanged?: () => Promise<void>;
  onCompaniesChanged?: () => void;
}): PollingWorker {
  return startPollingWorker({
    name: "search index worker",
    logger: options.logger,
    intervalMs: options.intervalMs,
    paused: options.paused,
    drain: true,
    runBatch: () =>
      drainOutboxBatch(options.prisma, options.index, options.vocabulary, options.logger, undefined, options.clock, options.onVocabularyChanged, options.onCompaniesChanged),
  });
}
