import { beforeAll, describe, expect, it } from "vitest";
import { addMembership, buildActors, buildUser, type Actors } from "../../test/builders.ts";
import { appCodeOf, callerFor, useSeededDatabase } from "../../test/fixtures.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { recordAudit } from "../audit/audit.repository.ts";

/** Row counts of every table a merge touches, and the two firms' own relations. */
async function footprint(prisma: PrismaClient, ids: string[]) {
  const where = { companyId: { in: ids } };
  return {
    companies: await prisma.company.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } }),
    memberships: await prisma.membership.findMany({ where, select: { userId: true, companyId: true, role: true }, orderBy: [{ companyId: "asc" }, { userId: "asc" }] }),
    opportunities: await prisma.opportunity.findMany({ where, select: { id: true, companyId: true }, orderBy: { id: "asc" } }),
    introductions: await prisma.introduction.findMany({
      where: { OR: [{ fromCompanyId: { in: ids } }, { toCompanyId: { in: ids } }] },
      select: { id: true, fromCompanyId: true, toCompanyId: true, status: true },
      orderBy: { id: "asc" },
    }),
    revisions: await prisma.companyRevision.findMany({ where, select: { id: true, companyId: true, status: true }, orderBy: { id: "asc" } }),
    invitations: await prisma.invitation.findMany({ where, select: { id: true, companyId: true }, orderBy: { id: "asc" } }),
    capabilities: await prisma.companyCapability.count({ where }),
    certifications: await prisma.companyCertification.count({ where }),
    materials: await prisma.companyMaterial.count({ where }),
    clusters: await prisma.companyCluster.count({ where }),
    messages: await prisma.message.findMany({ select: { id: true, senderCompanyId: true }, orderBy: { id: "asc" } }),
    outbox: await prisma.outbox.count(),
    audit: await prisma.auditLog.count(),
    totals: {
      memberships: await prisma.membership.count(),
      opportunities: await prisma.opportunity.count(),
      introductions: await prisma.introduction.count(),
      revisions: await prisma.companyRevision.count(),
      invitations: await prisma.invitation.count(),
    },
  };
}

describe(`admin: merging duplicate firms (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  let actors: Actors;
  let admin: ReturnType<typeof callerFor>;
  const prisma = () => seeded.db.prisma;
  const ids = { source: "", target: "", third: "", earlier: "", sourceOpportunity: "", sourceDraft: "", otherOpportunity: "" };
  const people = { both: "", sourceEditor: "", targetOwner: "" };

  beforeAll(async () => {
    actors = await buildActors(prisma());
    admin = callerFor(prisma(), seeded.search, actors.admin);
    const db = prisma();
    const base = { legalForm: "ООД", country: "BG", city: "София", cityLatin: "Sofia", status: "PUBLISHED" as const };
    const source = await db.company.create({
      data: {
        ...base,
        slug: "metal-inzhenering-dup",
        name: "Метал Инженеринг ООД",
        nameLatin: "Metal Inzhenering OOD",
        registryId: "204123454",
        website: "https://metal-inzhenering.example",
        email: "office@metal.example",
        employees: 30,
        size: "SMALL",
        lat: 42.69,
        lng: 23.32,
        languages: ["bg", "de"],
        description: { bg: "Фрезоване и огъване.", en: "Milling and bending." },
        capabilities: { create: [{ capabilityCode: "MACH.CNC_MILLING", position: 0 }, { capabilityCode: "SHEET.BENDING", position: 1 }] },
        certifications: { create: [{ certificationCode: "ISO_9001" }, { certificationCode: "EN_1090" }] },
        materials: { create: [{ materialCode: "steel" }] },
        clusters: { create: [{ clusterId: actors.clusterId }, { clusterId: actors.otherClusterId }] },
      },
      select: { id: true },
    });
    const target = await db.company.create({
      data: {
        ...base,
        slug: "metal-inzhenering",
        name: "Metal Inzhenering OOD",
        nameLatin: "Metal Inzhenering OOD",
        registryId: "200000015",
        email: "info@metal.example",
        verified: true,
        languages: ["bg"],
        description: { bg: "Металообработка." },
        capabilities: { create: [{ capabilityCode: "MACH.CNC_MILLING", position: 0 }] },
        certifications: { create: [{ certificationCode: "ISO_9001" }] },
        clusters: { create: [{ clusterId: actors.clusterId }] },
      },
      select: { id: true },
    });
    ids.source = source.id;
    ids.target = target.id;
    ids.third = actors.otherCompanyId;
    ids.earlier = (
      await db.company.create({
        data: { ...base, slug: "metal-old", name: "Метал Стар ЕООД", nameLatin: "Metal Star EOOD", registryId: "BG204123454X", description: { bg: "Стар." }, status: "ARCHIVED", mergedIntoId: source.id },
        select: { id: true },
      })
    ).id;

    const both = await buildUser(db, { name: "Both" });
    const sourceEditor = await buildUser(db, { name: "Source Editor" });
    const targetOwner = await buildUser(db, { name: "Target Owner" });
    Object.assign(people, { both: both.id, sourceEditor: sourceEditor.id, targetOwner: targetOwner.id });
    await addMembership(db, both.id, source.id, "OWNER");
    await addMembership(db, both.id, target.id, "EDITOR");
    await addMembership(db, sourceEditor.id, source.id, "EDITOR");
    await addMembership(db, targetOwner.id, target.id, "OWNER");

    const now = seeded.clock.now();
    const opportunity = (companyId: string, status: "PUBLISHED" | "DRAFT") =>
      db.opportunity.create({
        data: { companyId, type: "SUPPLY_REQUEST", title: { en: "Need milling" }, description: { en: "Parts" }, deadline: new Date(now.getTime() + 60 * 86_400_000), status },
        select: { id: true },
      });
    ids.sourceOpportunity = (await opportunity(source.id, "PUBLISHED")).id;
    ids.sourceDraft = (await opportunity(source.id, "DRAFT")).id;
    ids.otherOpportunity = (await opportunity(ids.third, "PUBLISHED")).id;

    const intro = (data: { fromCompanyId: string; toCompanyId: string; status: "PENDING" | "ACCEPTED" | "DECLINED"; kind?: "INTEREST" | "COMPANY"; opportunityId?: string }) =>
      db.introduction.create({ data: { kind: "COMPANY", message: "Hello", ...data }, select: { id: true } });
    await intro({ fromCompanyId: source.id, toCompanyId: ids.third, status: "PENDING" });
    await intro({ fromCompanyId: ids.third, toCompanyId: source.id, status: "PENDING", kind: "INTEREST", opportunityId: ids.sourceOpportunity });
    await intro({ fromCompanyId: source.id, toCompanyId: target.id, status: "PENDING" });
    const accepted = await intro({ fromCompanyId: target.id, toCompanyId: source.id, status: "ACCEPTED" });
    await intro({ fromCompanyId: source.id, toCompanyId: target.id, status: "DECLINED" });
    // Both firms showed interest in the same opportunity: one interest is enough after the merge.
    await intro({ fromCompanyId: source.id, toCompanyId: ids.third, status: "PENDING", kind: "INTEREST", opportunityId: ids.otherOpportunity });
    await intro({ fromCompanyId: target.id, toCompanyId: ids.third, status: "PENDING", kind: "INTEREST", opportunityId: ids.otherOpportunity });
    await db.message.create({ data: { introductionId: accepted.id, senderCompanyId: source.id, senderUserId: both.id, body: "Hi" }, select: { id: true } });

    await db.companyRevision.create({ data: { companyId: source.id, data: {}, status: "PENDING", submittedAt: now }, select: { id: true } });
    await db.companyRevision.create({ data: { companyId: source.id, data: {}, status: "APPROVED" }, select: { id: true } });
    await db.invitation.create({ data: { companyId: source.id, email: "new@metal.example", tokenHash: "hash-merge-1", expiresAt: new Date(now.getTime() + 86_400_000) }, select: { id: true } });
    await recordAudit(db, { id: actors.admin.id, email: actors.admin.email, role: "ADMIN" }, { action: "company.verify", entityType: "company", entityId: source.id, summary: "Verified the duplicate" });
  });

  const expectedMoves = {
    memberships: 1,
    membershipsMerged: 1,
    opportunities: 2,
    introductionsFrom: 4,
    introductionsTo: 2,
    introductionsWithdrawn: 3,
    messages: 1,
    revisions: 2,
    revisionsSuperseded: 1,
    invitations: 1,
    capabilities: 1,
    certifications: 1,
    materials: 1,
    clusters: 1,
    earlierMerges: 1,
  };

  it("reports on a dry run exactly what would move and changes nothing", async () => {
    const all = [ids.source, ids.target, ids.earlier];
    const before = await footprint(prisma(), all);
    const result = await admin.admin.mergeCompanies({ sourceId: ids.source, targetId: ids.target, dryRun: true });
    expect(result).toMatchObject({ dryRun: true, source: { id: ids.source }, target: { id: ids.target } });
    expect(result.moved).toEqual(expectedMoves);
    expect(result.filledFields).toEqual(["website", "employees", "lat", "languages", "description"]);
    expect(await footprint(prisma(), all)).toEqual(before);
  });

  it("merges: every relation kept on the target, the source archived, search and audit told, all at once", async () => {
    const all = [ids.source, ids.target, ids.earlier];
    const before = await footprint(prisma(), all);
    const result = await admin.admin.mergeCompanies({ sourceId: ids.source, targetId: ids.target, dryRun: false });
    expect(result.dryRun).toBe(false);
    expect(result.moved).toEqual(expectedMoves);
    const after = await footprint(prisma(), all);

    // Nothing lost: totals are the same but for the one membership merged.
    expect(after.totals).toEqual({ ...before.totals, memberships: before.totals.memberships - 1 });
    expect(after.memberships).toEqual(
      [
        { userId: people.both, companyId: ids.target, role: "OWNER" },
        { userId: people.sourceEditor, companyId: ids.target, role: "EDITOR" },
        { userId: people.targetOwner, companyId: ids.target, role: "OWNER" },
      ].sort((a, b) => (a.userId < b.userId ? -1 : 1)),
    );
    expect(after.opportunities.every((o) => o.companyId === ids.target)).toBe(true);
    expect(after.opportunities).toHaveLength(2);
    expect(after.introductions).toHaveLength(before.introductions.length);
    expect(after.introductions.some((i) => i.fromCompanyId === ids.source || i.toCompanyId === ids.source)).toBe(false);
    const selfIntros = after.introductions.filter((i) => i.fromCompanyId === ids.target && i.toCompanyId === ids.target);
    expect(selfIntros.map((i) => i.status).sort()).toEqual(["DECLINED", "WITHDRAWN", "WITHDRAWN"]);
    const interests = await prisma().introduction.findMany({ where: { opportunityId: ids.otherOpportunity }, select: { status: true } });
    expect(interests.map((i) => i.status).sort()).toEqual(["PENDING", "WITHDRAWN"]);
    expect(after.messages.some((m) => m.senderCompanyId === ids.source)).toBe(false);
    expect(after.revisions.map((r) => [r.companyId, r.status]).sort()).toEqual([
      [ids.target, "APPROVED"],
      [ids.target, "SUPERSEDED"],
    ]);
    expect(after.invitations.map((i) => i.companyId)).toEqual([ids.target]);

    const target = await prisma().company.findUniqueOrThrow({
      where: { id: ids.target },
      select: {
        name: true,
        website: true,
        email: true,
        employees: true,
        size: true,
        lat: true,
        verified: true,
        languages: true,
        description: true,
        status: true,
        capabilities: { select: { capabilityCode: true, position: true }, orderBy: { position: "asc" } },
        certifications: { select: { certificationCode: true }, orderBy: { certificationCode: "asc" } },
        materials: { select: { materialCode: true } },
        clusters: { select: { clusterId: true }, orderBy: { clusterId: "asc" } },
      },
    });
    expect(target).toEqual({
      name: "Metal Inzhenering OOD",
      website: "https://metal-inzhenering.example",
      email: "info@metal.example",
      employees: 30,
      size: "SMALL",
      lat: 42.69,
      verified: true,
      languages: ["bg", "de"],
      description: { bg: "Металообработка.", en: "Milling and bending." },
      status: "PUBLISHED",
      capabilities: [
        { capabilityCode: "MACH.CNC_MILLING", position: 0 },
        { capabilityCode: "SHEET.BENDING", position: 1 },
      ],
      certifications: [{ certificationCode: "EN_1090" }, { certificationCode: "ISO_9001" }],
      materials: [{ materialCode: "steel" }],
      clusters: [{ clusterId: actors.clusterId }, { clusterId: actors.otherClusterId }].sort((a, b) => (a.clusterId < b.clusterId ? -1 : 1)),
    });
    const source = await prisma().company.findUniqueOrThrow({ where: { id: ids.source }, select: { status: true, mergedIntoId: true } });
    expect(source).toEqual({ status: "ARCHIVED", mergedIntoId: ids.target });
    expect((await prisma().company.findUniqueOrThrow({ where: { id: ids.earlier }, select: { mergedIntoId: true } })).mergedIntoId).toBe(ids.target);

    // Search: both firms and both moved opportunities.
    const outbox = await prisma().outbox.findMany({ orderBy: { id: "desc" }, take: after.outbox - before.outbox, select: { aggregateType: true, aggregateId: true } });
    expect(outbox.map((o) => `${o.aggregateType}:${o.aggregateId}`).sort()).toEqual(
      [`company:${ids.source}`, `company:${ids.target}`, `opportunity:${ids.sourceOpportunity}`, `opportunity:${ids.sourceDraft}`].sort(),
    );

    // One merge entry with both firms before and after; the source's own history stays.
    expect(after.audit).toBe(before.audit + 1);
    const entry = await prisma().auditLog.findFirstOrThrow({ where: { action: "company.merge" }, select: { entityId: true, summary: true, before: true, after: true, actorUserId: true } });
    expect(entry.entityId).toBe(ids.target);
    expect(entry.summary).toContain(ids.source);
    expect(entry.before).toMatchObject({ source: { status: "PUBLISHED", opportunities: [ids.sourceOpportunity, ids.sourceDraft].sort() }, target: { website: null } });
    expect(entry.after).toMatchObject({ source: { status: "ARCHIVED", mergedIntoId: ids.target, memberships: [] }, target: { website: "https://metal-inzhenering.example" } });
    expect(await prisma().auditLog.count({ where: { entityId: ids.source, action: "company.verify" } })).toBe(1);
    const found = await admin.admin.auditLog({ q: ids.source });
    expect(found.items.map((i) => i.action)).toEqual(expect.arrayContaining(["company.merge", "company.verify"]));

    // The archived source is gone from the public directory; its members now act for the target.
    expect(await appCodeOf(callerFor(prisma(), seeded.search, null).companies.get({ idOrSlug: ids.source, locale: "en" }))).toBe("NOT_FOUND");
  });

  it("refuses a second merge, a merge into itself or into an archived firm, unknown ids and bad input — changing nothing", async () => {
    const all = [ids.source, ids.target, ids.earlier];
    const before = await footprint(prisma(), all);
    expect(await appCodeOf(admin.admin.mergeCompanies({ sourceId: ids.source, targetId: ids.target, dryRun: false }))).toBe("INVALID_STATE");
    expect(await appCodeOf(admin.admin.mergeCompanies({ sourceId: ids.target, targetId: ids.source, dryRun: true }))).toBe("INVALID_STATE");
    expect(await appCodeOf(admin.admin.mergeCompanies({ sourceId: ids.target, targetId: ids.target, dryRun: false }))).toBe("INVALID_STATE");
    expect(await appCodeOf(admin.admin.mergeCompanies({ sourceId: "no-such-firm", targetId: ids.target, dryRun: false }))).toBe("NOT_FOUND");
    expect(await appCodeOf(admin.admin.mergeCompanies({ sourceId: ids.third, targetId: ids.target } as never))).toBe("VALIDATION");
    const manager = callerFor(prisma(), seeded.search, actors.manager);
    expect(await appCodeOf(manager.admin.mergeCompanies({ sourceId: ids.third, targetId: ids.target, dryRun: false }))).toBe("FORBIDDEN");
    expect(await footprint(prisma(), all)).toEqual(before);
  });

  it("merges two demo firms with their real relations, losing none", async () => {
    const [a, b] = await prisma().company.findMany({
      where: { status: "PUBLISHED", opportunities: { some: {} }, id: { notIn: [ids.target, actors.companyId] } },
      select: { id: true },
      take: 2,
      orderBy: { id: "asc" },
    });
    const count = (companyId: string) => prisma().opportunity.count({ where: { companyId } });
    const [ofA, ofB] = [await count(a!.id), await count(b!.id)];
    const result = await admin.admin.mergeCompanies({ sourceId: a!.id, targetId: b!.id, dryRun: false });
    expect(result.moved.opportunities).toBe(ofA);
    expect([await count(a!.id), await count(b!.id)]).toEqual([0, ofA + ofB]);
  });

  it("of two identical merges at once, one merges and the other is refused", async () => {
    const [a, b] = await prisma().company.findMany({
      where: { status: "PUBLISHED", id: { notIn: [ids.target, ids.third, actors.companyId, actors.otherCompanyId] } },
      select: { id: true },
      take: 2,
      orderBy: { id: "desc" },
    });
    const merge = () => admin.admin.mergeCompanies({ sourceId: a!.id, targetId: b!.id, dryRun: false });
    const outcomes = await Promise.all([appCodeOf(merge()), appCodeOf(merge())]);
    expect(outcomes.sort((x, y) => String(x).localeCompare(String(y)))).toEqual(["INVALID_STATE", null]);
    expect(await prisma().auditLog.count({ where: { action: "company.merge", entityId: b!.id } })).toBe(1);
  });

  it("merges firms that have nothing to fill in (identical duplicates)", async () => {
    const twin = (slug: string, registryId: string) =>
      prisma().company.create({
        data: { slug, name: "Близнак ООД", nameLatin: "Bliznak OOD", legalForm: "ООД", registryId, country: "BG", city: "Русе", cityLatin: "Ruse", description: { bg: "Близнак." }, status: "PUBLISHED" },
        select: { id: true },
      });
    const [one, two] = [await twin("bliznak-1", "BG-TWIN-1"), await twin("bliznak-2", "BG-TWIN-2")];
    const dry = await admin.admin.mergeCompanies({ sourceId: one.id, targetId: two.id, dryRun: true });
    expect(dry.filledFields).toEqual([]);
    const done = await admin.admin.mergeCompanies({ sourceId: one.id, targetId: two.id, dryRun: false });
    expect(done.source.status).toBe("ARCHIVED");
  });
});
