import { expect, it } from "vitest";
import { documentFormat } from "./documents.ts";
import { createEmbeddedIndex } from "./embedded/embedded-index.ts";
import { holdsOlderDocuments } from "./search-runtime.ts";

it("tells an index holding documents of an older format (rebuilt at start) from a current one", async () => {
  const index = await createEmbeddedIndex();
  await index.configure({ synonyms: [] });
  expect(await holdsOlderDocuments(index)).toBe(false);
  await index.upsert("companies", [{ id: "c-1", documentFormat }]);
  expect(await holdsOlderDocuments(index)).toBe(false);
  await index.upsert("opportunities", [{ id: "o-1" }]);
  expect(await holdsOlderDocuments(index)).toBe(true);
});
