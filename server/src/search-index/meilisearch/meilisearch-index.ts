import { Meilisearch, type MultiSearchParams } from "meilisearch";
import type { Config } from "../../config.ts";
import type { IndexName, IndexSettings, SearchIndex, SearchRequest, SearchResponse } from "../search-port.ts";
import { preferableFields } from "../documents.ts";
import { preferField, preferWord, rankAnchorField, rankAnchorWord } from "./rank-anchor.ts";
import { toSearchParams } from "./search-params.ts";
import { toSearchResponse } from "./search-response.ts";
import { indexSettings } from "./settings.ts";
import { MeilisearchTaskError, waitForSuccess } from "./task-result.ts";

export interface MeilisearchIndexOptions {
  host: string;
  apiKey?: string;
  /** Prepended to the index uids ("companies", "opportunities"); lets tests use throw-away indexes. */
  indexPrefix?: string;
  /** How long one write may take before it is reported as an error (settings can re-index). */
  taskTimeoutMs?: number;
}

type RawDocument = Record<string, unknown>;

const indexNames: readonly IndexName[] = ["companies", "opportunities"];

/** Documents per addDocuments request: keeps payloads far below Meilisearch's 100 MB limit. */
const upsertBatchSize = 1000;

/** The SearchIndex port on a Meilisearch server. Every write waits for its task and fails loudly. */
export class MeilisearchIndex implements SearchIndex {
  readonly engine = "meilisearch";
  private readonly client: Meilisearch;
  private readonly indexPrefix: string;
  private readonly taskTimeoutMs: number;

  constructor(options: MeilisearchIndexOptions) {
    const indexPrefix = options.indexPrefix ?? "";
    if (!/^[A-Za-z0-9_-]*$/.test(indexPrefix)) {
      throw new Error(`index prefix may only hold letters, digits, "-" and "_": ${JSON.stringify(indexPrefix)}`);
    }
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey });
    this.indexPrefix = indexPrefix;
    this.taskTimeoutMs = options.taskTimeoutMs ?? 120_000;
  }

  /** The Meilisearch uid behind one of our index names. */
  uid(index: IndexName): string {
    return `${this.indexPrefix}${index}`;
  }

  async configure(settings: IndexSettings): Promise<void> {
    await Promise.all(
      indexNames.map(async (index) => {
        await this.createIndexIfMissing(index);
        await this.waitFor(this.index(index).updateSettings(indexSettings(index, settings)));
      }),
    );
  }

  async upsert<D extends { id: string }>(index: IndexName, documents: D[]): Promise<void> {
    const enqueued = [];
    for (let start = 0; start < documents.length; start += upsertBatchSize) {
      const batch = documents.slice(start, start + upsertBatchSize).map((document) => toMeilisearchDocument(index, document));
      enqueued.push(await this.index(index).addDocuments(batch, { primaryKey: "id" }));
    }
    // Tasks of one index run in order; waiting for each reports the first failure.
    for (const task of enqueued) await this.waitFor(Promise.resolve(task));
  }

  async delete(index: IndexName, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.waitFor(this.index(index).deleteDocuments(ids));
  }

  async clear(index: IndexName): Promise<void> {
    await this.waitFor(this.index(index).deleteAllDocuments());
  }

  async count(index: IndexName): Promise<number> {
    return (await this.index(index).getStats()).numberOfDocuments;
  }

  async search<D>(request: SearchRequest): Promise<SearchResponse<D>> {
    const raw = await this.index(request.index).search(request.text, toSearchParams(request));
    return toSearchResponse<D>(request, raw);
  }

  async multiSearch<D>(requests: SearchRequest[]): Promise<SearchResponse<D>[]> {
    if (requests.length === 0) return [];
    const queries = requests.map((request) => ({ indexUid: this.uid(request.index), ...toSearchParams(request) }));
    const { results } = await this.client.multiSearch<MultiSearchParams, RawDocument>({ queries });
    return requests.map((request, position) => {
      const result = results[position];
      if (!result) throw new Error(`Meilisearch multi-search returned no result for query ${position}`);
      return toSearchResponse<D>(request, result);
    });
  }

  async close(): Promise<void> {
    // The client holds no connection of its own (fetch per request).
  }

  /** Deletes this instance's indexes (test clean-up, full rebuilds); a missing index is fine. */
  async deleteIndexes(): Promise<void> {
    await Promise.all(
      indexNames.map(async (index) => {
        try {
          await this.waitFor(this.client.deleteIndex(this.uid(index)));
        } catch (error) {
          if (!isTaskErrorCode(error, "index_not_found")) throw error;
        }
      }),
    );
  }

  private index(index: IndexName) {
    return this.client.index<RawDocument>(this.uid(index));
  }

  private async createIndexIfMissing(index: IndexName): Promise<void> {
    try {
      await this.waitFor(this.client.createIndex(this.uid(index), { primaryKey: "id" }));
    } catch (error) {
      if (!isTaskErrorCode(error, "index_already_exists")) throw error;
    }
  }

  private waitFor(enqueued: Parameters<typeof waitForSuccess>[1]) {
    return waitForSuccess(this.client, enqueued, this.taskTimeoutMs);
  }
}

/**
 * The document as Meilisearch stores it: with the rank anchor and the words of its preferable
 * values (rank-anchor.ts), and without a null `_geo`, which Meilisearch before the 1.12 indexer
 * rejects ("not an object"); a document without the field is valid everywhere. The response
 * mapper takes the added fields out and puts the null back.
 */
function toMeilisearchDocument(index: IndexName, document: { id: string }): RawDocument {
  const { _geo, ...rest } = document as RawDocument;
  const preferred = preferableFields[index].flatMap((field) => {
    const values = (document as RawDocument)[field];
    return Array.isArray(values) ? values.map((value) => preferWord(field, String(value))) : [];
  });
  return {
    ...(_geo === null ? rest : (document as RawDocument)),
    [rankAnchorField]: rankAnchorWord,
    ...(preferred.length > 0 ? { [preferField]: preferred } : {}),
  };
}

function isTaskErrorCode(error: unknown, code: string): boolean {
  return error instanceof MeilisearchTaskError && error.task.error?.code === code;
}

/** The engine settings of the validated configuration (config.ts); none set: the embedded engine. */
export type SearchEngineConfig = Partial<Pick<Config, "MEILI_HOST" | "MEILI_MASTER_KEY">>;

/** The Meilisearch engine when MEILI_HOST is set (MEILI_MASTER_KEY as its key), else null. */
export function createMeilisearchIndexFromConfig(config: SearchEngineConfig): MeilisearchIndex | null {
  const host = config.MEILI_HOST?.trim();
  if (!host) return null;
  return new MeilisearchIndex({ host, apiKey: config.MEILI_MASTER_KEY || undefined });
}
