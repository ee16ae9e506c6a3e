import { beforeAll, describe, expect, it } from "vitest";
import { addMembership, buildActors, buildUser, type Actors } from "../../test/builders.ts";
import { appCodeOf, callerFor, useSeededDatabase } from "../../test/fixtures.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import { lastMonths } from "./dashboard.service.ts";

describe(`admin console: queue, companies, audit log, dashboard (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  let actors: Actors;
  let admin: ReturnType<typeof callerFor>;
  const prisma = () => seeded.db.prisma;

  beforeAll(async () => {
    actors = await buildActors(prisma());
    admin = callerFor(prisma(), seeded.search, actors.admin);
  });

  it("lists pending company revisions and opportunities in review, oldest first, with counts", async () => {
    const [live, other] = await prisma().company.findMany({ where: { status: "PUBLISHED" }, select: { id: true, name: true }, take: 2, orderBy: { id: "asc" } });
    const fresh = await prisma().company.create({
      data: { slug: "queue-new-firm", name: "Нова Фирма ЕООД", nameLatin: "Nova Firma EOOD", legalForm: "ЕООД", registryId: "200000015", country: "BG", city: "София", cityLatin: "Sofia", description: { bg: "Нова." }, status: "PENDING_REVIEW" },
      select: { id: true },
    });
    const submitter = await buildUser(prisma(), { name: "Мария Петрова" });
    const day = (n: number) => new Date(Date.UTC(2026, 10, n));
    const edit = await prisma().companyRevision.create({ data: { companyId: live!.id, data: {}, status: "PENDING", submittedAt: day(3), submittedByUserId: submitter.id }, select: { id: true } });
    const registration = await prisma().companyRevision.create({ data: { companyId: fresh.id, data: {}, status: "PENDING", submittedAt: day(1) }, select: { id: true } });
    await prisma().companyRevision.create({ data: { companyId: other!.id, data: {}, status: "DRAFT" }, select: { id: true } });
    const [first, second] = await prisma().opportunity.findMany({ where: { status: "PUBLISHED" }, select: { id: true, companyId: true }, take: 2, orderBy: { id: "asc" } });
    await prisma().opportunity.update({ where: { id: first!.id }, data: { status: "IN_REVIEW", submittedAt: day(5), anonymous: true } });
    await prisma().opportunity.update({ where: { id: second!.id }, data: { status: "IN_REVIEW", submittedAt: day(2) } });

    const queue = await admin.admin.reviewQueue({ locale: "en" });
    expect(queue.counts).toEqual({ companyRevisions: 2, opportunities: 2 });
    expect(queue.companyRevisions.map((r) => [r.revisionId, r.isNew, r.submitterName])).toEqual([
      [registration.id, true, null],
      [edit.id, false, "Мария Петрова"],
    ]);
    expect(queue.companyRevisions[1]!.companyName).toBe(live!.name);
    expect(queue.opportunities.map((o) => o.id)).toEqual([second!.id, first!.id]);
    const anonymous = queue.opportunities[1]!;
    const owner = await prisma().company.findUniqueOrThrow({ where: { id: first!.companyId }, select: { name: true } });
    // Admins review the owner too, so they see it even when the opportunity is anonymous.
    expect(anonymous).toMatchObject({ anonymous: true, companyName: owner.name, companyId: first!.companyId });
    expect(anonymous.title.length).toBeGreaterThan(0);

    // The queue is for admins only; a manager is refused and learns nothing.
    expect(await appCodeOf(callerFor(prisma(), seeded.search, actors.manager).admin.reviewQueue({ locale: "en" }))).toBe("FORBIDDEN");
  });

  it("lists every firm whatever its status, with filters, paging, member counts and open revisions", async () => {
    const all = await admin.admin.companies({ pageSize: 100 });
    expect(all.total).toBe(await prisma().company.count());
    const names = all.items.map((i) => i.nameLatin);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const pending = await admin.admin.companies({ status: "PENDING_REVIEW" });
    expect(pending.items.map((i) => i.slug)).toEqual(["queue-new-firm"]);
    expect(pending.items[0]!.openRevision).toBe("PENDING");

    const mine = await admin.admin.companies({ q: actors.companyId });
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]!.memberCount).toBe(2);
    expect(mine.items[0]!.clusters.map((c) => c.id)).toContain(actors.clusterId);

    const byCyrillic = await admin.admin.companies({ q: "нова фирма" });
    expect(byCyrillic.items.map((i) => i.slug)).toContain("queue-new-firm");
    const byRegistry = await admin.admin.companies({ q: "200 000 015" });
    expect(byRegistry.items.map((i) => i.slug)).toEqual(["queue-new-firm"]);

    const inCluster = await admin.admin.companies({ clusterId: actors.clusterId, country: "BG", verified: true, pageSize: 100 });
    const expected = await prisma().company.count({ where: { country: "BG", verified: true, clusters: { some: { clusterId: actors.clusterId } } } });
    expect(inCluster.total).toBe(expected);
    expect(inCluster.items.every((i) => i.verified && i.country === "BG")).toBe(true);

    const page2 = await admin.admin.companies({ page: 2, pageSize: 10 });
    expect(page2.items[0]!.id).toBe(all.items[10]!.id);
    expect(page2.pageCount).toBe(Math.ceil(all.total / 10));

    expect(await appCodeOf(admin.admin.companies({ status: "GONE" } as never))).toBe("VALIDATION");
    expect(await appCodeOf(admin.admin.companies({ q: "x".repeat(201) }))).toBe("VALIDATION");
  });

  it("searches the audit log newest first by text, action, entity, actor and day, with before/after", async () => {
    const actor = { id: actors.admin.id, email: actors.admin.email, role: "ADMIN" };
    const manager = { id: actors.manager.id, email: actors.manager.email, role: "CLUSTER_MANAGER" };
    await recordAudit(prisma(), actor, { action: "test.alpha", entityType: "company", entityId: "c-audit-1", summary: "Verified «Алфа ООД»", before: { verified: false }, after: { verified: true } });
    await recordAudit(prisma(), manager, { action: "test.beta", entityType: "importBatch", entityId: "b-audit-1", summary: "Imported members.csv" });
    await recordAudit(prisma(), actor, { action: "test.alpha", entityType: "company", entityId: "c-audit-2", summary: "Verified «Бета ЕООД»" });
    await prisma().auditLog.updateMany({ where: { entityId: "c-audit-1" }, data: { createdAt: new Date("2026-01-10T12:00:00Z") } });
    await prisma().auditLog.updateMany({ where: { entityId: "b-audit-1" }, data: { createdAt: new Date("2026-01-11T08:00:00Z") } });
    await prisma().auditLog.updateMany({ where: { entityId: "c-audit-2" }, data: { createdAt: new Date("2026-01-12T23:59:00Z") } });

    const alpha = await admin.admin.auditLog({ action: "test.alpha" });
    expect(alpha.items.map((i) => i.entityId)).toEqual(["c-audit-2", "c-audit-1"]);
    expect(alpha.items[1]).toMatchObject({ before: { verified: false }, after: { verified: true }, actorEmail: actors.admin.email, actorRole: "ADMIN" });
    expect(alpha.items[0]).toMatchObject({ before: null, after: null });

    expect((await admin.admin.auditLog({ q: "Алфа" })).items.map((i) => i.entityId)).toEqual(["c-audit-1"]);
    expect((await admin.admin.auditLog({ q: "b-audit-1" })).items.map((i) => i.action)).toEqual(["test.beta"]);
    expect((await admin.admin.auditLog({ entityType: "importBatch", actor: actors.manager.email.toUpperCase() })).items.map((i) => i.entityId)).toEqual(["b-audit-1"]);
    expect((await admin.admin.auditLog({ actor: actors.manager.id, action: "test.beta" })).total).toBe(1);
    // Whole UTC days, both ends included.
    const range = await admin.admin.auditLog({ from: "2026-01-11", to: "2026-01-12" });
    expect(range.items.map((i) => i.entityId)).toEqual(["c-audit-2", "b-audit-1"]);
    expect(await appCodeOf(admin.admin.auditLog({ from: "2026-01-12", to: "2026-01-11" }))).toBe("VALIDATION");
    expect(await appCodeOf(admin.admin.auditLog({ from: "yesterday" }))).toBe("VALIDATION");

    const vocabulary = await admin.admin.auditActions();
    expect(vocabulary.actions).toEqual(expect.arrayContaining(["test.alpha", "test.beta"]));
    expect(vocabulary.actions).toEqual([...vocabulary.actions].sort());
    expect(vocabulary.entityTypes).toEqual(expect.arrayContaining(["company", "importBatch"]));
  });

  it("draws the dashboard from the data: members, requested capabilities vs offering firms, opportunities, introductions per month", async () => {
    const today = seeded.clock.now();
    const months = lastMonths(today, 12);
    const [a, b] = await prisma().company.findMany({ where: { status: "PUBLISHED" }, select: { id: true }, take: 2, orderBy: { id: "desc" } });
    const at = (month: string, day: number) => new Date(`${month}-${String(day).padStart(2, "0")}T10:00:00Z`);
    const thirteenMonthsAgo = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 13, 5));
    for (const [createdAt, status] of [
      [at(months[11]!, 1), "PENDING"],
      [at(months[11]!, 1), "ACCEPTED"],
      [at(months[9]!, 15), "DECLINED"],
      [thirteenMonthsAgo, "ACCEPTED"],
    ] as const) {
      await prisma().introduction.create({ data: { kind: "COMPANY", fromCompanyId: a!.id, toCompanyId: b!.id, message: "Hello", status, createdAt }, select: { id: true } });
    }

    const dashboard = await admin.admin.dashboard({ locale: "de" });
    const published = await prisma().company.count({ where: { status: "PUBLISHED" } });
    expect(dashboard.membersByCountry.reduce((s, r) => s + r.count, 0)).toBe(published);
    const bg = dashboard.membersByCountry.find((r) => r.code === "BG")!;
    expect(bg).toEqual({ code: "BG", label: "Bulgarien", count: await prisma().company.count({ where: { status: "PUBLISHED", country: "BG" } }) });

    const cluster = dashboard.membersByCluster.find((c) => c.code === actors.clusterId)!;
    expect(cluster.count).toBe(await prisma().company.count({ where: { status: "PUBLISHED", clusters: { some: { clusterId: actors.clusterId } } } }));

    expect(dashboard.requestedCapabilities.length).toBeGreaterThan(0);
    expect(dashboard.requestedCapabilities.length).toBeLessThanOrEqual(15);
    const requested = dashboard.requestedCapabilities.map((r) => r.requested);
    expect(requested).toEqual([...requested].sort((x, y) => y - x));
    const top = dashboard.requestedCapabilities[0]!;
    expect(top.requested).toBe(await prisma().opportunity.count({ where: { status: "PUBLISHED", requiredCapabilities: { some: { capabilityCode: top.code } } } }));
    const terms = await prisma().capabilityTerm.findMany({ select: { code: true, parentCode: true } });
    const withChildren = (code: string): string[] => [code, ...terms.filter((t) => t.parentCode === code).flatMap((t) => withChildren(t.code))];
    expect(top.offering).toBe(await prisma().company.count({ where: { status: "PUBLISHED", capabilities: { some: { capabilityCode: { in: withChildren(top.code) } } } } }));
    const label = await prisma().capabilityTerm.findUniqueOrThrow({ where: { code: top.code }, select: { labels: true } });
    expect(top.label).toBe((label.labels as Record<string, string>).de);

    expect(dashboard.opportunitiesByType.reduce((s, r) => s + r.count, 0)).toBe(await prisma().opportunity.count({ where: { status: "PUBLISHED" } }));
    expect(dashboard.opportunitiesByStatus.find((s) => s.status === "IN_REVIEW")!.count).toBe(2);
    expect(dashboard.opportunitiesByStatus.reduce((s, r) => s + r.count, 0)).toBe(await prisma().opportunity.count());

    expect(dashboard.introductionsByMonth.map((m) => m.month)).toEqual(months);
    const current = dashboard.introductionsByMonth[11]!;
    expect(current.total).toBe(2);
    expect(current.byStatus).toMatchObject({ PENDING: 1, ACCEPTED: 1, DECLINED: 0 });
    expect(dashboard.introductionsByMonth[9]!.byStatus.DECLINED).toBe(1);
    // The introduction of thirteen months ago is outside the window.
    expect(dashboard.introductionsByMonth.reduce((s, m) => s + m.total, 0)).toBe(3);
  });

  it("gives the console's data to admins only", async () => {
    const owner = await buildUser(prisma());
    await addMembership(prisma(), owner.id, actors.companyId, "OWNER");
    for (const user of [owner, actors.manager, actors.outsider]) {
      const api = callerFor(prisma(), seeded.search, user);
      expect(await appCodeOf(api.admin.companies({}))).toBe("FORBIDDEN");
      expect(await appCodeOf(api.admin.auditLog({}))).toBe("FORBIDDEN");
      expect(await appCodeOf(api.admin.dashboard({ locale: "en" }))).toBe("FORBIDDEN");
    }
    expect(await appCodeOf(callerFor(prisma(), seeded.search, null).admin.users({}))).toBe("UNAUTHENTICATED");
  });
});
