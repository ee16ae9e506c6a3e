import { beforeAll, describe, expect, it } from "vitest";
import { buildActors, type Actors } from "../../test/builders.ts";
import { appCodeOf, callerFor, useSeededDatabase } from "../../test/fixtures.ts";
import { testLogger } from "../../test/test-database.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { searchCompaniesLogged } from "../search/search-api.service.ts";
import { searchLogRetentionJob } from "./retention.job.ts";

const dayMs = 24 * 60 * 60 * 1000;

describe(`search analytics: the search log, clicks, the admins' report, retention (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  const prisma = () => seeded.db.prisma;
  let actors: Actors;
  let admin: ReturnType<typeof callerFor>;
  /** A capability some published firms offer, with its English label. */
  let capability: { code: string; label: string };

  beforeAll(async () => {
    actors = await buildActors(prisma());
    admin = callerFor(prisma(), seeded.search, actors.admin);
    const offered = await prisma().companyCapability.findFirstOrThrow({
      where: { company: { status: "PUBLISHED" }, capability: { isGroup: false } },
      select: { capabilityCode: true, capability: { select: { labels: true } } },
      orderBy: [{ capabilityCode: "asc" }, { companyId: "asc" }],
    });
    capability = { code: offered.capabilityCode, label: (offered.capability.labels as Record<string, string>).en! };
  });

  const logRow = (id: string) =>
    prisma().searchLog.findUniqueOrThrow({
      where: { id },
      select: {
        query: true, normalized: true, locale: true, understood: true, unreadWords: true, resultCount: true, page: true,
        clickedCompanyId: true, clickedPosition: true, clickedAt: true, createdAt: true,
      },
    });

  it("logs a search with text: what was understood, the words left unread, the result count; no user", async () => {
    const result = await callerFor(prisma(), seeded.search, actors.owner).search.companies({ q: `${capability.label} Zorbquux`, locale: "de" });
    expect(result.searchLogId).not.toBeNull();
    const row = await logRow(result.searchLogId!);
    expect(row).toMatchObject({
      query: `${capability.label} Zorbquux`,
      locale: "de",
      unreadWords: ["zorbquux"],
      resultCount: result.total,
      page: 1,
      clickedAt: null,
      createdAt: seeded.clock.now(),
    });
    expect(row.normalized).toBe(row.normalized.toLowerCase());
    expect((row.understood as { capabilities?: string[] }).capabilities).toEqual(result.interpretation.capabilities.map((c) => c.code));
    expect(result.interpretation.capabilities.map((c) => c.code)).toContain(capability.code);
    // Browsing by facets alone is not a query to learn from.
    const before = await prisma().searchLog.count();
    expect((await seeded.api.search.companies({ q: "", countries: ["BG"] })).searchLogId).toBeNull();
    expect(await prisma().searchLog.count()).toBe(before);
  });

  it("a failure to log never fails the search: it answers without a log id and warns", async () => {
    const warnings: unknown[] = [];
    const logger = Object.assign(Object.create(testLogger) as typeof testLogger, { warn: (...args: unknown[]) => void warnings.push(args) });
    const broken = { searchLog: { create: () => Promise.reject(new Error("database gone")) } } as unknown as PrismaClient;
    const result = await searchCompaniesLogged(
      { search: seeded.search, prisma: broken, clock: seeded.clock, logger },
      { q: "CNC", locale: "en", page: 1, pageSize: 20, sort: "relevance", ignore: [] } as never,
    );
    expect(result.total).toBeGreaterThan(0);
    expect(result.searchLogId).toBeNull();
    expect(warnings).toHaveLength(1);
  });

  it("records the click once, within an hour, on a firm the search showed, at its position", async () => {
    const visitor = seeded.api;
    const result = await visitor.search.companies({ q: capability.label, locale: "en", page: 1, pageSize: 5 });
    expect(result.items.length).toBeGreaterThan(1);
    const id = result.searchLogId!;
    const second = result.items[1]!;
    const shownNot = await prisma().company.findFirstOrThrow({ where: { status: "PUBLISHED", id: { notIn: result.items.map((i) => i.id) } }, select: { id: true } });

    expect(await appCodeOf(() => visitor.searchAnalytics.click({ searchLogId: id, companyId: shownNot.id }))).toBe("NOT_FOUND");
    expect(await appCodeOf(() => visitor.searchAnalytics.click({ searchLogId: "no-such-log", companyId: second.id }))).toBe("NOT_FOUND");
    expect((await logRow(id)).clickedAt).toBeNull();

    expect(await visitor.searchAnalytics.click({ searchLogId: id, companyId: second.id })).toEqual({ recorded: true });
    expect(await logRow(id)).toMatchObject({ clickedCompanyId: second.id, clickedPosition: 2, clickedAt: seeded.clock.now() });
    // Only the first click counts.
    expect(await visitor.searchAnalytics.click({ searchLogId: id, companyId: result.items[0]!.id })).toEqual({ recorded: false });
    expect((await logRow(id)).clickedCompanyId).toBe(second.id);

    // A later page counts its positions from the results before it.
    const page2 = await visitor.search.companies({ q: capability.label, locale: "en", page: 2, pageSize: 1 });
    if (page2.items[0]) {
      await visitor.searchAnalytics.click({ searchLogId: page2.searchLogId!, companyId: page2.items[0].id });
      expect((await logRow(page2.searchLogId!)).clickedPosition).toBe(2);
    }

    // An hour later the search is closed for clicks.
    const late = await visitor.search.companies({ q: capability.label, locale: "en", pageSize: 5 });
    seeded.clock.advance(60 * 60 * 1000 + 1);
    try {
      expect(await appCodeOf(() => visitor.searchAnalytics.click({ searchLogId: late.searchLogId!, companyId: late.items[0]!.id }))).toBe("NOT_FOUND");
      expect((await logRow(late.searchLogId!)).clickedAt).toBeNull();
    } finally {
      seeded.clock.advance(-(60 * 60 * 1000 + 1));
    }
  });

  it("lists queries with no and with few results by normalized text, and unread words by frequency, over the chosen period", async () => {
    const now = seeded.clock.now();
    const log = (query: string, normalized: string, resultCount: number, ageDays: number, extra: { locale?: string; unreadWords?: string[]; page?: number } = {}) =>
      prisma().searchLog.create({
        data: { query, normalized, locale: extra.locale ?? "en", understood: {}, unreadWords: extra.unreadWords ?? [], resultCount, page: extra.page ?? 1, createdAt: new Date(now.getTime() - ageDays * dayMs) },
        select: { id: true },
      });
    await log("Flurbo Teile", "flurbo teile", 0, 1, { locale: "de", unreadWords: ["flurbo"] });
    await log("flurbo  TEILE", "flurbo teile", 0, 2, { unreadWords: ["flurbo"] });
    await log("Flurbo teile", "flurbo teile", 0, 20, { unreadWords: ["flurbo"] });
    await log("Flurbo teile", "flurbo teile", 0, 1, { page: 2 }); // paging is not a new search
    await log("grommet press", "grommet press", 2, 3, { unreadWords: ["grommet"] });
    await log("grommet press", "grommet press", 3, 4, { locale: "bg", unreadWords: ["grommet"] });
    await log("grommet press", "grommet press", 40, 4, { unreadWords: ["grommet"] });

    const week = await admin.searchAnalytics.report({ days: 7 });
    expect(week.zeroResults.find((g) => g.normalized === "flurbo teile")).toEqual({
      normalized: "flurbo teile",
      example: "Flurbo Teile",
      count: 2,
      locales: ["de", "en"],
      lastSeen: new Date(now.getTime() - dayMs).toISOString(),
      maxResults: 0,
    });
    expect(week.fewResults.find((g) => g.normalized === "grommet press")).toMatchObject({ count: 2, locales: ["bg", "en"], maxResults: 3 });
    expect(week.fewResults.some((g) => g.normalized === "flurbo teile")).toBe(false);
    const words = new Map(week.unreadWords.map((w) => [w.word, w]));
    expect(words.get("grommet")).toMatchObject({ count: 3, example: "grommet press" });
    expect(words.get("flurbo")).toMatchObject({ count: 2, example: "Flurbo Teile" });

    const month = await admin.searchAnalytics.report({ days: 30 });
    expect(month.zeroResults.find((g) => g.normalized === "flurbo teile")?.count).toBe(3);
    expect(month.searches).toBeGreaterThan(week.searches);
  });

  it("refuses the report to anyone but admins, and a bad period", async () => {
    expect(await appCodeOf(() => seeded.api.searchAnalytics.report({ days: 7 }))).toBe("UNAUTHENTICATED");
    for (const user of [actors.owner, actors.manager]) {
      expect(await appCodeOf(() => callerFor(prisma(), seeded.search, user).searchAnalytics.report({ days: 7 }))).toBe("FORBIDDEN");
    }
    expect(await appCodeOf(() => admin.searchAnalytics.report({ days: 365 as 90 }))).toBe("VALIDATION");
  });

  it("retention: the daily job deletes searches older than the configured days, by the injected clock", async () => {
    const now = seeded.clock.now();
    const at = (ageDays: number) =>
      prisma().searchLog.create({
        data: { query: "retention", normalized: "retention", locale: "en", understood: {}, resultCount: 0, createdAt: new Date(now.getTime() - ageDays * dayMs) },
        select: { id: true },
      });
    const old = await at(91);
    const kept = await at(89);
    const result = await searchLogRetentionJob.run({ prisma: prisma(), logger: testLogger, publicUrl: "http://localhost", now, searchLogRetentionDays: 90 });
    expect(result.deleted).toBeGreaterThanOrEqual(1);
    expect(await prisma().searchLog.count({ where: { id: old.id } })).toBe(0);
    expect(await prisma().searchLog.count({ where: { id: kept.id } })).toBe(1);
    // A shorter limit, a later day: the rest goes too.
    await searchLogRetentionJob.run({ prisma: prisma(), logger: testLogger, publicUrl: "http://localhost", now: new Date(now.getTime() + 2 * dayMs), searchLogRetentionDays: 30 });
    expect(await prisma().searchLog.count({ where: { id: kept.id } })).toBe(0);
  });
});
