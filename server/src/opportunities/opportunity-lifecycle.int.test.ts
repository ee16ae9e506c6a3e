import type { OpportunityStatus } from "@cluster-match/shared";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { buildActors, type Actors } from "../../test/builders.ts";
import { appCodeOf, callerFor, testPublicUrl, useSeededDatabase } from "../../test/fixtures.ts";
import { testLogger } from "../../test/test-database.ts";
import type { SessionUser } from "../context.ts";
import { runJobOnce } from "../jobs/scheduler.ts";
import type { OpportunityDocument } from "../search-index/documents.ts";
import { drainOutboxBatch } from "../search-index/index-sync.ts";
import { expireOpportunities, opportunityExpiryJob } from "./expiry.job.ts";
import { opportunityBuilders } from "../../test/opportunity-builders.ts";

async function detailsOf(call: Promise<unknown>): Promise<Record<string, unknown> | undefined> {
  try {
    await call;
    return undefined;
  } catch (error) {
    return ((error as TRPCError).cause as { details?: Record<string, unknown> }).details;
  }
}

describe(`opportunity lifecycle (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  // "Today" is the file's test clock, which the procedures read too.
  const { buildOpportunity, dayFromToday, draftInput } = opportunityBuilders(seeded.clock);
  let a: Actors;
  const prisma = () => seeded.db.prisma;
  const as = (user: SessionUser | null) => callerFor(seeded.db.prisma, seeded.search, user);
  beforeAll(async () => {
    a = await buildActors(seeded.db.prisma);
  });

  /** Applies every pending outbox row to the search index, as the worker would. */
  async function drain() {
    while ((await drainOutboxBatch(prisma(), seeded.search.index, seeded.search.searchVocabulary, testLogger)) > 0) {
      // until the outbox is empty
    }
  }
  async function indexed(id: string): Promise<OpportunityDocument | undefined> {
    const all = await seeded.search.index.search<OpportunityDocument>({ index: "opportunities", text: "", filters: [], offset: 0, limit: 10_000 });
    return all.hits.find((h) => h.id === id)?.document;
  }
  const row = (id: string) =>
    prisma().opportunity.findUnique({
      where: { id },
      select: {
        status: true, title: true, description: true, deadline: true, anonymous: true, rejectionReason: true, submittedAt: true,
        publishedAt: true, expiredAt: true, closedAt: true, createdByUserId: true, companyId: true, targetCountries: true,
        requiredCapabilities: { select: { capabilityCode: true }, orderBy: { position: "asc" } },
        certificationsRequired: { select: { certificationCode: true } },
      },
    });
  const pendingOutbox = (id: string) => prisma().outbox.count({ where: { aggregateType: "opportunity", aggregateId: id, processedAt: null } });
  const notices = (userId: string, type: string, opportunityId: string) =>
    prisma().notification.count({ where: { userId, type, data: { path: ["opportunityId"], equals: opportunityId } } });
  const audits = (id: string, action?: string) => prisma().auditLog.count({ where: { entityType: "opportunity", entityId: id, ...(action ? { action } : {}) } });

  it("goes from draft to review to published, anonymous on every public path and complete for its owner", async () => {
    const owner = as(a.owner);
    const title = { bg: "Търсим лазерно рязане Кварцитон", en: "Laser cutting wanted Quarziton", de: "Laserschneiden gesucht Quarziton" };
    const description = {
      bg: "Търсим партньор за лазерно рязане на неръждаема стомана до 10 мм.",
      en: "We look for a partner for laser cutting of stainless steel up to 10 mm.",
      de: "Wir suchen einen Partner für das Laserschneiden von Edelstahl bis 10 mm.",
    };
    const created = await owner.opportunities.create({
      companyId: a.companyId,
      data: draftInput({ title, description, anonymous: true, requiredCapabilities: ["MACH.CNC_MILLING", "MACH.CNC_5AXIS"], targetCountries: ["DE", "AT"] }),
    });
    expect(created.status).toBe("DRAFT");
    const id = created.id;
    const stored = await row(id);
    expect(stored).toMatchObject({ status: "DRAFT", companyId: a.companyId, createdByUserId: a.owner.id, anonymous: true, targetCountries: ["DE", "AT"] });
    expect(stored!.requiredCapabilities.map((c) => c.capabilityCode)).toEqual(["MACH.CNC_MILLING", "MACH.CNC_5AXIS"]);
    // A member's own write is not an admin action.
    expect(await audits(id)).toBe(0);

    // The owner sees every language and the lifecycle; the public sees nothing yet.
    const own = await owner.opportunities.getOwn({ companyId: a.companyId, id, locale: "de" });
    expect(own).toMatchObject({ status: "DRAFT", title, description, anonymous: true, submittedAt: null, publishedAt: null });
    expect(own.requiredCapabilities.map((c) => c.label)).toContain("CNC-Fräsen");
    const list = await as(a.editor).opportunities.listOwn({ companyId: a.companyId, statuses: ["DRAFT"] });
    expect(list.items.map((i) => i.id)).toContain(id);
    expect(list.statusCounts.DRAFT).toBeGreaterThanOrEqual(1);
    expect(await appCodeOf(seeded.api.opportunities.get({ id }))).toBe("NOT_FOUND");

    // The editor changes it and submits it; admins are told (in-app and by e-mail).
    const edited = { ...title, en: "Laser cutting of stainless steel wanted Quarziton" };
    const updated = await as(a.editor).opportunities.update({ companyId: a.companyId, id, data: draftInput({ title: edited, description, anonymous: true }), version: own.version });
    expect(updated).toEqual({ id, status: "DRAFT", version: own.version + 1 });
    expect((await row(id))!.title).toEqual(edited);
    expect(await as(a.editor).opportunities.submitForReview({ companyId: a.companyId, id })).toMatchObject({ id, status: "IN_REVIEW" });
    expect((await row(id))!.submittedAt).toBeInstanceOf(Date);
    expect(await notices(a.admin.id, "opportunity_review_requested", id)).toBe(1);
    const adminMail = await prisma().emailMessage.findFirst({ where: { toAddress: a.admin.email, template: "opportunity_review_requested" }, select: { text: true } });
    expect(adminMail!.text).toContain(`/admin/reviews/opportunities/${id}`);
    expect(adminMail!.text).toContain("Laser cutting of stainless steel wanted Quarziton");

    // In review it cannot be edited; the public still sees nothing.
    expect(await appCodeOf(owner.opportunities.update({ companyId: a.companyId, id, data: draftInput(), version: own.version }))).toBe("INVALID_STATE");
    expect((await row(id))!.title).toEqual(edited);
    expect(await appCodeOf(seeded.api.opportunities.get({ id }))).toBe("NOT_FOUND");

    // The admin's queue names the owner even though the opportunity is anonymous.
    const admin = as(a.admin);
    const queue = await admin.opportunities.pendingReview({ pageSize: 100 });
    const queued = queue.items.find((i) => i.id === id)!;
    expect(queued.company.id).toBe(a.companyId);
    expect(queued.anonymous).toBe(true);
    const review = await admin.opportunities.getForReview({ id, locale: "en" });
    expect(review.company.id).toBe(a.companyId);
    expect(review.title).toEqual(edited);

    // Approval publishes it, tells the search index, is audited and notifies the members.
    expect(await admin.opportunities.approve({ id })).toMatchObject({ id, status: "PUBLISHED" });
    const published = await row(id);
    expect(published!.status).toBe("PUBLISHED");
    expect(published!.publishedAt).toBeInstanceOf(Date);
    expect(await pendingOutbox(id)).toBe(1);
    const entry = await prisma().auditLog.findFirstOrThrow({ where: { entityId: id, action: "opportunity.approve" }, select: { actorUserId: true, before: true, after: true } });
    expect(entry.actorUserId).toBe(a.admin.id);
    expect(entry.before).toMatchObject({ status: "IN_REVIEW" });
    expect(entry.after).toMatchObject({ status: "PUBLISHED" });
    expect(await notices(a.owner.id, "opportunity_approved", id)).toBe(1);
    expect(await notices(a.editor.id, "opportunity_approved", id)).toBe(1);

    // A second approval changes nothing twice.
    expect(await appCodeOf(admin.opportunities.approve({ id }))).toBe("INVALID_STATE");
    expect(await audits(id, "opportunity.approve")).toBe(1);
    expect(await notices(a.owner.id, "opportunity_approved", id)).toBe(1);

    // Public API, search index and search results carry no trace of the owner.
    await drain();
    const company = await prisma().company.findUniqueOrThrow({ where: { id: a.companyId }, select: { name: true, nameLatin: true, slug: true } });
    const secrets = [a.companyId, company.name, company.nameLatin, company.slug];
    const document = await indexed(id);
    expect(document).toMatchObject({ anonymous: true, ownerCompanyId: null, ownerName: null, ownerNameLatin: null, _geo: null });
    const detail = await seeded.api.opportunities.get({ id, locale: "en" });
    expect(detail.owner).toBeNull();
    const found = await seeded.api.search.opportunities({ q: "Quarziton", locale: "en" });
    expect(found.items.map((i) => i.id)).toEqual([id]);
    const board = await seeded.api.opportunities.list({ pageSize: 100 });
    expect(board.items.map((i) => i.id)).toContain(id);
    for (const text of [JSON.stringify(document), JSON.stringify(detail), JSON.stringify(found.items), JSON.stringify(board.items.find((i) => i.id === id))]) {
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
    const byOwner = await seeded.api.opportunities.list({ companyId: a.companyId, pageSize: 100 });
    expect(byOwner.items.some((i) => i.id === id)).toBe(false);
    const matches = await seeded.api.matching.forOpportunity({ id, locale: "en" });
    expect(matches.length).toBeGreaterThan(0);
    // Outside the owner's team nothing in a match depends on the owner (matching/anonymity.int.test.ts).
    for (const { explanation: e } of matches) expect({ d: e.distanceKm, l: e.sharedLanguages, r: e.reciprocity }).toEqual({ d: null, l: [], r: [] });
  });

  it("treats another company's opportunity as missing and leaves it unchanged", async () => {
    const ids = {
      draft: await buildOpportunity(prisma(), a.companyId),
      published: await buildOpportunity(prisma(), a.companyId, { status: "PUBLISHED" }),
    };
    const before = { draft: await row(ids.draft), published: await row(ids.published) };
    for (const user of [a.outsider, a.otherManager]) {
      const caller = as(user);
      // Acting for a company of their own (or one they manage): the record is not there.
      const actingFor = user === a.outsider ? a.otherCompanyId : (await prisma().companyCluster.findFirstOrThrow({ where: { clusterId: a.otherClusterId }, select: { companyId: true } })).companyId;
      const attempts = (companyId: string) => [
        () => caller.opportunities.getOwn({ companyId, id: ids.draft }),
        () => caller.opportunities.update({ companyId, id: ids.draft, data: draftInput(), version: 1 }),
        () => caller.opportunities.delete({ companyId, id: ids.draft }),
        () => caller.opportunities.submitForReview({ companyId, id: ids.draft }),
        () => caller.opportunities.close({ companyId, id: ids.published }),
        () => caller.opportunities.renew({ companyId, id: ids.published, deadline: dayFromToday(90) }),
      ];
      for (const attempt of attempts(actingFor)) expect(await appCodeOf(attempt())).toBe("NOT_FOUND");
      // Acting for the owner company: refused by the rule.
      for (const attempt of attempts(a.companyId)) expect(await appCodeOf(attempt())).toBe("FORBIDDEN");
      expect((await caller.opportunities.listOwn({ companyId: actingFor, pageSize: 100 })).items.some((i) => i.id === ids.draft)).toBe(false);
    }
    // Members are not admins.
    expect(await appCodeOf(as(a.owner).opportunities.approve({ id: ids.draft }))).toBe("FORBIDDEN");
    expect(await appCodeOf(as(a.manager).opportunities.pendingReview({}))).toBe("FORBIDDEN");
    expect(await row(ids.draft)).toEqual(before.draft);
    expect(await row(ids.published)).toEqual(before.published);
    expect(await appCodeOf(as(a.admin).opportunities.getForReview({ id: "no-such-opportunity" }))).toBe("NOT_FOUND");
  });

  it("refuses bad input with a validation error and writes nothing", async () => {
    const owner = as(a.owner);
    const count = () => prisma().opportunity.count({ where: { companyId: a.companyId } });
    const before = await count();
    const bad: unknown[] = [
      { ...draftInput(), type: "SOMETHING" },
      { ...draftInput(), anonymous: "yes" },
      { ...draftInput(), deadline: "next week" },
      { ...draftInput(), title: { en: "x".repeat(201) }, description: { en: "A description long enough for the editor." } },
      { ...draftInput(), description: { bg: "x".repeat(8001), en: "A description long enough for the editor." } },
      { ...draftInput(), title: { en: "Only in English here" } },
      { ...draftInput(), requiredCapabilities: [] },
      { ...draftInput(), requiredCapabilities: Array.from({ length: 11 }, (_, i) => `MACH.X${i}`) },
      { ...draftInput(), requiredCapabilities: ["MACH.NO_SUCH_THING"] },
      { ...draftInput(), certificationsRequired: ["NO_SUCH_CERT"] },
      { ...draftInput(), cooperationTypes: [] },
      { ...draftInput(), targetCountries: ["Germany"] },
      { ...draftInput(), title: { xx: "Unknown language title" }, description: { xx: "Unknown language description text" } },
    ];
    for (const data of bad) {
      expect(await appCodeOf(owner.opportunities.create({ companyId: a.companyId, data } as never)), JSON.stringify(data).slice(0, 80)).toBe("VALIDATION");
    }
    expect(await count()).toBe(before);
    expect(await detailsOf(owner.opportunities.create({ companyId: a.companyId, data: draftInput({ requiredCapabilities: ["MACH.NO_SUCH_THING"] }) }))).toEqual({
      field: "requiredCapabilities",
      codes: ["MACH.NO_SUCH_THING"],
    });

    const id = await buildOpportunity(prisma(), a.companyId);
    const stored = await row(id);
    for (const data of bad) expect(await appCodeOf(owner.opportunities.update({ companyId: a.companyId, id, data, version: 1 } as never))).toBe("VALIDATION");
    expect(await row(id)).toEqual(stored);
    expect(await appCodeOf(owner.opportunities.renew({ companyId: a.companyId, id, deadline: "2027-02-30" }))).toBe("VALIDATION");
    expect(await appCodeOf(as(a.admin).opportunities.reject({ id, reason: "no" }))).toBe("VALIDATION");
    expect(await appCodeOf(as(a.admin).opportunities.reject({ id, reason: "x".repeat(1001) }))).toBe("VALIDATION");
  });

  it("submits only with a deadline after today and at most a year ahead", async () => {
    const owner = as(a.owner);
    for (const [deadline, problem] of [
      [dayFromToday(0), "deadline_past"],
      [dayFromToday(-10), "deadline_past"],
      [dayFromToday(367), "deadline_too_far"],
    ] as const) {
      const id = await buildOpportunity(prisma(), a.companyId, { deadline });
      expect(await detailsOf(owner.opportunities.submitForReview({ companyId: a.companyId, id }))).toEqual({ field: "deadline", problem });
      expect((await row(id))!.status).toBe("DRAFT");
    }
    const ok = await buildOpportunity(prisma(), a.companyId, { deadline: dayFromToday(1) });
    expect((await owner.opportunities.submitForReview({ companyId: a.companyId, id: ok })).status).toBe("IN_REVIEW");
  });

  it("allows each step only from its states", async () => {
    const owner = as(a.owner);
    const admin = as(a.admin);
    const statuses: OpportunityStatus[] = ["DRAFT", "IN_REVIEW", "PUBLISHED", "REJECTED", "EXPIRED", "CLOSED"];
    const allowed: Record<string, OpportunityStatus[]> = {
      update: ["DRAFT", "REJECTED"],
      delete: ["DRAFT", "REJECTED"],
      submitForReview: ["DRAFT", "REJECTED"],
      close: ["PUBLISHED", "EXPIRED"],
      renew: ["PUBLISHED", "EXPIRED"],
      approve: ["IN_REVIEW"],
      reject: ["IN_REVIEW"],
    };
    for (const [step, from] of Object.entries(allowed)) {
      for (const status of statuses.filter((s) => !from.includes(s))) {
        const id = await buildOpportunity(prisma(), a.companyId, { status, deadline: status === "EXPIRED" ? dayFromToday(-2) : undefined });
        const before = await row(id);
        const input = { companyId: a.companyId, id };
        const call = {
          update: () => owner.opportunities.update({ ...input, data: draftInput(), version: 1 }),
          delete: () => owner.opportunities.delete(input),
          submitForReview: () => owner.opportunities.submitForReview(input),
          close: () => owner.opportunities.close(input),
          renew: () => owner.opportunities.renew({ ...input, deadline: dayFromToday(40) }),
          approve: () => admin.opportunities.approve({ id }),
          reject: () => admin.opportunities.reject({ id, reason: "Not clear enough." }),
        }[step]!;
        expect(await appCodeOf(call()), `${step} from ${status}`).toBe("INVALID_STATE");
        expect(await row(id), `${step} from ${status} changed it`).toEqual(before);
      }
    }
  });

  it("rejects with a reason; the member edits (back to draft) and resubmits; approval clears the reason", async () => {
    const owner = as(a.owner);
    const admin = as(a.admin);
    const id = await buildOpportunity(prisma(), a.companyId, { status: "IN_REVIEW", title: { en: "Hydraulic presses wanted" } });
    const reason = "Please name the press force and the quantities.";
    expect(await admin.opportunities.reject({ id, reason })).toMatchObject({ id, status: "REJECTED" });
    expect(await appCodeOf(admin.opportunities.reject({ id, reason }))).toBe("INVALID_STATE");
    expect(await audits(id, "opportunity.reject")).toBe(1);
    expect(await notices(a.owner.id, "opportunity_rejected", id)).toBe(1);
    const mail = await prisma().emailMessage.findFirstOrThrow({ where: { toAddress: a.owner.email, template: "opportunity_rejected" }, orderBy: { createdAt: "desc" }, select: { text: true } });
    expect(mail.text).toContain(reason);
    // In the recipient's language (English: the builders' default).
    expect(mail.text).toContain(`${testPublicUrl}/en/workspace/companies/${a.companyId}/opportunities/${id}/edit`);

    const own = await owner.opportunities.getOwn({ companyId: a.companyId, id });
    expect(own).toMatchObject({ status: "REJECTED", rejectionReason: reason });
    expect((await owner.opportunities.listOwn({ companyId: a.companyId, statuses: ["REJECTED"] })).items.find((i) => i.id === id)?.rejectionReason).toBe(reason);

    await owner.opportunities.update({
      companyId: a.companyId,
      id,
      data: draftInput({ title: { en: "Hydraulic presses of 200 t wanted" }, description: { en: "Two presses of 200 t, delivery in spring." } }),
      version: own.version,
    });
    expect(await row(id)).toMatchObject({ status: "DRAFT", rejectionReason: reason });
    await owner.opportunities.submitForReview({ companyId: a.companyId, id });
    await admin.opportunities.approve({ id });
    expect(await row(id)).toMatchObject({ status: "PUBLISHED", rejectionReason: null });
  });

  it("refuses approval while the owner company is not published, or when the deadline passed in review", async () => {
    const admin = as(a.admin);
    const id = await buildOpportunity(prisma(), a.otherCompanyId, { status: "IN_REVIEW" });
    await prisma().company.update({ where: { id: a.otherCompanyId }, data: { status: "PENDING_REVIEW" } });
    try {
      expect(await detailsOf(admin.opportunities.approve({ id }))).toEqual({ reason: "company_not_published" });
      expect((await row(id))!.status).toBe("IN_REVIEW");
    } finally {
      await prisma().company.update({ where: { id: a.otherCompanyId }, data: { status: "PUBLISHED" } });
    }
    expect((await admin.opportunities.approve({ id })).status).toBe("PUBLISHED");

    const late = await buildOpportunity(prisma(), a.companyId, { status: "IN_REVIEW", deadline: dayFromToday(0) });
    expect(await detailsOf(admin.opportunities.approve({ id: late }))).toEqual({ field: "deadline", problem: "deadline_past" });
    expect((await row(late))!.status).toBe("IN_REVIEW");
  });

  it("renews and closes; a manager's actions are audited; search follows", async () => {
    const manager = as(a.manager);
    const id = await buildOpportunity(prisma(), a.companyId, { status: "PUBLISHED", title: { en: "Powder coating Vexolith wanted" } });
    await prisma().outbox.create({ data: { aggregateType: "opportunity", aggregateId: id, operation: "UPSERT" } });
    await drain();
    expect(await indexed(id)).toBeDefined();

    expect(await appCodeOf(manager.opportunities.renew({ companyId: a.companyId, id, deadline: dayFromToday(0) }))).toBe("VALIDATION");
    const deadline = dayFromToday(200);
    expect(await manager.opportunities.renew({ companyId: a.companyId, id, deadline })).toMatchObject({ id, status: "PUBLISHED" });
    expect((await row(id))!.deadline.toISOString().slice(0, 10)).toBe(deadline);
    const renewal = await prisma().auditLog.findFirstOrThrow({ where: { entityId: id, action: "opportunity.renew" }, select: { actorUserId: true, before: true, after: true } });
    expect(renewal.actorUserId).toBe(a.manager.id);
    expect(renewal.after).toMatchObject({ status: "PUBLISHED", deadline });
    expect(renewal.before).not.toMatchObject({ deadline });
    await drain();
    expect((await indexed(id))!.deadlineDay).toBe(Date.parse(`${deadline}T00:00:00Z`) / 86_400_000);

    expect(await manager.opportunities.close({ companyId: a.companyId, id })).toMatchObject({ id, status: "CLOSED" });
    expect((await row(id))!.closedAt).toBeInstanceOf(Date);
    expect(await audits(id, "opportunity.close")).toBe(1);
    expect(await appCodeOf(manager.opportunities.close({ companyId: a.companyId, id }))).toBe("INVALID_STATE");
    expect(await appCodeOf(manager.opportunities.renew({ companyId: a.companyId, id, deadline }))).toBe("INVALID_STATE");
    await drain();
    expect(await indexed(id)).toBeUndefined();
    expect(await appCodeOf(seeded.api.opportunities.get({ id }))).toBe("NOT_FOUND");
    expect((await seeded.api.search.opportunities({ q: "Vexolith" })).items).toEqual([]);
  });

  it("audits what managers and admins create or delete for a company, not what its members do", async () => {
    const byManager = await as(a.manager).opportunities.create({ companyId: a.companyId, data: draftInput({ title: { en: "Made by the manager" }, description: { en: "A description long enough for the editor." } }) });
    const entry = await prisma().auditLog.findFirstOrThrow({ where: { entityId: byManager.id, action: "opportunity.create" }, select: { before: true, after: true } });
    expect(entry.before).toBeNull();
    expect(entry.after).toMatchObject({ status: "DRAFT", title: { en: "Made by the manager" } });
    await as(a.admin).opportunities.delete({ companyId: a.companyId, id: byManager.id });
    expect(await row(byManager.id)).toBeNull();
    expect(await audits(byManager.id, "opportunity.delete")).toBe(1);
    expect(await appCodeOf(as(a.admin).opportunities.delete({ companyId: a.companyId, id: byManager.id }))).toBe("NOT_FOUND");

    const byEditor = await as(a.editor).opportunities.create({ companyId: a.companyId, data: draftInput({ title: { en: "Made by the editor" }, description: { en: "A description long enough for the editor." } }) });
    await as(a.editor).opportunities.delete({ companyId: a.companyId, id: byEditor.id });
    expect(await audits(byEditor.id)).toBe(0);
  });

  it("takes a double submit once: one draft, one review request, one publication", async () => {
    const owner = as(a.owner);
    const data = draftInput({ title: { en: "Sent twice by a double click" }, description: { en: "A description long enough for the editor." } });
    const [first, second] = await Promise.all([owner.opportunities.create({ companyId: a.companyId, data }), owner.opportunities.create({ companyId: a.companyId, data })]);
    expect(second.id).toBe(first.id);
    expect(await prisma().opportunity.count({ where: { companyId: a.companyId, title: { equals: { en: "Sent twice by a double click" } } } })).toBe(1);
    // The same content again later is a new opportunity: the window is for double submits only.
    const third = await owner.opportunities.create({ companyId: a.companyId, data: { ...data, type: "SUPPLY_OFFER" } });
    expect(third.id).not.toBe(first.id);

    const submits = await Promise.all([0, 1].map(() => appCodeOf(owner.opportunities.submitForReview({ companyId: a.companyId, id: first.id }))));
    expect(submits.sort()).toEqual(["INVALID_STATE", null].sort());
    expect(await notices(a.admin.id, "opportunity_review_requested", first.id)).toBe(1);

    const admin = as(a.admin);
    const approvals = await Promise.all([0, 1].map(() => appCodeOf(admin.opportunities.approve({ id: first.id }))));
    expect(approvals.sort()).toEqual(["INVALID_STATE", null].sort());
    expect(await audits(first.id, "opportunity.approve")).toBe(1);
    expect(await notices(a.owner.id, "opportunity_approved", first.id)).toBe(1);
    expect(await pendingOutbox(first.id)).toBe(1);
  });

  it("expires published opportunities after their deadline day, hides them before the job ran, and renews them", async () => {
    const past = await buildOpportunity(prisma(), a.companyId, { status: "PUBLISHED", deadline: dayFromToday(-1), title: { en: "Galvanising Trebulon wanted" } });
    const today = await buildOpportunity(prisma(), a.companyId, { status: "PUBLISHED", deadline: dayFromToday(0), title: { en: "Galvanising Trebulon offered" } });
    for (const id of [past, today]) await prisma().outbox.create({ data: { aggregateType: "opportunity", aggregateId: id, operation: "UPSERT" } });
    await drain();
    expect(await indexed(past)).toBeDefined();

    // Before the job: the past one is hidden from every public path, today's is still shown.
    expect(await appCodeOf(seeded.api.opportunities.get({ id: past }))).toBe("NOT_FOUND");
    expect((await seeded.api.opportunities.get({ id: today })).id).toBe(today);
    expect((await seeded.api.opportunities.list({ pageSize: 100 })).items.some((i) => i.id === past)).toBe(false);
    expect((await seeded.api.search.opportunities({ q: "Trebulon" })).items.map((i) => i.id)).toEqual([today]);
    expect(await appCodeOf(seeded.api.matching.forOpportunity({ id: past }))).toBe("NOT_FOUND");

    const now = seeded.clock.now();
    const first = await expireOpportunities({ prisma: prisma(), now, publicUrl: testPublicUrl });
    expect(first.expired).toBeGreaterThanOrEqual(1);
    expect(await row(past)).toMatchObject({ status: "EXPIRED", expiredAt: now });
    expect((await row(today))!.status).toBe("PUBLISHED");
    expect(await notices(a.owner.id, "opportunity_expired", past)).toBe(1);
    const mail = await prisma().emailMessage.findFirstOrThrow({ where: { toAddress: a.owner.email, template: "opportunity_expired" }, select: { text: true } });
    expect(mail.text).toContain(`${testPublicUrl}/en/workspace/companies/${a.companyId}/opportunities`);
    await drain();
    expect(await indexed(past)).toBeUndefined();

    // Running again changes nothing and tells no one twice.
    expect(await expireOpportunities({ prisma: prisma(), now, publicUrl: testPublicUrl })).toEqual({ expired: 0 });
    expect(await notices(a.owner.id, "opportunity_expired", past)).toBe(1);
    // The scheduled job runs once per day.
    const jobContext = { prisma: prisma(), logger: testLogger, publicUrl: testPublicUrl, now };
    expect(await runJobOnce(opportunityExpiryJob, jobContext)).toEqual({ expired: 0 });
    expect(await runJobOnce(opportunityExpiryJob, jobContext)).toBeNull();

    // The next day, today's one expires too.
    const tomorrow = new Date(now.getTime() + 86_400_000);
    await expireOpportunities({ prisma: prisma(), now: tomorrow, publicUrl: testPublicUrl });
    expect((await row(today))!.status).toBe("EXPIRED");

    // Renewal brings it back without a new review.
    const owner = as(a.owner);
    expect((await owner.opportunities.renew({ companyId: a.companyId, id: past, deadline: dayFromToday(30) })).status).toBe("PUBLISHED");
    expect(await row(past)).toMatchObject({ status: "PUBLISHED", expiredAt: null });
    await drain();
    expect(await indexed(past)).toBeDefined();
    expect((await seeded.api.opportunities.get({ id: past })).id).toBe(past);
    await owner.opportunities.close({ companyId: a.companyId, id: today });
    expect((await row(today))!.status).toBe("CLOSED");
  });

  it("leaves past-deadline opportunities out of a company's matches, before and after the index knows", async () => {
    const companies = await prisma().company.findMany({ where: { status: "PUBLISHED" }, select: { id: true }, orderBy: { id: "asc" } });
    let found: { companyId: string; opportunityId: string } | null = null;
    for (const c of companies) {
      const result = await seeded.api.matching.forCompany({ idOrSlug: c.id, locale: "en" });
      const first = result.opportunities[0];
      if (first) {
        found = { companyId: c.id, opportunityId: first.opportunity.id };
        break;
      }
    }
    expect(found).not.toBeNull();
    const { companyId, opportunityId } = found!;
    const original = (await row(opportunityId))!.deadline;
    await prisma().opportunity.update({ where: { id: opportunityId }, data: { deadline: new Date(`${dayFromToday(-1)}T00:00:00Z`) } });
    try {
      const ids = async () => (await seeded.api.matching.forCompany({ idOrSlug: companyId, locale: "en" })).opportunities.map((o) => o.opportunity.id);
      expect(await ids()).not.toContain(opportunityId);
      await prisma().outbox.create({ data: { aggregateType: "opportunity", aggregateId: opportunityId, operation: "UPSERT" } });
      await drain();
      expect(await ids()).not.toContain(opportunityId);
    } finally {
      await prisma().opportunity.update({ where: { id: opportunityId }, data: { deadline: original } });
      await prisma().outbox.create({ data: { aggregateType: "opportunity", aggregateId: opportunityId, operation: "UPSERT" } });
      await drain();
    }
  });

  it("lists the review queue oldest first and the company's own opportunities in every state", async () => {
    const older = await buildOpportunity(prisma(), a.companyId, { status: "IN_REVIEW" });
    const newer = await buildOpportunity(prisma(), a.companyId, { status: "IN_REVIEW" });
    await prisma().opportunity.update({ where: { id: older }, data: { submittedAt: new Date("2026-01-01T00:00:00Z") } });
    const queue = await as(a.admin).opportunities.pendingReview({ pageSize: 100 });
    const positions = [older, newer].map((id) => queue.items.findIndex((i) => i.id === id));
    expect(positions[0]).toBeGreaterThanOrEqual(0);
    expect(positions[0]).toBeLessThan(positions[1]!);
    expect(queue.total).toBe(await prisma().opportunity.count({ where: { status: "IN_REVIEW" } }));

    const all = await as(a.owner).opportunities.listOwn({ companyId: a.companyId, pageSize: 100 });
    expect(all.total).toBe(await prisma().opportunity.count({ where: { companyId: a.companyId } }));
    const counted = Object.values(all.statusCounts).reduce((sum, n) => sum + (n ?? 0), 0);
    expect(counted).toBe(all.total);
    const inReview = await as(a.owner).opportunities.listOwn({ companyId: a.companyId, statuses: ["IN_REVIEW"], pageSize: 100 });
    expect(inReview.items.map((i) => i.id)).toEqual(expect.arrayContaining([older, newer]));
    expect(inReview.items.every((i) => i.status === "IN_REVIEW")).toBe(true);
    expect(inReview.total).toBe(all.statusCounts.IN_REVIEW);
  });
});
