import { appCodeOf } from "../../test/error-codes.ts";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import { buildActors, type Actors } from "../../test/builders.ts";
import { buildCompany, buildPendingRevision, errorDetails, profileOf, publishableProfile, randomEik } from "../../test/company-builders.ts";
import { callerFor, useSeededDatabase } from "../../test/fixtures.ts";

describe(`admin curation of companies (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  let actors: Actors;
  const as = (user: SessionUser | null) => callerFor(seeded.db.prisma, seeded.search, user);
  const prisma = () => seeded.db.prisma;
  const outboxOf = (id: string) => prisma().outbox.count({ where: { aggregateId: id } });

  beforeAll(async () => {
    actors = await buildActors(seeded.db.prisma);
  });

  it("verifies and unverifies, audited, and a repeated click records nothing", async () => {
    const company = await buildCompany(prisma());
    const { admin } = actors;
    expect((await as(admin).companies.setVerified({ companyId: company.id, verified: true })).verified).toBe(true);
    await as(admin).companies.setVerified({ companyId: company.id, verified: true });
    expect(await prisma().auditLog.count({ where: { entityId: company.id, action: "company.verify" } })).toBe(1);
    expect(await outboxOf(company.id)).toBe(1);
    await as(admin).companies.setVerified({ companyId: company.id, verified: false });
    const entry = await prisma().auditLog.findFirstOrThrow({ where: { entityId: company.id, action: "company.unverify" }, select: { before: true, after: true, actorEmail: true } });
    expect(entry).toEqual({ before: { verified: true }, after: { verified: false }, actorEmail: admin.email });
    expect(await appCodeOf(as(actors.manager).companies.setVerified({ companyId: actors.companyId, verified: true }))).toBe("FORBIDDEN");
    expect(await appCodeOf(as(admin).companies.setVerified({ companyId: "missing", verified: true }))).toBe("NOT_FOUND");
  });

  it("suspends a company out of sight with its opportunities, tells its members, and reinstates it", async () => {
    const { admin } = actors;
    // A published demo company with published opportunities and no members yet.
    const withOpportunities = await prisma().company.findFirstOrThrow({
      where: { status: "PUBLISHED", opportunities: { some: { status: "PUBLISHED", anonymous: false } }, memberships: { none: {} } },
      select: { id: true, slug: true, opportunities: { where: { status: "PUBLISHED", anonymous: false }, select: { id: true } } },
    });
    const companyId = withOpportunities.id;
    const [owner] = await Promise.all([prisma().user.create({ data: { email: "suspended-owner@example.test", name: "Suspended Owner", emailVerified: true }, select: { id: true } })]);
    await prisma().membership.create({ data: { userId: owner!.id, companyId, role: "OWNER" } });
    const opportunityId = withOpportunities.opportunities[0]!.id;
    expect((await as(null).opportunities.get({ id: opportunityId })).id).toBe(opportunityId);

    const lastOutboxId = (await prisma().outbox.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;
    expect(await appCodeOf(as(admin).companies.suspend({ companyId, reason: "no" }))).toBe("VALIDATION");
    const suspended = await as(admin).companies.suspend({ companyId, reason: "The registry shows the firm as dissolved." });
    expect(suspended).toMatchObject({ status: "SUSPENDED", suspendedReason: "The registry shows the firm as dissolved." });
    expect(await appCodeOf(as(admin).companies.suspend({ companyId, reason: "Once more, please." }))).toBe("INVALID_STATE");
    expect(await appCodeOf(as(null).companies.get({ idOrSlug: withOpportunities.slug }))).toBe("NOT_FOUND");
    expect(await appCodeOf(as(null).opportunities.get({ id: opportunityId }))).toBe("NOT_FOUND");
    // Search learns about the company and every one of its opportunities.
    const rows = await prisma().outbox.findMany({ where: { id: { gt: lastOutboxId } }, select: { aggregateType: true, aggregateId: true } });
    expect(rows).toEqual(expect.arrayContaining([{ aggregateType: "company", aggregateId: companyId }, { aggregateType: "opportunity", aggregateId: opportunityId }]));
    expect(await prisma().notification.count({ where: { userId: owner!.id, type: "company_suspended" } })).toBe(1);
    expect(await prisma().emailMessage.count({ where: { toAddress: "suspended-owner@example.test", template: "company_suspended" } })).toBe(1);
    // Its members still reach their workspace and see why.
    const memberView = await as({ id: owner!.id, email: "suspended-owner@example.test", name: "Suspended Owner", role: "MEMBER", locale: "en" }).companies.getEditable({ companyId });
    expect(memberView).toMatchObject({ status: "SUSPENDED", suspendedReason: "The registry shows the firm as dissolved." });

    const reinstated = await as(admin).companies.reinstate({ companyId });
    expect(reinstated).toMatchObject({ status: "PUBLISHED", suspendedReason: null });
    expect(await appCodeOf(as(admin).companies.reinstate({ companyId }))).toBe("INVALID_STATE");
    expect((await as(null).companies.get({ idOrSlug: withOpportunities.slug })).id).toBe(companyId);
    const actions = await prisma().auditLog.findMany({ where: { entityId: companyId }, select: { action: true, before: true, after: true }, orderBy: { createdAt: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["company.suspend", "company.reinstate"]);
    expect(actions[0]!.before).toEqual({ status: "PUBLISHED", suspendedReason: null });
  });

  it("reinstates a never-published company back to its draft state", async () => {
    const company = await buildCompany(prisma(), { status: "DRAFT" });
    await as(actors.admin).companies.suspend({ companyId: company.id, reason: "Looks like spam to us." });
    expect((await as(actors.admin).companies.reinstate({ companyId: company.id })).status).toBe("DRAFT");
  });

  it("edits a profile directly, live at once, including registry id and country, audited", async () => {
    const { admin } = actors;
    const company = await buildCompany(prisma());
    const registryId = randomEik();
    const data = { ...publishableProfile({ name: "Преименувана ООД" }), registryId, country: "BG" };
    const loaded = await as(admin).companies.adminGet({ companyId: company.id });
    const updated = await as(admin).companies.adminUpdate({ companyId: company.id, data, version: loaded.version });
    expect(updated.version).toBe(loaded.version + 1);
    expect(updated).toMatchObject({ registryId, country: "BG", data: { name: "Преименувана ООД", email: "office@test-mashini.example" } });
    expect((await as(null).companies.get({ idOrSlug: company.slug, locale: "en" })).name).toBe("Преименувана ООД");
    expect(await outboxOf(company.id)).toBe(1);
    const entry = await prisma().auditLog.findFirstOrThrow({ where: { entityId: company.id, action: "company.admin_update" }, select: { before: true, after: true } });
    expect(entry.before).toMatchObject({ name: company.name, registryId: company.registryId });
    expect(entry.after).toMatchObject({ name: "Преименувана ООД", registryId });

    // To a foreign VAT id, validated for its country.
    const german = await as(admin).companies.adminUpdate({ companyId: company.id, data: { ...data, country: "DE", registryId: "DE 136 695 976" }, version: updated.version });
    expect(german).toMatchObject({ country: "DE", registryId: "DE136695976" });
    expect(await appCodeOf(as(admin).companies.adminUpdate({ companyId: company.id, data: { ...data, country: "DE", registryId: "DE136695977" }, version: german.version }))).toBe("VALIDATION");
    expect(await appCodeOf(as(admin).companies.adminUpdate({ companyId: company.id, data: { ...data, capabilities: [] }, version: german.version }))).toBe("VALIDATION");
    const taken = await prisma().company.findFirstOrThrow({ where: { status: "PUBLISHED", country: "BG", id: { not: company.id } }, select: { registryId: true, slug: true } });
    expect(await errorDetails(as(admin).companies.adminUpdate({ companyId: company.id, data: { ...data, registryId: taken.registryId }, version: german.version }))).toMatchObject({ reason: "registry_id", company: { slug: taken.slug } });
    expect((await profileOf(prisma(), company.id)).name).toBe("Преименувана ООД");
    expect((await prisma().company.findUniqueOrThrow({ where: { id: company.id }, select: { registryId: true } })).registryId).toBe("DE136695976");
  });

  it("decides a revision once even when two admins click at the same moment", async () => {
    const company = await buildCompany(prisma(), { status: "PENDING_REVIEW" });
    const revisionId = await buildPendingRevision(prisma(), company.id);
    const results = await Promise.all([
      appCodeOf(as(actors.admin).companies.approveRevision({ revisionId })),
      appCodeOf(as(actors.admin).companies.rejectRevision({ revisionId, reason: "Not like this, please." })),
    ]);
    expect(results.filter((r) => r === null)).toHaveLength(1);
    expect(results.filter((r) => r === "INVALID_STATE")).toHaveLength(1);
    const decisions = await prisma().auditLog.count({ where: { entityId: company.id, action: { in: ["company.revision.approve", "company.revision.reject"] } } });
    expect(decisions).toBe(1);
  });

  it("shows an admin the company with its members and open revision", async () => {
    const view = await as(actors.admin).companies.adminGet({ companyId: actors.companyId });
    expect(view.members.map((m) => m.email).sort()).toEqual([actors.owner.email, actors.editor.email].sort());
    expect(view.data.capabilities.length).toBeGreaterThan(0);
    expect(await appCodeOf(as(actors.owner).companies.adminGet({ companyId: actors.companyId }))).toBe("FORBIDDEN");
  });
});
