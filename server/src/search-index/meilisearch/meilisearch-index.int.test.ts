import { randomBytes } from "node:crypto";
import { afterAll, describe } from "vitest";
import { describeSearchIndexContract } from "../search-index.contract.ts";
import { MeilisearchIndex } from "./meilisearch-index.ts";

// Runs only where a Meilisearch server is reachable (MEILI_HOST, MEILI_MASTER_KEY), on
// throw-away indexes of its own that are deleted afterwards.
describe.runIf(!!process.env.MEILI_HOST)("Meilisearch engine", () => {
  const created: MeilisearchIndex[] = [];

  describeSearchIndexContract("meilisearch", async () => {
    const index = new MeilisearchIndex({
      host: process.env.MEILI_HOST ?? "",
      apiKey: process.env.MEILI_MASTER_KEY || undefined,
      indexPrefix: `contract_${randomBytes(6).toString("hex")}_`,
    });
    created.push(index);
    return index;
  });

  afterAll(async () => {
    await Promise.all(created.map((index) => index.deleteIndexes()));
  });
});
