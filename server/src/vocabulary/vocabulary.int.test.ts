import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildActors, type Actors } from "../../test/builders.ts";
import { appCodeOf, callerFor, copyDemoData, useSeededDatabase } from "../../test/fixtures.ts";
import { importDataset } from "../imports/import.service.ts";

describe(`admin vocabulary: terms understood by the running search (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  const prisma = () => seeded.db.prisma;
  let actors: Actors;
  let admin: ReturnType<typeof callerFor>;
  /** A capability some published firms offer, with its labels. */
  let capability: { code: string; labels: Record<string, string> };

  beforeAll(async () => {
    actors = await buildActors(prisma());
    admin = callerFor(prisma(), seeded.search, actors.admin);
    const offered = await prisma().companyCapability.groupBy({
      by: ["capabilityCode"],
      where: { company: { status: "PUBLISHED" }, capability: { isGroup: false } },
      _count: { _all: true },
      orderBy: [{ _count: { capabilityCode: "desc" } }, { capabilityCode: "asc" }],
      take: 1,
    });
    const code = offered[0]!.capabilityCode;
    const term = await prisma().capabilityTerm.findUniqueOrThrow({ where: { code }, select: { labels: true } });
    capability = { code, labels: term.labels as Record<string, string> };
  });

  const search = (q: string) => seeded.api.search.companies({ q, locale: "de", pageSize: 50 });
  const understood = async (q: string) => (await search(q)).interpretation.capabilities.map((c) => c.code);
  const counts = async () => ({
    terms: await prisma().vocabularyTerm.count(),
    audit: await prisma().auditLog.count({ where: { entityType: "vocabulary_term" } }),
    outbox: await prisma().outbox.count({ where: { aggregateType: "vocabulary" } }),
  });

  it("a term added is understood by the next search without a restart, and its removal undoes it; both are audited", async () => {
    const phrase = "Zorbexarbeiten";
    expect(await understood(phrase)).toEqual([]);

    const added = await admin.vocabulary.add({ kind: "capability", code: capability.code, language: "de", phrase: `  ${phrase} `, locale: "en" });
    expect(added).toMatchObject({ kind: "capability", code: capability.code, label: capability.labels.en, language: "de", phrase, createdBy: actors.admin.email });
    expect((await admin.vocabulary.list({ locale: "en" })).items.map((t) => t.id)).toContain(added.id);
    // The outbox row was written with the term; the worker (here: one drain of the same runtime) reloads.
    expect(await prisma().outbox.count({ where: { aggregateType: "vocabulary", aggregateId: `capability:${capability.code}`, processedAt: null } })).toBe(1);
    await seeded.search.drainOutbox();

    const found = await search(phrase);
    expect(found.interpretation.capabilities.map((c) => c.code)).toEqual([capability.code]);
    expect(found.total).toBeGreaterThan(0);
    expect((await seeded.search.searchVocabulary()).synonymGroups().some((g) => g.includes(phrase))).toBe(true);

    await admin.vocabulary.remove({ id: added.id, locale: "en" });
    await seeded.search.drainOutbox();
    expect(await understood(phrase)).toEqual([]);
    expect((await seeded.search.searchVocabulary()).synonymGroups().some((g) => g.includes(phrase))).toBe(false);
    expect((await admin.vocabulary.list({ locale: "en" })).items.map((t) => t.id)).not.toContain(added.id);
    expect(await prisma().vocabularyTerm.findUniqueOrThrow({ where: { id: added.id }, select: { removedAt: true, removedById: true } })).toEqual({
      removedAt: seeded.clock.now(),
      removedById: actors.admin.id,
    });

    const audit = await prisma().auditLog.findMany({ where: { entityId: added.id }, select: { action: true, actorUserId: true }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action).sort()).toEqual(["vocabulary.add_term", "vocabulary.remove_term"]);
    expect(audit.every((a) => a.actorUserId === actors.admin.id)).toBe(true);
    // A removed term cannot be removed again.
    expect(await appCodeOf(() => admin.vocabulary.remove({ id: added.id }))).toBe("NOT_FOUND");
  });

  it("refuses a bad phrase, a name the code or another code already has, and an unknown code, changing nothing", async () => {
    const other = await prisma().capabilityTerm.findFirstOrThrow({ where: { code: { not: capability.code }, isGroup: false }, select: { labels: true }, orderBy: { code: "asc" } });
    const before = await counts();
    const add = (input: Partial<Parameters<typeof admin.vocabulary.add>[0]>) =>
      appCodeOf(() => admin.vocabulary.add({ kind: "capability", code: capability.code, language: "en", phrase: "zorbex", ...input }));
    expect(await add({ phrase: "z" })).toBe("VALIDATION");
    expect(await add({ phrase: "x".repeat(81) })).toBe("VALIDATION");
    expect(await add({ phrase: "12 34" })).toBe("VALIDATION");
    expect(await add({ phrase: "zor\u200Bbex" })).toBe("VALIDATION");
    expect(await add({ language: "fr" as "en" })).toBe("VALIDATION");
    // Already a name of this code, in any language and case; or of another capability.
    expect(await add({ phrase: capability.labels.en!.toUpperCase() })).toBe("ALREADY_EXISTS");
    expect(await add({ phrase: capability.labels.bg!, language: "de" })).toBe("ALREADY_EXISTS");
    expect(await add({ phrase: (other.labels as Record<string, string>).en })).toBe("CONFLICT");
    expect(await add({ code: "NOPE.NOTHING" })).toBe("NOT_FOUND");
    expect(await add({ kind: "material", code: capability.code })).toBe("NOT_FOUND");
    // Markup, a word search ignores, and one word that other capabilities' names use too.
    expect(await add({ phrase: "<img src=x onerror=alert(1)>" })).toBe("VALIDATION");
    expect(await add({ phrase: "'; DROP TABLE x; --" })).toBe("VALIDATION");
    expect(await add({ phrase: "und" })).toBe("CONFLICT");
    expect(await add({ phrase: "laser", code: "MACH.CNC_MILLING" })).toBe("CONFLICT");
    expect(await counts()).toEqual(before);
  });

  it("stores a phrase once when the same add arrives many times at once", async () => {
    const before = await counts();
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        admin.vocabulary.add({ kind: "capability", code: i % 2 ? capability.code : "MACH.GRINDING", language: "de", phrase: "Rennprobe Gleichzeitig" }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await counts()).terms).toBe(before.terms + 1);
    const stored = await prisma().vocabularyTerm.findFirstOrThrow({ where: { phrase: "Rennprobe Gleichzeitig" }, select: { id: true } });
    await admin.vocabulary.remove({ id: stored.id });
  });

  it("refuses everyone but admins", async () => {
    const input = { kind: "capability" as const, code: capability.code, language: "en" as const, phrase: "zorbex refused" };
    for (const user of [null, actors.owner, actors.manager]) {
      const caller = callerFor(prisma(), seeded.search, user);
      const expected = user ? "FORBIDDEN" : "UNAUTHENTICATED";
      expect(await appCodeOf(() => caller.vocabulary.add(input))).toBe(expected);
      expect(await appCodeOf(() => caller.vocabulary.list({}))).toBe(expected);
      expect(await appCodeOf(() => caller.vocabulary.remove({ id: "x" }))).toBe(expected);
    }
    expect(await prisma().vocabularyTerm.count({ where: { phrase: "zorbex refused" } })).toBe(0);
  });

  it("a taxonomy import is seen by the running search without a restart", async () => {
    const dir = copyDemoData();
    const file = path.join(dir, "taxonomy.json");
    const taxonomy = JSON.parse(readFileSync(file, "utf8")) as { code: string; synonyms: Record<string, string[]> }[];
    const record = taxonomy.find((t) => t.code === capability.code)!;
    record.synonyms.pl = [...(record.synonyms.pl ?? []), "zorbexowanie"];
    writeFileSync(file, JSON.stringify(taxonomy));
    expect(await understood("zorbexowanie")).toEqual([]);

    await importDataset({ prisma: prisma() }, { dir, now: seeded.clock.now() });
    expect(await prisma().outbox.count({ where: { aggregateType: "vocabulary", aggregateId: `capability:${capability.code}`, processedAt: null } })).toBe(1);
    while ((await seeded.search.drainOutbox()) > 0);
    expect(await understood("zorbexowanie")).toEqual([capability.code]);
  });
});
