import { describe, expect, it } from "vitest";
import { useSeededDatabase } from "../../test/fixtures.ts";

describe(`opportunities procedures (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();

  it("lists published opportunities only, soonest deadline first", async () => {
    const draft = await seeded.db.prisma.opportunity.findFirstOrThrow({ select: { id: true } });
    await seeded.db.prisma.opportunity.update({ where: { id: draft.id }, data: { status: "DRAFT" } });
    const published = await seeded.db.prisma.opportunity.count({ where: { status: "PUBLISHED" } });
    const list = await seeded.api.opportunities.list({ pageSize: 100 });
    // The demo data's deadlines lie ahead of the day it was imported, whatever that day was.
    expect(published).toBeGreaterThan(0);
    expect(list.total).toBe(published);
    expect(list.items.some((o) => o.id === draft.id)).toBe(false);
    const deadlines = list.items.map((o) => o.deadline);
    expect([...deadlines].sort()).toEqual(deadlines);
    await expect(seeded.api.opportunities.get({ id: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await seeded.db.prisma.opportunity.update({ where: { id: draft.id }, data: { status: "PUBLISHED" } });
  });

  it("never reveals the owner of an anonymous opportunity", async () => {
    const anonymous = await seeded.db.prisma.opportunity.findFirstOrThrow({
      where: { anonymous: true },
      select: { id: true, companyId: true, company: { select: { name: true, nameLatin: true, slug: true, country: true } } },
    });
    const detail = await seeded.api.opportunities.get({ id: anonymous.id });
    expect(detail.owner).toBeNull();
    expect(detail.ownerCountry).toBe(anonymous.company.country);
    const text = JSON.stringify(detail);
    for (const secret of [anonymous.companyId, anonymous.company.name, anonymous.company.nameLatin, anonymous.company.slug]) {
      expect(text).not.toContain(secret);
    }
    // Nor can it be found by listing the owner's opportunities.
    const own = await seeded.api.opportunities.list({ companyId: anonymous.companyId, pageSize: 100 });
    expect(own.items.some((o) => o.id === anonymous.id)).toBe(false);
  });

  it("shows the owner of a public opportunity", async () => {
    const open = await seeded.db.prisma.opportunity.findFirstOrThrow({ where: { anonymous: false }, select: { id: true, companyId: true } });
    const detail = await seeded.api.opportunities.get({ id: open.id, locale: "de" });
    expect(detail.owner?.id).toBe(open.companyId);
    expect(detail.title.text.length).toBeGreaterThan(0);
    expect(detail.description.text.length).toBeGreaterThan(0);
  });

  it("filters by type, capability (with descendants) and target country", async () => {
    const requests = await seeded.api.opportunities.list({ types: ["SUPPLY_REQUEST"], pageSize: 100 });
    expect(requests.items.length).toBeGreaterThan(0);
    expect(requests.items.every((o) => o.type === "SUPPLY_REQUEST")).toBe(true);
    expect(requests.total).toBe(await seeded.db.prisma.opportunity.count({ where: { type: "SUPPLY_REQUEST", status: "PUBLISHED" } }));

    const group = await seeded.db.prisma.capabilityTerm.findFirstOrThrow({
      where: { isGroup: true, opportunities: { none: {} }, children: { some: { opportunities: { some: { opportunity: { status: "PUBLISHED" } } } } } },
      select: { code: true },
    });
    const byGroup = await seeded.api.opportunities.list({ capability: group.code, pageSize: 100 });
    // The group has no opportunity of its own: all it finds comes from its descendants.
    expect(byGroup.total).toBeGreaterThan(0);
    const children = await seeded.db.prisma.capabilityTerm.findMany({ where: { OR: [{ parentCode: group.code }, { parent: { parentCode: group.code } }] }, select: { code: true } });
    expect(byGroup.total).toBe(
      await seeded.db.prisma.opportunity.count({
        where: { status: "PUBLISHED", requiredCapabilities: { some: { capabilityCode: { in: children.map((c) => c.code) } } } },
      }),
    );

    const toBulgaria = await seeded.api.opportunities.list({ country: "BG", pageSize: 100 });
    expect(toBulgaria.items.length).toBeGreaterThan(0);
    expect(toBulgaria.items.every((o) => o.targetCountries.length === 0 || o.targetCountries.includes("BG"))).toBe(true);
    // Opportunities aimed only at other countries are left out.
    expect(toBulgaria.total).toBeLessThan(await seeded.db.prisma.opportunity.count({ where: { status: "PUBLISHED" } }));
  });
});
