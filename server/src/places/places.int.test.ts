import { bulkImportCsvColumns, isValidEik } from "@cluster-match/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { buildActors, buildUser, type Actors } from "../../test/builders.ts";
import { publishableProfile, randomEik } from "../../test/company-builders.ts";
import { appCodeOf, callerFor, useSeededDatabase } from "../../test/fixtures.ts";
import { testLogger } from "../../test/test-database.ts";
import type { SessionUser } from "../context.ts";
import { placeUnplacedCompanies } from "./backfill.ts";

function eik(body: string): string {
  for (let d = 0; d <= 9; d++) if (isValidEik(`${body}${d}`)) return `${body}${d}`;
  throw new Error("no check digit");
}
const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csv = (rows: Record<string, string>[]) =>
  [bulkImportCsvColumns.join(","), ...rows.map((r) => bulkImportCsvColumns.map((c) => quote(r[c] ?? "")).join(","))].join("\n") + "\n";
const row = (cells: Record<string, string>) => ({ legalForm: "ООД", country: "BG", capabilities: "MACH.CNC_MILLING", description_bg: "Фрезоване по чертеж.", ...cells });

describe(`places: gazetteer, geocoding on writes, backfill, data quality (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  let actors: Actors;
  let member: SessionUser;
  const prisma = () => seeded.db.prisma;
  const as = (user: SessionUser | null) => callerFor(prisma(), seeded.search, user);

  beforeAll(async () => {
    actors = await buildActors(prisma());
    member = await buildUser(prisma(), { name: "Иван Петров", locale: "bg" });
  });

  it("suggests places to anyone, in the reader's script, and refuses bad input", async () => {
    const [plovdiv] = await as(null).places.suggest({ q: "Плов", locale: "bg" });
    expect(plovdiv).toMatchObject({ placeId: 728193, name: "Пловдив", nameLatin: "Plovdiv", country: "BG", regionCode: "BG42", regionName: "Южен централен район" });
    expect((await as(null).places.suggest({ q: "plov", locale: "de" }))[0]).toMatchObject({ name: "Plovdiv", nameLocal: "Пловдив" });
    expect(await as(null).places.suggest({ q: "Plovdiv", country: "DE", locale: "en" })).toEqual([]);
    expect(await as(null).places.resolve({ placeId: 728193, locale: "en" })).toMatchObject({ name: "Plovdiv" });
    expect(await as(null).places.resolve({ placeId: 1, locale: "en" })).toBeNull();
    expect(await appCodeOf(as(null).places.suggest({ q: "x".repeat(81), locale: "en" }))).toBe("VALIDATION");
    expect(await appCodeOf(as(null).places.suggest({ q: "  ", locale: "en" }))).toBe("VALIDATION");
    expect(await appCodeOf(as(null).places.suggest({ q: "a\u202eb", locale: "en" }))).toBe("VALIDATION");
  });

  it("geocodes a registration from the picked place, or from the typed city; never takes a region from the member", async () => {
    const picked = await as(member).companies.register({ name: "Лазер Пловдив ЕООД", legalForm: "ЕООД", country: "BG", registryId: randomEik(), city: "Пловдив", placeId: 728193 });
    const row1 = await prisma().company.findUniqueOrThrow({ where: { id: picked.companyId }, select: { city: true, cityLatin: true, lat: true, lng: true, region: true, placeId: true } });
    expect(row1).toMatchObject({ city: "Пловдив", cityLatin: "Plovdiv", region: "BG42", placeId: 728193 });
    expect(row1.lat).toBeCloseTo(42.15, 2);

    const typed = await as(member).companies.register({
      name: "Търново Метал ООД", legalForm: "ООД", country: "BG", registryId: randomEik(), city: "Велико Търново", region: "DE21", lat: 1, lng: 2,
    } as never);
    const row2 = await prisma().company.findUniqueOrThrow({ where: { id: typed.companyId }, select: { cityLatin: true, lat: true, region: true, placeId: true } });
    expect(row2).toMatchObject({ cityLatin: "Veliko Tarnovo", region: "BG32", placeId: 725993 });
    expect(row2.lat).toBeCloseTo(43.08, 1);

    // A place of another country, or one the city no longer names, is not taken.
    const wrong = await as(member).companies.register({ name: "Нейде ООД", legalForm: "ООД", country: "BG", registryId: randomEik(), city: "Нейде", placeId: 2940132 });
    expect(await prisma().company.findUniqueOrThrow({ where: { id: wrong.companyId }, select: { lat: true, region: true, placeId: true, cityLatin: true } })).toEqual({
      lat: null, region: null, placeId: null, cityLatin: "Neyde",
    });
  });

  it("derives the place of a profile edit and ignores the coordinates and region sent", async () => {
    const { companyId } = await as(member).companies.register({ name: "Профил Тест ООД", legalForm: "ООД", country: "BG", registryId: randomEik(), city: "Русе" });
    const editable = await as(member).companies.getEditable({ companyId });
    const saved = await as(member).companies.updateProfile({
      companyId,
      version: editable.version,
      data: publishableProfile({ name: "Профил Тест ООД", nameLatin: "Profil Test OOD", city: "Варна", cityLatin: "Varna", region: "AT13", lat: 1, lng: 1 }),
    });
    expect(saved.data).toMatchObject({ city: "Варна", region: "BG33", placeId: 726050 });
    expect(saved.data.lat).toBeCloseTo(43.2, 1);
    // Unknown city: no position rather than a stale one.
    const again = await as(member).companies.updateProfile({
      companyId,
      version: saved.version,
      data: { ...saved.data, city: "Нейде", cityLatin: "Neyde", lat: 43, lng: 27 },
    });
    expect(again.data).toMatchObject({ lat: null, lng: null, region: null, placeId: null });
  });

  it("places the firms without coordinates at start, once, through the search outbox", async () => {
    const firm = await prisma().company.findFirstOrThrow({ where: { status: "PUBLISHED", country: "DE", cityLatin: "Chemnitz" }, select: { id: true } }).catch(() =>
      prisma().company.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } }),
    );
    await prisma().company.update({ where: { id: firm.id }, data: { lat: null, lng: null, placeId: null } });
    const outboxBefore = await prisma().outbox.count({ where: { aggregateId: firm.id } });
    const first = await placeUnplacedCompanies({ prisma: prisma(), logger: testLogger });
    expect(first.placed).toBeGreaterThanOrEqual(1);
    const placed = await prisma().company.findUniqueOrThrow({ where: { id: firm.id }, select: { lat: true, lng: true, placeId: true } });
    expect(placed.lat).not.toBeNull();
    expect(placed.placeId).not.toBeNull();
    expect(await prisma().outbox.count({ where: { aggregateId: firm.id } })).toBe(outboxBefore + 1);
    const second = await placeUnplacedCompanies({ prisma: prisma(), logger: testLogger });
    expect(second.placed).toBe(0);
    expect(await prisma().outbox.count({ where: { aggregateId: firm.id } })).toBe(outboxBefore + 1);
  });

  describe("bulk import", () => {
    const input = (content: string) => ({ clusterId: actors.clusterId, fileName: "members.csv", format: "CSV" as const, content });

    it("geocodes city and country, and imports a row it cannot place with a warning naming the city", async () => {
      const file = csv([
        row({ externalId: "geo-1", name: "Тракийска Фреза ООД", registryId: eik("66600001"), city: "Пловдив" }),
        row({ externalId: "geo-2", name: "Никъде Метал ООД", registryId: eik("66600002"), city: "Нейдеград" }),
      ]);
      const report = await as(actors.manager).imports.commit(input(file));
      expect(report.rows.flatMap((r) => r.errors)).toEqual([]);
      expect(report.committed).toBe(true);
      expect(report.rows[0]).toMatchObject({ action: "create", warnings: [] });
      expect(report.rows[1]).toMatchObject({ action: "create", errors: [] });
      expect(report.rows[1]!.warnings).toEqual([expect.objectContaining({ code: "place_not_found", message: expect.stringContaining("Нейдеград") })]);
      const rows = await prisma().company.findMany({ where: { externalId: { in: ["geo-1", "geo-2"] } }, select: { externalId: true, lat: true, region: true, placeId: true }, orderBy: { externalId: "asc" } });
      expect(rows[0]).toMatchObject({ region: "BG42", placeId: 728193 });
      expect(rows[0]!.lat).toBeCloseTo(42.15, 2);
      expect(rows[1]).toMatchObject({ lat: null, placeId: null });
    });

    it("refuses a second firm with a very similar name in the same city, as registration does", async () => {
      await as(actors.manager).imports.commit(input(csv([row({ externalId: "mf-1", name: "Mechafix GmbH", legalForm: "GmbH", country: "DE", registryId: "DE429483285", city: "Chemnitz" })])));
      const report = await as(actors.manager).imports.preview(
        input(csv([row({ externalId: "mf-2", name: "Mechafix GmbH", legalForm: "GmbH", country: "DE", registryId: "DE493080089", city: "Chemnitz" })])),
      );
      expect(report.rows[0]).toMatchObject({ action: "error" });
      expect(report.rows[0]!.errors).toEqual([expect.objectContaining({ field: "name", code: "similar_name", message: expect.stringContaining("Mechafix GmbH") })]);
    });

    it("reports every error of a row, the registry id's check digit with the others", async () => {
      const report = await as(actors.manager).imports.preview(input(csv([row({ externalId: "bad-1", name: "X", registryId: "200000016", city: "Пловдив", capabilities: "NOT.A_CODE" })])));
      const fields = [...new Set(report.rows[0]!.errors.map((e) => e.field))].sort();
      expect(fields).toEqual(["capabilities", "name", "nameLatin", "registryId"]);
    });
  });

  describe("data quality", () => {
    it("counts and lists the cluster's firms with each issue, for its managers and admins", async () => {
      const quality = await as(actors.manager).places.dataQuality({ clusterId: actors.clusterId, issue: "no_members", pageSize: 100 });
      expect(quality.total).toBeGreaterThan(0);
      expect(quality.counts.no_members).toBeGreaterThan(0);
      expect(quality.items.length).toBe(Math.min(100, quality.counts.no_members));
      const inCluster = await prisma().companyCluster.findMany({ where: { clusterId: actors.clusterId }, select: { companyId: true } });
      const ids = new Set(inCluster.map((c) => c.companyId));
      expect(quality.items.every((i) => ids.has(i.companyId))).toBe(true);
      // The actors' company has members: it is not listed.
      expect(quality.items.some((i) => i.companyId === actors.companyId)).toBe(false);

      const geo2 = await prisma().company.findFirstOrThrow({ where: { externalId: "geo-2" }, select: { id: true } });
      const unplaced = await as(actors.admin).places.dataQuality({ clusterId: actors.clusterId, issue: "no_coordinates" });
      expect(unplaced.items.map((i) => i.companyId)).toContain(geo2.id);

      await prisma().company.update({ where: { id: geo2.id }, data: { website: null, email: null, phone: null, description: { bg: "Само на български." } } });
      const noContact = await as(actors.manager).places.dataQuality({ clusterId: actors.clusterId, issue: "no_contact" });
      expect(noContact.items.map((i) => i.companyId)).toContain(geo2.id);
      const noForeign = await as(actors.manager).places.dataQuality({ clusterId: actors.clusterId, issue: "no_foreign_description" });
      expect(noForeign.items.map((i) => i.companyId)).toContain(geo2.id);
      expect(noForeign.meta.total).toBe(noForeign.counts.no_foreign_description);

      const all = await as(actors.admin).places.dataQualityAll({ issue: "no_members", page: 1, pageSize: 10 });
      expect(all.total).toBeGreaterThanOrEqual(quality.total);
      expect(all.items).toHaveLength(10);
    });

    it("refuses outsiders, other clusters' managers and non-admins for every firm", async () => {
      expect(await appCodeOf(as(actors.outsider).places.dataQuality({ clusterId: actors.clusterId, issue: "no_members" }))).toBe("FORBIDDEN");
      expect(await appCodeOf(as(actors.otherManager).places.dataQuality({ clusterId: actors.clusterId, issue: "no_members" }))).toBe("FORBIDDEN");
      expect(await appCodeOf(as(actors.manager).places.dataQualityAll({ issue: "no_members" }))).toBe("FORBIDDEN");
      expect(await appCodeOf(as(null).places.dataQuality({ clusterId: actors.clusterId, issue: "no_members" }))).toBe("UNAUTHENTICATED");
      expect(await appCodeOf(as(actors.manager).places.dataQuality({ clusterId: actors.clusterId, issue: "bogus" as never }))).toBe("VALIDATION");
    });
  });
});
