import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDemoData } from "../../test/fixtures.ts";
import { createTestDatabase, testLogger, type TestDatabase } from "../../test/test-database.ts";
import { enqueueOutbox } from "../outbox/outbox.repository.ts";
import { createEmbeddedIndex } from "./embedded/embedded-index.ts";
import { drainOutboxBatch, loadSearchVocabulary, rebuildIndex } from "./index-sync.ts";
import type { SearchIndex } from "./search-port.ts";

/** An engine that dies in the middle of a batch: it writes part of it, then fails. */
function crashingAfter(inner: SearchIndex, documentsBeforeCrash: number): SearchIndex {
  let written = 0;
  return Object.assign(Object.create(inner) as SearchIndex, {
    upsert: async <D extends { id: string }>(index: "companies" | "opportunities", docs: D[]) => {
      const room = Math.max(0, documentsBeforeCrash - written);
      await inner.upsert(index, docs.slice(0, room));
      written += Math.min(room, docs.length);
      if (docs.length > room) throw new Error("engine crashed mid-batch");
    },
  });
}

describe(`search index sync through the outbox (${process.env.TEST_DB})`, () => {
  let db: TestDatabase;
  let index: SearchIndex;
  beforeAll(async () => {
    db = await createTestDatabase();
    await importDemoData(db.prisma);
    index = await createEmbeddedIndex();
    await rebuildIndex(db.prisma, index);
    await db.prisma.outbox.updateMany({ data: { processedAt: new Date() } });
  });
  afterAll(() => db.destroy());

  it("delivers every update exactly once in effect across a crash in the middle of a batch", async () => {
    const companies = await db.prisma.company.findMany({ select: { id: true, name: true }, take: 12, orderBy: { id: "asc" } });
    const hidden = companies[11]!;
    // Twelve writes, each with its outbox row in the same transaction: eleven renames, one suspension.
    for (const [i, c] of companies.entries()) {
      await db.prisma.$transaction(async (tx) => {
        if (c.id === hidden.id) await tx.company.update({ where: { id: c.id }, data: { status: "SUSPENDED" } });
        else await tx.company.update({ where: { id: c.id }, data: { name: `Renamed ${i} Zyxwvut` } });
        await enqueueOutbox(tx, "company", c.id);
      });
    }
    const loaded = await loadSearchVocabulary(db.prisma);
    const vocabulary = async () => loaded;
    const before = await index.count("companies");

    // The worker dies after 5 of the 12 documents reached the engine.
    await drainOutboxBatch(db.prisma, crashingAfter(index, 5), vocabulary, testLogger);
    const failed = await db.prisma.outbox.findMany({ where: { processedAt: null }, select: { attempts: true, lastError: true, availableAt: true } });
    expect(failed).toHaveLength(12);
    expect(failed.every((r) => r.attempts === 1 && r.lastError === "engine crashed mid-batch" && r.availableAt > new Date())).toBe(true);

    // Nothing is due before its backoff; once due, a restarted worker finishes the job.
    expect(await drainOutboxBatch(db.prisma, index, vocabulary, testLogger)).toBe(0);
    await db.prisma.outbox.updateMany({ where: { processedAt: null }, data: { availableAt: new Date(0) } });
    expect(await drainOutboxBatch(db.prisma, index, vocabulary, testLogger)).toBe(12);
    expect(await db.prisma.outbox.count({ where: { processedAt: null } })).toBe(0);

    // Every rename is searchable once, the suspended firm is gone, nothing is duplicated.
    const renamed = await index.search<{ name: string }>({ index: "companies", text: "Zyxwvut", filters: [], offset: 0, limit: 50 });
    expect(renamed.total).toBe(11);
    expect(new Set(renamed.hits.map((h) => h.id)).size).toBe(11);
    expect(await index.count("companies")).toBe(before - 1);
    expect(renamed.hits.some((h) => h.id === hidden.id)).toBe(false);

    // Delivering the same rows again changes nothing.
    await db.prisma.outbox.updateMany({ data: { processedAt: null, availableAt: new Date(0) } });
    await drainOutboxBatch(db.prisma, index, vocabulary, testLogger, 1000);
    expect(await index.count("companies")).toBe(before - 1);
  });

  it("rebuilds the index from the database alone", async () => {
    const fresh = await createEmbeddedIndex();
    const counts = await rebuildIndex(db.prisma, fresh);
    expect(counts.companies).toBe(await db.prisma.company.count({ where: { status: "PUBLISHED" } }));
    expect(await fresh.count("companies")).toBe(counts.companies);
    expect(await fresh.count("opportunities")).toBe(counts.opportunities);
  });
});
