import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyDemoData, importDemoData } from "../../test/fixtures.ts";
import { testClock, testNow } from "../../test/test-clock.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { demoDataDir, importDataset, type ImportReport } from "./import.service.ts";

const counts = (report: ImportReport, entity: string) => {
  const e = report.entities.find((x) => x.entity === entity)!;
  return { imported: e.imported, updated: e.updated, unchanged: e.unchanged, rejected: e.rejected.length };
};

const demoLines = (file: string) => readFileSync(path.join(demoDataDir, file), "utf8").trim().split("\n");

describe(`import (${process.env.TEST_DB})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.destroy());

  it("imports the demo data set completely, with an outbox row per company and opportunity, and a vocabulary one per term, material and certification", async () => {
    const report = await importDemoData(db.prisma, testClock());
    const companies = demoLines("companies.jsonl").length;
    const opportunities = demoLines("opportunities.jsonl").length;
    expect(counts(report, "companies")).toEqual({ imported: companies, updated: 0, unchanged: 0, rejected: 0 });
    expect(counts(report, "opportunities")).toEqual({ imported: opportunities, updated: 0, unchanged: 0, rejected: 0 });
    expect(await db.prisma.company.count()).toBe(companies);
    expect(await db.prisma.outbox.count({ where: { aggregateType: { in: ["company", "opportunity"] } } })).toBe(companies + opportunities);
    const taxonomy = JSON.parse(readFileSync(path.join(demoDataDir, "taxonomy.json"), "utf8")) as unknown[];
    expect(await db.prisma.capabilityTerm.count()).toBe(taxonomy.length);
    // Each vocabulary record is stored with the row that tells a running server's search to reload it.
    const vocabulary = taxonomy.length + (await db.prisma.material.count()) + (await db.prisma.certification.count());
    expect(await db.prisma.outbox.count({ where: { aggregateType: "vocabulary" } })).toBe(vocabulary);
  });

  it("changes nothing when run again the same day", async () => {
    const outboxBefore = await db.prisma.outbox.count();
    const report = await importDataset(db, { dir: demoDataDir, now: new Date(testNow.getTime() + 3 * 3_600_000) });
    for (const entity of report.entities) {
      expect(entity.imported + entity.updated + entity.rejected.length, entity.entity).toBe(0);
    }
    expect(await db.prisma.outbox.count()).toBe(outboxBefore);
  });

  it("reports every bad record with its line and reason, and imports the rest", async () => {
    const dir = copyDemoData();
    const file = path.join(dir, "companies.jsonl");
    const lines = readFileSync(file, "utf8").trim().split("\n");
    const first = JSON.parse(lines[0]!);
    const second = JSON.parse(lines[1]!);
    // Line 1: a real change. Line 2: bad EIK check digit. Appended: broken JSON, unknown
    // capability, a registry id owned by another company, and a good new company.
    lines[0] = JSON.stringify({ ...first, employees: first.employees + 1 });
    const eik = second.registryId as string;
    lines[1] = JSON.stringify({ ...second, country: "BG", registryId: eik.slice(0, 8) + String((Number(eik[8]) + 1) % 10) });
    lines.push("{ not json");
    lines.push(JSON.stringify({ ...first, externalId: "c-900001", registryId: "204123454", capabilities: ["MACH.TELEPORTING"] }));
    lines.push(JSON.stringify({ ...first, externalId: "c-900002" }));
    lines.push(JSON.stringify({ ...first, externalId: "c-900003", registryId: "200000015", name: "Нова Фирма ООД", nameLatin: "Nova Firma OOD" }));
    writeFileSync(file, `${lines.join("\n")}\n`);
    appendFileSync(path.join(dir, "opportunities.jsonl"), `${JSON.stringify({ externalId: "o-900001", companyExternalId: "c-999999", type: "SUPPLY_REQUEST", title: { en: "x" }, description: { en: "y" }, requiredCapabilities: ["MACH.CNC_MILLING"], cooperationTypes: ["subcontracting"], deadline: "2027-05-01" })}\n`);

    const before = await db.prisma.company.findUniqueOrThrow({ where: { externalId: second.externalId }, select: { registryId: true, updatedAt: true } });
    const report = await importDataset(db, { dir, now: testNow });

    expect(counts(report, "companies")).toEqual({ imported: 1, updated: 1, unchanged: lines.length - 6, rejected: 4 });
    const rejected = report.entities.find((e) => e.entity === "companies")!.rejected;
    const n = lines.length;
    expect(rejected).toEqual([
      { location: "companies.jsonl:2", reason: expect.stringContaining("registryId: registry id check digit is wrong") },
      { location: `companies.jsonl:${n - 3}`, reason: expect.stringContaining("invalid JSON") },
      { location: `companies.jsonl:${n - 2}`, reason: "capabilities: unknown capability code MACH.TELEPORTING" },
      { location: `companies.jsonl:${n - 1}`, reason: expect.stringContaining(`already registered to company ${first.externalId}`) },
    ]);
    expect(report.entities.find((e) => e.entity === "opportunities")!.rejected).toEqual([
      { location: expect.stringMatching(/^opportunities\.jsonl:\d+$/), reason: "companyExternalId: unknown company c-999999" },
    ]);

    // The rejected records changed nothing; the good ones are stored.
    const after = await db.prisma.company.findUniqueOrThrow({ where: { externalId: second.externalId }, select: { registryId: true, updatedAt: true } });
    expect(after).toEqual(before);
    expect(await db.prisma.company.count({ where: { externalId: { in: ["c-900001", "c-900002"] } } })).toBe(0);
    const added = await db.prisma.company.findUniqueOrThrow({ where: { externalId: "c-900003" }, select: { slug: true, status: true } });
    expect(added).toEqual({ slug: "nova-firma-ood", status: "PUBLISHED" });
    const changed = await db.prisma.company.findUniqueOrThrow({ where: { externalId: first.externalId }, select: { employees: true } });
    expect(changed.employees).toBe(first.employees + 1);

    // And a second run of the same folder is a no-op apart from the same rejections.
    const again = await importDataset(db, { dir, now: testNow });
    expect(counts(again, "companies")).toEqual({ imported: 0, updated: 0, unchanged: lines.length - 4, rejected: 4 });
  });

  it("places the deadlines relative to the import day and publishes at the import's now; --keep-dates keeps the files' dates", async () => {
    // The demo set is made for 2026-12-01 (its dataset.json); testNow is nine days later.
    expect(JSON.parse(readFileSync(path.join(demoDataDir, "dataset.json"), "utf8"))).toEqual({ referenceDate: "2026-12-01" });
    const inFiles = new Map(demoLines("opportunities.jsonl").map((l) => JSON.parse(l) as { externalId: string; deadline: string }).map((o) => [o.externalId, o.deadline]));
    const stored = async () =>
      new Map(
        (await db.prisma.opportunity.findMany({ where: { externalId: { in: [...inFiles.keys()] } }, select: { externalId: true, deadline: true, publishedAt: true } })).map((o) => [
          o.externalId!,
          { deadline: o.deadline.toISOString().slice(0, 10), publishedAt: o.publishedAt },
        ]),
      );
    const movedBy = (days: number) => new Map([...inFiles].map(([id, day]) => [id, new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)]));
    const deadlines = async () => new Map([...(await stored())].map(([id, o]) => [id, o.deadline]));

    expect(await deadlines()).toEqual(movedBy(9));
    expect([...(await stored()).values()].every((o) => o.publishedAt?.getTime() === testNow.getTime())).toBe(true);
    const firm = await db.prisma.company.findFirstOrThrow({ where: { externalId: { not: null } }, select: { publishedAt: true, createdAt: true } });
    expect(firm).toEqual({ publishedAt: testNow, createdAt: testNow });

    // A day later the same set moves on by a day, and stays published since the first import.
    const nextDay = await importDataset(db, { dir: demoDataDir, now: new Date(testNow.getTime() + 86_400_000) });
    expect(counts(nextDay, "opportunities")).toEqual({ imported: 0, updated: inFiles.size, unchanged: 0, rejected: 0 });
    expect(nextDay.dateShift).toEqual({ days: 10, referenceDay: "2026-12-01" });
    expect(await deadlines()).toEqual(movedBy(10));
    expect([...(await stored()).values()].every((o) => o.publishedAt?.getTime() === testNow.getTime())).toBe(true);

    const kept = await importDataset(db, { dir: demoDataDir, now: testNow, keepDates: true });
    expect(kept.dateShift).toBeNull();
    expect(await deadlines()).toEqual(inFiles);
  });
});
