import { bgToLatin } from "@cluster-match/shared";
import { describe, expect, it } from "vitest";
import { useSeededDatabase } from "../../test/fixtures.ts";
import { enqueueOutbox } from "../outbox/outbox.repository.ts";

describe(`search API (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();

  /** A Bulgarian city of the demo data with a capability several firms there offer. */
  async function bulgarianCityWithCapability() {
    const rows = await seeded.db.prisma.companyCapability.findMany({
      where: { company: { country: "BG" } },
      select: { capabilityCode: true, company: { select: { city: true, cityLatin: true } } },
    });
    const counts = new Map<string, number>();
    for (const r of rows) {
      const key = `${r.capabilityCode}|${r.company.city}|${r.company.cityLatin}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const [key] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const [code, city, cityLatin] = key.split("|") as [string, string, string];
    const term = await seeded.db.prisma.capabilityTerm.findUniqueOrThrow({ where: { code }, select: { labels: true } });
    return { code, city, cityLatin, labels: term.labels as Record<string, string> };
  }

  it("finds the same firms for a Cyrillic query, its Latin form and its German equivalent", async () => {
    const { code, city, cityLatin, labels } = await bulgarianCityWithCapability();
    const cyrillic = await seeded.api.search.companies({ q: `${labels.bg} ${city}`, locale: "bg", pageSize: 50 });
    const latin = await seeded.api.search.companies({ q: `${labels.bg} ${bgToLatin(city)}`, locale: "bg", pageSize: 50 });
    const german = await seeded.api.search.companies({ q: `${labels.de} ${cityLatin}`, locale: "de", pageSize: 50 });
    expect(cyrillic.interpretation.capabilities.map((c) => c.code)).toEqual([code]);
    expect(cyrillic.interpretation.place?.nameLatin).toBe(cityLatin);
    expect(cyrillic.total).toBeGreaterThan(0);
    const ids = (r: typeof cyrillic) => r.items.map((i) => i.id).sort();
    expect(ids(latin)).toEqual(ids(cyrillic));
    expect(ids(german)).toEqual(ids(cyrillic));
    // Firms in the city itself come before those of the surrounding 50 km.
    const firstElsewhere = cyrillic.items.findIndex((i) => i.cityLatin !== cityLatin);
    if (firstElsewhere >= 0) expect(cyrillic.items.slice(firstElsewhere).every((i) => i.cityLatin !== cityLatin)).toBe(true);
    expect(cyrillic.items.filter((i) => i.cityLatin === cityLatin).every((i) => i.exactMatch)).toBe(true);
    expect(cyrillic.items.every((i) => i.distanceKm !== null && i.distanceKm <= 50)).toBe(true);
    expect(german.items[0]!.capabilities.some((c) => c.label === labels.de || c.code.startsWith(code))).toBe(true);
  });

  it("reads the name of a firm renamed while the server runs, without a restart", async () => {
    const firm = await seeded.db.prisma.company.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true }, orderBy: { id: "desc" } });
    await seeded.db.prisma.$transaction(async (tx) => {
      await tx.company.update({ where: { id: firm.id }, data: { name: "Zyxorbit Metallwerk GmbH", nameLatin: "Zyxorbit Metallwerk GmbH" } });
      await enqueueOutbox(tx, "company", firm.id);
    });
    while ((await seeded.search.drainOutbox()) > 0);
    // The lexicon is reloaded in the background; searches meanwhile answer with the one they have.
    let named: string[] = [];
    for (let attempt = 0; attempt < 50 && named.length === 0; attempt++) {
      const result = await seeded.api.search.companies({ q: "Zyxorbit Metallwerk", locale: "de", pageSize: 5 });
      named = result.interpretation.companies.map((c) => c.code);
      if (named.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(named).toEqual([firm.id]);
  });

  it("puts a firm named in the query first, with or without its legal form, in either script", async () => {
    const firms = await seeded.db.prisma.company.findMany({
      where: { status: "PUBLISHED", nameLatin: { in: ["Klimatehnika Dunav EOOD", "Lehmann Schweißtechnik GmbH"] } },
      select: { id: true, name: true, nameLatin: true, city: true },
    });
    expect(firms).toHaveLength(2);
    for (const firm of firms) {
      const bare = firm.nameLatin.replace(/ (EOOD|GmbH)$/, "");
      for (const q of [firm.name, firm.nameLatin, bare, `${bare} ${firm.city}`]) {
        const result = await seeded.api.search.companies({ q, locale: "en", pageSize: 10 });
        expect(result.items[0]?.id, q).toBe(firm.id);
        expect(result.items.filter((i) => i.id === firm.id)).toHaveLength(1);
        expect(result.interpretation.companies.map((c) => c.code)).toEqual([firm.id]);
        expect(result.interpretation.capabilities).toEqual([]);
      }
    }
  });

  it("tolerates a typo and reports facet counts over all matches", async () => {
    const exact = await seeded.api.search.companies({ q: "Laserschneiden", locale: "de", pageSize: 5 });
    const typo = await seeded.api.search.companies({ q: "Laserschnieden", locale: "de", pageSize: 5 });
    expect(exact.total).toBeGreaterThan(0);
    expect(typo.total).toBe(exact.total);
    const byCountry = exact.facets.countries.reduce((sum, f) => sum + f.count, 0);
    expect(byCountry).toBe(exact.total);
    expect(exact.facets.countries.find((f) => f.value === "BG")?.label).toBe("Bulgarien");
  });

  it("lets the user remove what was understood", async () => {
    const { labels, city } = await bulgarianCityWithCapability();
    const full = await seeded.api.search.companies({ q: `${labels.en} ${city}` });
    const withoutPlace = await seeded.api.search.companies({ q: `${labels.en} ${city}`, ignore: ["place"] });
    expect(withoutPlace.interpretation.place).toBeNull();
    expect(withoutPlace.total).toBeGreaterThanOrEqual(full.total);
  });

  it("sorts by distance from a city given in any script", async () => {
    const result = await seeded.api.search.companies({ q: "", near: { city: "София", radiusKm: 2000 }, sort: "distance", pageSize: 50 });
    const distances = result.items.map((i) => i.distanceKm!);
    expect(distances.length).toBeGreaterThan(1);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    expect(result.center?.label).toBe("Sofia");
  });

  it("handles bad input with a sensible result or a clear error, never a crash", async () => {
    const all = await seeded.api.search.companies({ q: "" });
    expect(all.total).toBe(await seeded.db.prisma.company.count({ where: { status: "PUBLISHED" } }));
    // Invisible characters and line breaks pasted with the text are cleaned; control characters are refused.
    const noisy = await seeded.api.search.companies({ q: "\u200bCNC\u2060\nfrezowanie\t\u00ad" });
    expect(noisy.interpretation.capabilities.map((c) => c.code)).toEqual(["MACH.CNC_MILLING"]);
    await expect(seeded.api.search.companies({ q: "\u0000\u0007CNC" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const long = await seeded.api.search.companies({ q: "Fräsen ".repeat(2000) });
    expect(long.interpretation.freeText.length).toBeLessThanOrEqual(300);
    expect((await seeded.api.search.companies({ q: "", countries: ["XX"] })).total).toBe(0);
    expect((await seeded.api.search.companies({ q: "", capabilities: ["NO.SUCH"] })).total).toBe(0);
    expect((await seeded.api.search.companies({ q: "", page: 400 })).items).toEqual([]);
    expect((await seeded.api.search.companies({ q: "Кирилица and Latin 混合 ✓" })).items).toBeDefined();
    expect((await seeded.api.search.companies({ q: "x", near: { city: "Atlantis" } })).total).toBe(0);
    for (const input of [{ page: 0 }, { page: 501 }, { pageSize: 500 }, { ignore: ["drop table"] }, { near: { radiusKm: -5 } }]) {
      await expect(seeded.api.search.companies(input as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
  });

  it("suggests capabilities, places and firms as the user types", async () => {
    const suggestions = await seeded.api.search.suggest({ q: "CNC Fräs", locale: "de" });
    expect(suggestions.some((s) => s.kind === "capability" && s.label === "CNC-Fräsen")).toBe(true);
    expect(suggestions.find((s) => s.kind === "capability")?.value.startsWith("CNC")).toBe(true);
    expect(await seeded.api.search.suggest({ q: "" })).toEqual([]);
    const phrase = await seeded.api.search.suggest({ q: "firma laser cut", locale: "en" });
    expect(phrase[0]).toMatchObject({ kind: "capability", label: "Laser cutting", value: "firma Laser cutting" });
  });

  it("searches opportunities by capability in any language and by the country they are open to", async () => {
    const row = await seeded.db.prisma.opportunityCapability.findFirstOrThrow({
      where: { opportunity: { status: "PUBLISHED", targetCountries: { isEmpty: true } } },
      select: { capabilityCode: true, opportunityId: true, capability: { select: { labels: true } } },
    });
    const labels = row.capability.labels as Record<string, string>;
    const german = await seeded.api.search.opportunities({ q: labels.de!, locale: "de", pageSize: 50 });
    const polish = await seeded.api.search.opportunities({ q: labels.pl!, locale: "de", pageSize: 50 });
    expect(german.interpretation.capabilities.map((c) => c.code)).toEqual([row.capabilityCode]);
    expect(german.items.map((i) => i.id)).toContain(row.opportunityId);
    expect(polish.items.map((i) => i.id).sort()).toEqual(german.items.map((i) => i.id).sort());
    const openToHungary = await seeded.api.search.opportunities({ q: "", openTo: "HU", pageSize: 50 });
    expect(openToHungary.items.every((o) => o.targetCountries.length === 0 || o.targetCountries.includes("HU"))).toBe(true);
    expect(openToHungary.items.map((i) => i.id)).toContain(row.opportunityId);
    const deadlines = openToHungary.items.map((o) => o.deadline);
    expect([...deadlines].sort()).toEqual(deadlines);
    for (const item of (await seeded.api.search.opportunities({ q: "", pageSize: 50 })).items) {
      if (item.anonymous) expect(item.owner).toBeNull();
    }
  });

  it("lists and searches opportunities newest first or by the soonest deadline, with or without words", async () => {
    const rows = await seeded.db.prisma.opportunityCapability.findMany({
      where: { opportunity: { status: "PUBLISHED", targetCountries: { isEmpty: true } } },
      select: { capabilityCode: true, opportunityId: true },
      orderBy: { opportunityId: "asc" },
    });
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.capabilityCode, (counts.get(r.capabilityCode) ?? 0) + 1);
    const code = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    const ids = [...new Set(rows.filter((r) => r.capabilityCode === code).map((r) => r.opportunityId))];
    expect(ids.length).toBeGreaterThan(1);
    // The demo data publishes everything at one instant: give two of them later, distinct times.
    const [older, newer] = [ids[0]!, ids[1]!];
    await seeded.db.prisma.$transaction(async (tx) => {
      await tx.opportunity.update({ where: { id: older }, data: { publishedAt: new Date("2030-01-01T10:00:00Z") } });
      await tx.opportunity.update({ where: { id: newer }, data: { publishedAt: new Date("2030-02-01T10:00:00Z") } });
      await enqueueOutbox(tx, "opportunity", older);
      await enqueueOutbox(tx, "opportunity", newer);
    });
    while ((await seeded.search.drainOutbox()) > 0);

    const listed = await seeded.api.opportunities.list({ sort: "newest", pageSize: 50 });
    expect(listed.items.slice(0, 2).map((o) => o.id)).toEqual([newer, older]);
    const byDeadline = (await seeded.api.opportunities.list({ pageSize: 50 })).items.map((o) => o.deadline);
    expect([...byDeadline].sort()).toEqual(byDeadline);

    const term = await seeded.db.prisma.capabilityTerm.findUniqueOrThrow({ where: { code }, select: { labels: true } });
    const words = (term.labels as Record<string, string>).de!;
    const found = await seeded.api.search.opportunities({ q: words, sort: "newest", locale: "de", pageSize: 50 });
    expect(found.items.slice(0, 2).map((o) => o.id)).toEqual([newer, older]);
    const soonest = (await seeded.api.search.opportunities({ q: words, sort: "deadline", locale: "de", pageSize: 50 })).items.map((o) => o.deadline);
    expect([...soonest].sort()).toEqual(soonest);
    await expect(seeded.api.opportunities.list({ sort: "oldest" as never })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("never indexes the owner of an anonymous opportunity", async () => {
    const anonymous = await seeded.db.prisma.opportunity.findMany({
      where: { anonymous: true, status: "PUBLISHED" },
      select: { id: true, company: { select: { id: true, name: true, nameLatin: true } } },
    });
    expect(anonymous.length).toBeGreaterThan(0);
    for (const o of anonymous) {
      const hit = await seeded.search.index.search<Record<string, unknown>>({
        index: "opportunities", text: "", filters: [], offset: 0, limit: 1000,
      });
      const doc = hit.hits.find((h) => h.id === o.id)!.document;
      const serialized = JSON.stringify(doc);
      for (const secret of [o.company.id, o.company.name, o.company.nameLatin]) expect(serialized).not.toContain(secret);
      expect(doc._geo).toBeNull();
    }
  });
});

describe(`matching API (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();

  it("ranks companies for an opportunity within its hard constraints, never the owner of a signed one", async () => {
    const opportunities = await seeded.db.prisma.opportunity.findMany({
      where: { status: "PUBLISHED", type: { in: ["SUPPLY_REQUEST", "RND_REQUEST", "MARKET_REQUEST"] } },
      select: { id: true, companyId: true, anonymous: true, targetCountries: true, certificationsRequired: { select: { certificationCode: true } } },
    });
    let checked = 0;
    for (const o of opportunities) {
      const matches = await seeded.api.matching.forOpportunity({ id: o.id, locale: "de", limit: 20 });
      for (const m of matches) {
        // An anonymous opportunity keeps its owner among the candidates (see anonymity.int.test.ts).
        if (!o.anonymous) expect(m.company.id).not.toBe(o.companyId);
        if (o.targetCountries.length) expect(o.targetCountries).toContain(m.company.country);
        expect(m.explanation.certificationsMet.map((c) => c.code).sort()).toEqual(o.certificationsRequired.map((c) => c.certificationCode).sort());
        expect(m.explanation.coveredCapabilities.length).toBeGreaterThan(0);
        expect(m.score).toBeGreaterThanOrEqual(0);
        expect(m.score).toBeLessThanOrEqual(100);
        if (o.anonymous) expect(m.explanation).toMatchObject({ distanceKm: null, sharedLanguages: [], reciprocity: [] });
      }
      // Full coverage before partial coverage.
      const coverage = matches.map((m) => m.explanation.missingCapabilities.length);
      expect([...coverage].sort((a, b) => a - b)).toEqual(coverage);
      checked += matches.length;
    }
    expect(checked).toBeGreaterThan(0);
    await expect(seeded.api.matching.forOpportunity({ id: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("suggests opportunities and partners for a company, never itself or its own signed ones", async () => {
    const company = await seeded.db.prisma.company.findFirstOrThrow({
      where: { opportunities: { some: { anonymous: false } } },
      select: { id: true, slug: true, opportunities: { where: { anonymous: false }, select: { id: true } } },
    });
    const result = await seeded.api.matching.forCompany({ idOrSlug: company.slug, locale: "bg" });
    expect(result.partners.some((p) => p.company.id === company.id)).toBe(false);
    const own = new Set(company.opportunities.map((o) => o.id));
    expect(result.opportunities.some((o) => own.has(o.opportunity.id))).toBe(false);
    expect(result.partners.length).toBeGreaterThan(0);
    await expect(seeded.api.matching.forCompany({ idOrSlug: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("says partners match what a firm looks for only when it looks for something", async () => {
    const companies = await seeded.db.prisma.company.findMany({ where: { status: "PUBLISHED" }, select: { slug: true, seeks: true }, orderBy: { slug: "asc" } });
    const seeksSomething = (c: { seeks: unknown }) => Array.isArray(c.seeks) && c.seeks.some((s: { capabilities?: unknown[] }) => (s.capabilities ?? []).length > 0);
    const seeking = companies.find(seeksSomething)!;
    expect((await seeded.api.matching.forCompany({ idOrSlug: seeking.slug, locale: "en" })).partnersBasis).toBe("seeks");
    const notSeeking = companies.find((c) => !seeksSomething(c))!;
    expect(notSeeking).toBeDefined();
    const result = await seeded.api.matching.forCompany({ idOrSlug: notSeeking.slug, locale: "en" });
    expect(result.partnersBasis).toBe("offers");
  });
});
