import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { useSeededDatabase } from "../../test/fixtures.ts";

describe(`companies procedures (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();

  it("paginates published companies in a stable order", async () => {
    const total = await seeded.db.prisma.company.count({ where: { status: "PUBLISHED" } });
    const page1 = await seeded.api.companies.list({ pageSize: 10 });
    const page2 = await seeded.api.companies.list({ pageSize: 10, page: 2 });
    expect(page1.total).toBe(total);
    expect(page1.pageCount).toBe(Math.ceil(total / 10));
    expect(page1.items).toHaveLength(10);
    const ids1 = page1.items.map((c) => c.id);
    expect(page2.items.some((c) => ids1.includes(c.id))).toBe(false);
    const beyond = await seeded.api.companies.list({ pageSize: 10, page: page1.pageCount + 1 });
    expect(beyond.items).toEqual([]);
  });

  it("filters by countries", async () => {
    const result = await seeded.api.companies.list({ countries: ["DE", "AT"], pageSize: 100 });
    expect(result.total).toBe(await seeded.db.prisma.company.count({ where: { country: { in: ["DE", "AT"] } } }));
    expect(result.items.every((c) => c.country === "DE" || c.country === "AT")).toBe(true);
  });

  it("filters by cluster slug or id", async () => {
    const cluster = await seeded.db.prisma.cluster.findFirstOrThrow({ where: { externalId: "cl-bg" }, select: { id: true, slug: true } });
    const members = await seeded.db.prisma.companyCluster.count({ where: { clusterId: cluster.id } });
    expect((await seeded.api.companies.list({ cluster: cluster.slug })).total).toBe(members);
    expect((await seeded.api.companies.list({ cluster: cluster.id })).total).toBe(members);
    expect((await seeded.api.companies.list({ cluster: "no-such-cluster" })).total).toBe(0);
  });

  it("filters by capability including its descendants", async () => {
    const direct = await seeded.db.prisma.company.count({ where: { capabilities: { some: { capabilityCode: "MACH.CNC_MILLING" } } } });
    const withChild = await seeded.db.prisma.company.count({
      where: { capabilities: { some: { capabilityCode: { in: ["MACH.CNC_MILLING", "MACH.CNC_5AXIS"] } } } },
    });
    const onlyChild = await seeded.db.prisma.company.count({
      where: { capabilities: { some: { capabilityCode: "MACH.CNC_5AXIS" }, none: { capabilityCode: "MACH.CNC_MILLING" } } },
    });
    const result = await seeded.api.companies.list({ capability: "MACH.CNC_MILLING", pageSize: 100 });
    expect(result.total).toBe(withChild);
    expect(withChild).toBe(direct + onlyChild);
    // A group term covers all its capabilities.
    const group = await seeded.api.companies.list({ capability: "MACH" });
    expect(group.total).toBeGreaterThanOrEqual(withChild);
  });

  it("filters by certification and combines filters with AND", async () => {
    const iso = await seeded.api.companies.list({ certification: "ISO_9001", pageSize: 100 });
    expect(iso.items.every((c) => c.certifications.some((x) => x.code === "ISO_9001"))).toBe(true);
    const combined = await seeded.api.companies.list({ certification: "ISO_9001", countries: ["BG"], pageSize: 100 });
    expect(combined.total).toBe(
      await seeded.db.prisma.company.count({ where: { country: "BG", certifications: { some: { certificationCode: "ISO_9001" } } } }),
    );
    expect(combined.total).toBeLessThanOrEqual(iso.total);
  });

  it("shows capability labels in the requested locale", async () => {
    const [en, de, bg] = await Promise.all(
      (["en", "de", "bg"] as const).map((locale) => seeded.api.companies.list({ capability: "MACH.CNC_MILLING", locale, pageSize: 100 })),
    );
    type List = Awaited<ReturnType<typeof seeded.api.companies.list>>;
    const label = (r: List | undefined) => r?.items.flatMap((c) => c.capabilities).find((c) => c.code === "MACH.CNC_MILLING")?.label;
    expect(label(en)).toBe("CNC milling");
    expect(label(de)).toBe("CNC-Fräsen");
    expect(label(bg)).toBe("ЦПУ фрезоване");
  });

  it("gets a published company by slug or id with its full profile", async () => {
    const row = await seeded.db.prisma.company.findFirstOrThrow({
      where: { country: "BG", clusters: { some: {} } },
      select: { id: true, slug: true, registryId: true, clusters: { select: { cluster: { select: { slug: true } } } } },
    });
    const bySlug = await seeded.api.companies.get({ idOrSlug: row.slug, locale: "de" });
    const byId = await seeded.api.companies.get({ idOrSlug: row.id, locale: "de" });
    expect(byId).toEqual(bySlug);
    expect(bySlug.registryId).toBe(row.registryId);
    expect(bySlug.descriptions[0]?.lang).toBeDefined();
    expect(bySlug.clusters.map((c) => c.slug).sort()).toEqual(row.clusters.map((c) => c.cluster.slug).sort());
    expect(bySlug.clusters.length).toBeGreaterThan(0);
    expect(bySlug.clusters.every((c) => c.name.length > 0)).toBe(true);
  });

  it("hides companies that are not published, as if they did not exist", async () => {
    const row = await seeded.db.prisma.company.findFirstOrThrow({ select: { id: true, slug: true, country: true } });
    await seeded.db.prisma.company.update({ where: { id: row.id }, data: { status: "SUSPENDED" } });
    try {
      await expect(seeded.api.companies.get({ idOrSlug: row.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
      const list = await seeded.api.companies.list({ countries: [row.country], pageSize: 100 });
      expect(list.items.some((c) => c.id === row.id)).toBe(false);
    } finally {
      await seeded.db.prisma.company.update({ where: { id: row.id }, data: { status: "PUBLISHED" } });
    }
  });

  it("rejects malformed input with a validation error", async () => {
    for (const input of [{ pageSize: 0 }, { pageSize: 1000 }, { page: -1 }, { countries: ["bulgaria"] }, { capability: "x; DROP TABLE" }]) {
      const error = await seeded.api.companies.list(input as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("BAD_REQUEST");
    }
    await expect(seeded.api.companies.get({ idOrSlug: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
