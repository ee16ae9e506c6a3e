// The two attacks of the security probe on anonymous opportunities, replayed against matching:
// (a) ask `forCompany` for every firm and look for the one whose list lacks the opportunity;
// (b) read the owner's profile (distance, languages, capabilities) out of `forOpportunity`.
// Each test moves one anonymous opportunity between owners and proves that nobody who may not
// know the owner gets an answer that changes with it.
import type { SessionUser } from "../context.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { addMembership, buildUser } from "../../test/builders.ts";
import { callerFor, useSeededDatabase } from "../../test/fixtures.ts";
import { testLogger } from "../../test/test-database.ts";
import { opportunityBuilders } from "../../test/opportunity-builders.ts";
import { distanceKm } from "../search-index/geo.ts";
import { drainOutboxBatch } from "../search-index/index-sync.ts";

interface Firm {
  id: string;
  country: string;
  lat: number | null;
  lng: number | null;
  languages: string[];
  capabilities: { capabilityCode: string }[];
}

describe(`anonymous opportunities in matching (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  const { dayFromToday } = opportunityBuilders(seeded.clock);
  const prisma = () => seeded.db.prisma;
  const as = (user: SessionUser | null) => callerFor(seeded.db.prisma, seeded.search, user);

  let firms: Firm[];
  /** Published firms that hold the capability the opportunity asks for: each one fits it. */
  let fitting: Firm[];
  let opportunityId: string;
  /** A member of a published firm that has nothing to do with the owners below. */
  let outsider: SessionUser;

  async function drain() {
    while ((await drainOutboxBatch(prisma(), seeded.search.index, seeded.search.searchVocabulary, testLogger)) > 0) {
      // until the outbox is empty
    }
  }

  /** Hands the opportunity to another company, as an admin merge or a data fix would. */
  async function moveTo(companyId: string) {
    await prisma().opportunity.update({ where: { id: opportunityId }, data: { companyId }, select: { id: true } });
    await prisma().outbox.create({ data: { aggregateType: "opportunity", aggregateId: opportunityId, operation: "UPSERT" } });
    await drain();
  }

  const listsIt = (result: { opportunities: { opportunity: { id: string } }[] }) => result.opportunities.some((o) => o.opportunity.id === opportunityId);

  beforeAll(async () => {
    firms = await prisma().company.findMany({
      where: { status: "PUBLISHED" },
      select: { id: true, country: true, lat: true, lng: true, languages: true, capabilities: { select: { capabilityCode: true } } },
      orderBy: { id: "asc" },
    });
    // The capability most published firms hold, so that many firms fit and two owners can swap.
    const holders = new Map<string, number>();
    for (const f of firms) for (const c of f.capabilities) holders.set(c.capabilityCode, (holders.get(c.capabilityCode) ?? 0) + 1);
    const [capability] = [...holders].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    fitting = firms.filter((f) => f.capabilities.some((c) => c.capabilityCode === capability));
    expect(fitting.length).toBeGreaterThanOrEqual(4);

    const created = await prisma().opportunity.create({
      data: {
        companyId: fitting[0]!.id,
        type: "SUPPLY_REQUEST",
        title: { en: "Anonymous request for a common capability", bg: "Анонимно запитване за често срещана способност" },
        description: { en: "A subcontractor is wanted; the requester stays anonymous until an introduction." },
        targetCountries: [],
        cooperationTypes: ["subcontracting"],
        anonymous: true,
        deadline: new Date(`${dayFromToday(30)}T00:00:00Z`),
        status: "PUBLISHED",
        submittedAt: new Date(),
        publishedAt: new Date(),
        requiredCapabilities: { create: [{ capabilityCode: capability, position: 0 }] },
      },
      select: { id: true },
    });
    opportunityId = created.id;
    await prisma().outbox.create({ data: { aggregateType: "opportunity", aggregateId: opportunityId, operation: "UPSERT" } });
    await drain();

    const bystander = firms.find((f) => !fitting.includes(f))!;
    outsider = await buildUser(prisma(), { name: "Outsider" });
    await addMembership(prisma(), outsider.id, bystander.id, "OWNER");
  });

  it("(a) forCompany for every published firm does not single out the owner", async () => {
    // Two possible owners from one country: the opportunity card shows the owner's country by design.
    const owners = fitting.filter((f) => fitting.filter((g) => g.country === f.country).length >= 2);
    const first = owners[0]!;
    const second = owners.find((f) => f !== first && f.country === first.country)!;

    const answers = [];
    for (const owner of [first, second]) {
      await moveTo(owner.id);
      const lists = new Map<string, unknown>();
      for (const f of firms) lists.set(f.id, await as(null).matching.forCompany({ idOrSlug: f.id, locale: "en", limit: 50 }));
      // The attack: among the firms that fit, the ones whose list lacks the opportunity.
      const lacking = fitting.filter((f) => !listsIt(lists.get(f.id) as Parameters<typeof listsIt>[0])).map((f) => f.id);
      expect(lacking).toEqual([]);
      // A signed-in member of an unrelated firm sees the owner's list as a visitor does.
      expect(await as(outsider).matching.forCompany({ idOrSlug: owner.id, locale: "en", limit: 50 })).toEqual(lists.get(owner.id));
      answers.push(lists);
    }
    // Every answer, for every firm, is the same whoever owns the opportunity.
    expect(answers[1]).toEqual(answers[0]);

    // Its own members know the owner: their own list does not suggest their own opportunity.
    const member = await buildUser(prisma(), { name: "Owner member" });
    await addMembership(prisma(), member.id, second.id, "EDITOR");
    expect(listsIt(await as(member).matching.forCompany({ idOrSlug: second.id, locale: "en", limit: 50 }))).toBe(false);
  });

  it("(b) forOpportunity gives the same answer wherever the owner is, whatever it speaks and offers", async () => {
    // Owners far apart, with different languages and capabilities: everything the old score used.
    const first = fitting.find((f) => f.lat !== null && f.lng !== null)!;
    const far = (f: Firm) => (f.lat !== null && f.lng !== null ? distanceKm({ lat: first.lat!, lng: first.lng! }, { lat: f.lat, lng: f.lng }) : 0);
    const farthest = [...fitting].sort((x, y) => far(y) - far(x))[0]!;
    const otherLanguages = fitting.find((f) => f !== first && f !== farthest && f.languages.join() !== first.languages.join()) ?? fitting[2]!;
    const owners = [first, farthest, otherLanguages];
    expect(new Set(owners.map((o) => o.id)).size).toBe(3);
    expect(far(farthest)).toBeGreaterThan(100);

    const answers = [];
    for (const owner of owners) {
      await moveTo(owner.id);
      const visitor = await as(null).matching.forOpportunity({ id: opportunityId, locale: "en", limit: 50 });
      // A signed-in member of an unrelated firm gets what a visitor gets.
      expect(await as(outsider).matching.forOpportunity({ id: opportunityId, locale: "en", limit: 50 })).toEqual(visitor);
      answers.push(visitor);
    }
    // The attack: compare the answers for owners in different places, speaking different languages.
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    // Nothing computed from the owner's profile, and the owner is not the one fitting firm left out.
    for (const m of answers[0]!) {
      expect(m.explanation.distanceKm).toBeNull();
      expect(m.explanation.sharedLanguages).toEqual([]);
      expect(m.explanation.reciprocity).toEqual([]);
    }
    expect(answers[0]!.map((m) => m.company.id).sort()).toEqual(fitting.map((f) => f.id).sort());

    // The owner's own members know who they are: for them the owner is left out, as for a signed opportunity.
    const member = await buildUser(prisma(), { name: "Owner member" });
    await addMembership(prisma(), member.id, owners[2]!.id, "OWNER");
    const own = await as(member).matching.forOpportunity({ id: opportunityId, locale: "en", limit: 50 });
    expect(own.map((m) => m.company.id)).not.toContain(owners[2]!.id);
    expect(own.length).toBe(fitting.length - 1);
  });
});
