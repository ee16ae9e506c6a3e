import { maxSavedSearches } from "@cluster-match/shared";
import { describe, expect, it } from "vitest";
import { addMembership, buildUser } from "../../test/builders.ts";
import { appCodeOf, callerFor, testPublicUrl, useSeededDatabase } from "../../test/fixtures.ts";
import { testLogger } from "../../test/test-database.ts";
import type { SessionUser } from "../context.ts";
import { runJobOnce } from "../jobs/scheduler.ts";
import { runSavedSearchDigests, savedSearchDigestJob } from "./digest.job.ts";

const hours = (n: number) => n * 3600 * 1000;

describe(`saved searches (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  const as = (user: SessionUser | null) => callerFor(seeded.db.prisma, seeded.search, user);

  describe("keeping searches", () => {
    it("saves a search with the query as the search takes it (no page, no UI language), lists only one's own", async () => {
      const [ana, ben] = [await buildUser(seeded.db.prisma), await buildUser(seeded.db.prisma)];
      const saved = await as(ana).savedSearches.create({
        name: "  CNC in Bulgaria  ",
        kind: "COMPANIES",
        query: { q: "CNC", countries: ["BG"], page: 3, locale: "de" },
        frequency: "DAILY",
      });
      expect(saved).toMatchObject({ name: "CNC in Bulgaria", kind: "COMPANIES", frequency: "DAILY", lastDigestAt: null });
      expect(saved.query).toMatchObject({ q: "CNC", countries: ["BG"], sort: "relevance" });
      expect(saved.query).not.toHaveProperty("page");
      expect(saved.query).not.toHaveProperty("locale");
      const weekly = await as(ana).savedSearches.create({ name: "R&D offers", kind: "OPPORTUNITIES", query: { types: ["RND_OFFER"] } });
      expect(weekly.frequency).toBe("WEEKLY");

      expect((await as(ana).savedSearches.list()).map((s) => s.id)).toEqual([weekly.id, saved.id]);
      expect(await as(ben).savedSearches.list()).toEqual([]);
      expect(await appCodeOf(as(null).savedSearches.list())).toBe("UNAUTHENTICATED");
    });

    it("refuses bad input and changes nothing", async () => {
      const ana = await buildUser(seeded.db.prisma);
      for (const input of [
        { name: "", kind: "COMPANIES", query: {} },
        { name: "x".repeat(101), kind: "COMPANIES", query: {} },
        { name: "Unknown kind", kind: "PEOPLE", query: {} },
        { name: "Bad country", kind: "COMPANIES", query: { countries: ["Bulgaria"] } },
        { name: "Company filter on opportunities", kind: "OPPORTUNITIES", query: { types: ["CNC"] } },
        { name: "Bad frequency", kind: "COMPANIES", query: {}, frequency: "HOURLY" },
        { name: "No query", kind: "COMPANIES" },
      ]) {
        expect(await appCodeOf(as(ana).savedSearches.create(input as never)), input.name).toBe("VALIDATION");
      }
      expect(await seeded.db.prisma.savedSearch.count({ where: { userId: ana.id } })).toBe(0);
    });

    it("updates and deletes one's own searches only; others' look missing", async () => {
      const [ana, ben] = [await buildUser(seeded.db.prisma), await buildUser(seeded.db.prisma)];
      const saved = await as(ana).savedSearches.create({ name: "Laser cutting", kind: "COMPANIES", query: { q: "laser" } });
      const renamed = await as(ana).savedSearches.update({ id: saved.id, data: { name: "Laser cutting DE", frequency: "NONE", query: { q: "laser", countries: ["DE"] } } });
      expect(renamed).toMatchObject({ name: "Laser cutting DE", frequency: "NONE", query: { q: "laser", countries: ["DE"] } });
      // The query must fit the search's kind.
      expect(await appCodeOf(as(ana).savedSearches.update({ id: saved.id, data: { query: { types: ["RND_OFFER"], countries: "DE" } } }))).toBe("VALIDATION");

      expect(await appCodeOf(as(ben).savedSearches.update({ id: saved.id, data: { name: "Mine now" } }))).toBe("NOT_FOUND");
      expect(await appCodeOf(as(ben).savedSearches.delete({ id: saved.id }))).toBe("NOT_FOUND");
      expect((await seeded.db.prisma.savedSearch.findUniqueOrThrow({ where: { id: saved.id }, select: { name: true } })).name).toBe("Laser cutting DE");

      expect(await as(ana).savedSearches.delete({ id: saved.id })).toEqual({ ok: true });
      expect(await appCodeOf(as(ana).savedSearches.delete({ id: saved.id }))).toBe("NOT_FOUND");
      expect(await as(ana).savedSearches.list()).toEqual([]);
    });

    it(`keeps at most ${maxSavedSearches} per user, even when the last ones arrive at the same time`, async () => {
      const ana = await buildUser(seeded.db.prisma);
      await seeded.db.prisma.savedSearch.createMany({
        data: Array.from({ length: maxSavedSearches - 2 }, (_, i) => ({ userId: ana.id, name: `Search ${i}`, kind: "COMPANIES" as const, query: {} })),
      });
      const save = (n: number) => appCodeOf(as(ana).savedSearches.create({ name: `Late ${n}`, kind: "COMPANIES", query: {} }));
      const codes = await Promise.all([save(1), save(2), save(3), save(4)]);
      expect(codes.filter((c) => c === null)).toHaveLength(2);
      expect(codes.filter((c) => c === "INVALID_STATE")).toHaveLength(2);
      expect(await seeded.db.prisma.savedSearch.count({ where: { userId: ana.id } })).toBe(maxSavedSearches);
    });
  });

  describe("digests", () => {
    // Two weeks after the demo data was imported (at the file's clock): none of it is new any more.
    const now = new Date(seeded.clock.now().getTime() + hours(24 * 14));

    /** Makes some published companies of a country look freshly published (the demo data was published at its import). */
    async function publish(country: string, at: Date[]) {
      const rows = await seeded.db.prisma.company.findMany({ where: { status: "PUBLISHED", country }, orderBy: { id: "asc" }, take: at.length, select: { id: true, name: true, nameLatin: true } });
      for (const [i, row] of rows.entries()) await seeded.db.prisma.company.update({ where: { id: row.id }, data: { publishedAt: at[i] } });
      return rows;
    }
    const digestsTo = (email: string) => seeded.db.prisma.emailMessage.findMany({ where: { toAddress: email, template: "digest" }, orderBy: { createdAt: "desc" }, select: { subject: true, text: true } });
    const noticesOf = (userId: string) => seeded.db.prisma.notification.findMany({ where: { userId, type: "digest" }, orderBy: { createdAt: "desc" }, select: { data: true } });

    it("sends what was published in the last period the first time, then only what is new, on the search's rhythm", async () => {
      const db = seeded.db.prisma;
      const [fresh1, fresh2, old] = await publish("HU", [new Date(now.getTime() - hours(2)), new Date(now.getTime() - hours(20)), new Date(now.getTime() - hours(30))]);
      const ana = await buildUser(db, { locale: "en" });
      const daily = await as(ana).savedSearches.create({ name: "Hungarian suppliers", kind: "COMPANIES", query: { countries: ["HU"] }, frequency: "DAILY" });
      const never = await as(ana).savedSearches.create({ name: "Quiet", kind: "COMPANIES", query: { countries: ["HU"] }, frequency: "NONE" });

      await runSavedSearchDigests({ prisma: db, search: seeded.search, now, publicUrl: testPublicUrl });
      const mails = await digestsTo(ana.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toBe("2 new results for “Hungarian suppliers”");
      expect(mails[0]!.text).toContain(fresh1!.nameLatin);
      expect(mails[0]!.text).toContain(fresh2!.nameLatin);
      expect(mails[0]!.text).not.toContain(old!.nameLatin);
      expect((await noticesOf(ana.id))[0]!.data).toMatchObject({ savedSearchId: daily.id, count: 2, kind: "COMPANIES", path: "/saved-searches" });
      const stored = await db.savedSearch.findMany({ where: { id: { in: [daily.id, never.id] } }, select: { id: true, lastDigestAt: true } });
      expect(stored.find((s) => s.id === daily.id)!.lastDigestAt).toEqual(now);
      expect(stored.find((s) => s.id === never.id)!.lastDigestAt).toBeNull();

      // Same day again (a restart): not due. A day later with nothing new: no message, but the time moves on.
      await runSavedSearchDigests({ prisma: db, search: seeded.search, now: new Date(now.getTime() + hours(1)), publicUrl: testPublicUrl });
      expect(await digestsTo(ana.email)).toHaveLength(1);
      const nextDay = new Date(now.getTime() + hours(24));
      expect(await runSavedSearchDigests({ prisma: db, search: seeded.search, now: nextDay, publicUrl: testPublicUrl })).toMatchObject({ sent: 0 });
      expect((await db.savedSearch.findUniqueOrThrow({ where: { id: daily.id }, select: { lastDigestAt: true } })).lastDigestAt).toEqual(nextDay);

      // Something new after the last digest: only that one.
      const [, , later] = await publish("HU", Array.from({ length: 3 }, () => new Date(nextDay.getTime() + hours(3))));
      const dayAfter = new Date(nextDay.getTime() + hours(24));
      expect(await runSavedSearchDigests({ prisma: db, search: seeded.search, now: dayAfter, publicUrl: testPublicUrl })).toMatchObject({ sent: 1 });
      const latest = (await digestsTo(ana.email))[0]!;
      expect(latest.subject).toMatch(/^3 new results/);
      expect(latest.text).toContain(later!.nameLatin);
    });

    it("waits a week for weekly digests and skips suspended users", async () => {
      const db = seeded.db.prisma;
      await publish("PL", [new Date(now.getTime() - hours(48))]);
      const [weeklyUser, suspended] = [await buildUser(db), await buildUser(db)];
      const weekly = await as(weeklyUser).savedSearches.create({ name: "Polish firms", kind: "COMPANIES", query: { countries: ["PL"] }, frequency: "WEEKLY" });
      await db.savedSearch.update({ where: { id: weekly.id }, data: { lastDigestAt: new Date(now.getTime() - hours(72)) } });
      await as(suspended).savedSearches.create({ name: "Polish firms", kind: "COMPANIES", query: { countries: ["PL"] }, frequency: "DAILY" });
      await db.user.update({ where: { id: suspended.id }, data: { suspended: true } });

      await runSavedSearchDigests({ prisma: db, search: seeded.search, now, publicUrl: testPublicUrl });
      expect(await digestsTo(weeklyUser.email)).toHaveLength(0);
      expect(await digestsTo(suspended.email)).toHaveLength(0);
      await db.savedSearch.update({ where: { id: weekly.id }, data: { lastDigestAt: new Date(now.getTime() - hours(24 * 8)) } });
      await runSavedSearchDigests({ prisma: db, search: seeded.search, now, publicUrl: testPublicUrl });
      expect((await digestsTo(weeklyUser.email))[0]!.subject).toMatch(/^1 new results/);
    });

    it("lists new opportunities, anonymous ones without their owner", async () => {
      const db = seeded.db.prisma;
      const anonymous = await db.opportunity.findFirstOrThrow({
        where: { status: "PUBLISHED", anonymous: true },
        select: { id: true, type: true, title: true, company: { select: { id: true, name: true, nameLatin: true, slug: true } } },
      });
      const named = await db.opportunity.findFirstOrThrow({
        where: { status: "PUBLISHED", anonymous: false, companyId: { not: anonymous.company.id } },
        select: { id: true, type: true, company: { select: { nameLatin: true } } },
      });
      await db.opportunity.updateMany({ where: { id: { in: [anonymous.id, named.id] } }, data: { publishedAt: new Date(now.getTime() - hours(5)) } });
      const ben = await buildUser(db, { locale: "en" });
      await as(ben).savedSearches.create({ name: "Two types", kind: "OPPORTUNITIES", query: { types: [anonymous.type, named.type] }, frequency: "DAILY" });
      await runSavedSearchDigests({ prisma: db, search: seeded.search, now, publicUrl: testPublicUrl });
      const mail = (await digestsTo(ben.email))[0]!;
      expect(mail.text).toContain((anonymous.title as Record<string, string>).en ?? Object.values(anonymous.title as Record<string, string>)[0]);
      expect(mail.text).toContain(named.company.nameLatin);
      for (const secret of [anonymous.company.id, anonymous.company.name, anonymous.company.nameLatin, anonymous.company.slug]) {
        expect(mail.text).not.toContain(secret);
      }
      expect(JSON.stringify(await noticesOf(ben.id))).not.toContain(anonymous.company.nameLatin);
    });

    it("honours the user's preferences: in-app only when digest e-mails are off", async () => {
      const db = seeded.db.prisma;
      await publish("AT", [new Date(now.getTime() - hours(1))]);
      const cleo = await buildUser(db);
      const prefs = await as(cleo).accounts.preferences();
      await as(cleo).accounts.updatePreferences({ ...prefs, email: { ...prefs.email, digests: false } });
      await as(cleo).savedSearches.create({ name: "Austria", kind: "COMPANIES", query: { countries: ["AT"] }, frequency: "DAILY" });
      await runSavedSearchDigests({ prisma: db, search: seeded.search, now, publicUrl: testPublicUrl });
      expect(await noticesOf(cleo.id)).toHaveLength(1);
      expect(await digestsTo(cleo.email)).toHaveLength(0);
    });

    it("runs as the daily scheduled job with the search runtime, once per day", async () => {
      const db = seeded.db.prisma;
      const dan = await buildUser(db);
      await addMembership(db, dan.id, (await db.company.findFirstOrThrow({ select: { id: true } })).id);
      await as(dan).savedSearches.create({ name: "Austria again", kind: "COMPANIES", query: { countries: ["AT"] }, frequency: "DAILY" });
      const jobNow = new Date(now.getTime() + hours(24));
      await db.company.updateMany({ where: { country: "AT", status: "PUBLISHED" }, data: { publishedAt: new Date(jobNow.getTime() - hours(1)) } });
      const ctx = { prisma: db, logger: testLogger, publicUrl: "https://cluster.example", search: seeded.search, now: jobNow };
      expect(await runJobOnce(savedSearchDigestJob, ctx)).toMatchObject({ sent: expect.any(Number) });
      expect(await runJobOnce(savedSearchDigestJob, ctx)).toBeNull();
      const mail = await db.emailMessage.findFirstOrThrow({ where: { toAddress: dan.email, template: "digest" }, select: { text: true } });
      expect(mail.text).toContain("https://cluster.example/en/saved-searches");
      await expect(runJobOnce(savedSearchDigestJob, { ...ctx, search: undefined, now: new Date(jobNow.getTime() + hours(24)) })).rejects.toThrow(/search runtime/);
    });
  });
});
