import { appCodeOf } from "../../test/error-codes.ts";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import { buildActors, buildUser, type Actors } from "../../test/builders.ts";
import { errorDetails, profileOf, publishableProfile, randomEik } from "../../test/company-builders.ts";
import { callerFor, useSeededDatabase } from "../../test/fixtures.ts";
import { testLogger } from "../../test/test-database.ts";
import { companyDocument } from "../search-index/document-builder.ts";
import { drainOutboxBatch, loadSearchVocabulary } from "../search-index/index-sync.ts";
import { findCompaniesForIndex } from "../search-index/search.repository.ts";
import { findWorkingVersion } from "./revisions.repository.ts";

const registration = (overrides: Record<string, unknown> = {}) => ({
  name: "Метал Инженеринг ООД",
  legalForm: "ООД",
  country: "BG",
  registryId: randomEik(),
  city: "София",
  ...overrides,
});

describe(`company registration and the profile editor (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  let actors: Actors;
  let member: SessionUser;
  const as = (user: SessionUser | null) => callerFor(seeded.db.prisma, seeded.search, user);
  const prisma = () => seeded.db.prisma;
  const versionOf = (companyId: string) => findWorkingVersion(prisma(), companyId);

  beforeAll(async () => {
    actors = await buildActors(seeded.db.prisma);
    member = await buildUser(seeded.db.prisma, { name: "Мария Иванова", locale: "bg" });
  });

  describe("registration", () => {
    it("creates a draft company, its owner and a first draft revision in one go, with Latin forms derived", async () => {
      const eik = randomEik();
      // Typed as its VAT form with spaces: stored as the bare EIK.
      const input = registration({ registryId: `BG ${eik.slice(0, 4)} ${eik.slice(4)}` });
      const { companyId, slug } = await as(member).companies.register(input);
      const company = await prisma().company.findUniqueOrThrow({
        where: { id: companyId },
        select: { status: true, nameLatin: true, cityLatin: true, registryId: true, slug: true, publishedAt: true, memberships: { select: { userId: true, role: true } } },
      });
      expect(company).toMatchObject({ status: "DRAFT", nameLatin: "Metal Inzhenering OOD", cityLatin: "Sofia", registryId: eik, slug, publishedAt: null });
      expect(slug).toBe("metal-inzhenering-ood");
      expect(company.memberships).toEqual([{ userId: member.id, role: "OWNER" }]);
      const revisions = await prisma().companyRevision.findMany({ where: { companyId }, select: { status: true, data: true } });
      expect(revisions).toHaveLength(1);
      expect(revisions[0]!.status).toBe("DRAFT");
      expect(revisions[0]!.data).toMatchObject({ name: "Метал Инженеринг ООД", nameLatin: "Metal Inzhenering OOD", city: "София", capabilities: [] });
      // Nobody else sees a draft.
      expect(await appCodeOf(as(null).companies.get({ idOrSlug: slug }))).toBe("NOT_FOUND");
      const mine = await as(member).companies.mine();
      expect(mine.find((c) => c.companyId === companyId)).toMatchObject({ role: "OWNER", status: "DRAFT", revision: { status: "DRAFT" } });
    });

    it("refuses a registry id that is registered already, naming the firm only when it is published", async () => {
      const published = await prisma().company.findFirstOrThrow({ where: { status: "PUBLISHED", country: "BG" }, select: { registryId: true, name: true, slug: true } });
      const call = as(member).companies.register(registration({ registryId: `BG${published.registryId}`, name: "Съвсем друго име ЕООД" }));
      expect(await appCodeOf(call)).toBe("DUPLICATE_COMPANY");
      expect(await errorDetails(as(member).companies.register(registration({ registryId: published.registryId, name: "Друго ЕООД" })))).toEqual({
        reason: "registry_id",
        company: { name: published.name, slug: published.slug },
      });
      // An unpublished holder of the id stays unnamed.
      const draft = await as(member).companies.register(registration({ name: "Скрита Фирма ЕООД", city: "Видин" }));
      const draftRow = await prisma().company.findUniqueOrThrow({ where: { id: draft.companyId }, select: { registryId: true } });
      expect(await errorDetails(as(actors.outsider).companies.register(registration({ registryId: draftRow.registryId, name: "Още едно ЕООД" })))).toEqual({
        reason: "registry_id",
        company: null,
      });
    });

    it("warns about a very similar name in the same city across scripts, and registers once confirmed", async () => {
      // "Инженеринг Дунав ЕООД" of Plovdiv is in the demo data, published.
      const existing = await prisma().company.findFirstOrThrow({ where: { name: "Инженеринг Дунав ЕООД" }, select: { id: true, slug: true } });
      const input = registration({ name: "Inzhenering Dunav OOD", legalForm: "OOD", city: "Plovdiv" });
      const before = await prisma().company.count();
      expect(await errorDetails(as(member).companies.register(input))).toEqual({
        reason: "similar_name",
        candidates: [{ name: "Инженеринг Дунав ЕООД", city: "Пловдив", slug: existing.slug }],
      });
      expect(await prisma().company.count()).toBe(before);
      // Another city is another firm.
      const elsewhere = await as(member).companies.register({ ...input, registryId: randomEik(), city: "Ruse" });
      expect(elsewhere.slug).not.toBe(existing.slug);

      const confirmed = await as(member).companies.register({ ...input, confirmNotDuplicate: true });
      const revision = await prisma().companyRevision.findFirstOrThrow({ where: { companyId: confirmed.companyId }, select: { data: true } });
      expect((revision.data as { possibleDuplicates: { id: string }[] }).possibleDuplicates.map((d) => d.id)).toEqual([existing.id]);
      // The admin sees them in the diff, once submitted.
      expect(await prisma().company.count()).toBe(before + 2);
    });

    it("refuses a wrong check digit, bad fields and leftover Cyrillic, writing nothing", async () => {
      const before = await prisma().company.count();
      const bad = [
        registration({ registryId: "123456788" }),
        registration({ country: "DE", registryId: "DE123456789" }),
        registration({ name: "x" }),
        registration({ name: "М".repeat(201) }),
        registration({ website: "ftp://example.com" }),
        registration({ nameLatin: "Метал" }),
        registration({ country: "Bulgaria" }),
        { ...registration(), registryId: 123456789 },
      ];
      for (const input of bad) expect(await appCodeOf(as(member).companies.register(input as never)), JSON.stringify(input)).toBe("VALIDATION");
      // Russian letters have no Streamlined transliteration: a Latin form must be given.
      expect(await appCodeOf(as(member).companies.register(registration({ name: "Ёлка Ы ООД" })))).toBe("VALIDATION");
      expect(await prisma().company.count()).toBe(before);
      expect(await appCodeOf(as(null).companies.register(registration()))).toBe("UNAUTHENTICATED");
    });

    it("registers a double submit only once", async () => {
      const input = registration({ name: "Двойно Натискане ЕООД", city: "Бургас" });
      const results = await Promise.all([as(member).companies.register(input).catch((e: unknown) => e), as(member).companies.register(input).catch((e: unknown) => e)]);
      expect(await prisma().company.count({ where: { registryId: input.registryId } })).toBe(1);
      expect(results.filter((r) => r instanceof Error)).toHaveLength(1);
    });
  });

  describe("editing, submitting and review", () => {
    it("keeps the published version untouched while the draft goes through review, then publishes it", async () => {
      const { companyId, owner, admin, manager } = actors;
      const publishedBefore = await profileOf(prisma(), companyId);
      const editable = await as(owner).companies.getEditable({ companyId });
      expect(editable).toMatchObject({ revision: null, status: "PUBLISHED", actingAs: "OWNER", data: publishedBefore });

      const changed = {
        ...publishedBefore,
        description: { ...publishedBefore.description, en: "We mill, turn and weld steel parts in small series." },
        capabilities: [...publishedBefore.capabilities.filter((c) => c !== "JOIN.TIG"), "JOIN.TIG"],
        email: "office@example.test",
        phone: "+359 2 987 6543",
      };
      const saved = await as(owner).companies.updateProfile({ companyId, version: editable.version, data: changed });
      expect(saved.version).toBeGreaterThan(editable.version);
      expect(saved.revision?.status).toBe("DRAFT");
      expect(saved.data.email).toBe("office@example.test");
      expect(await profileOf(prisma(), companyId)).toEqual(publishedBefore);
      // Saving again updates the same draft.
      await as(owner).companies.updateProfile({ companyId, version: saved.version, data: { ...changed, employees: 77 } });
      expect(await prisma().companyRevision.count({ where: { companyId, status: "DRAFT" } })).toBe(1);

      const mailsBefore = await prisma().emailMessage.count({ where: { template: "company_review_requested" } });
      const submitted = await as(owner).companies.submitForReview({ companyId });
      expect(submitted.revision).toMatchObject({ status: "PENDING" });
      expect(submitted.status).toBe("PUBLISHED");
      expect(await appCodeOf(as(owner).companies.submitForReview({ companyId }))).toBe("INVALID_STATE");
      const notified = await prisma().notification.findMany({ where: { type: "company_review_requested", data: { path: ["companyId"], equals: companyId } }, select: { userId: true } });
      expect(notified.map((n) => n.userId).sort()).toEqual([admin.id, manager.id].sort());
      expect(await prisma().emailMessage.count({ where: { template: "company_review_requested" } })).toBeGreaterThan(mailsBefore);

      const queue = await as(admin).companies.pendingRevisions({ pageSize: 100 });
      const item = queue.items.find((i) => i.companyId === companyId)!;
      expect(item).toMatchObject({ isNew: false, submittedByName: "Owner" });

      const diff = await as(admin).companies.revisionDiff({ revisionId: item.revisionId, locale: "de" });
      expect(diff.isNew).toBe(false);
      const fields = diff.changes.map((c) => c.field);
      expect(fields).toEqual(expect.arrayContaining(["email", "phone", "employees", "description"]));
      expect(fields).not.toContain("name");
      expect(diff.unchangedFields).toContain("name");
      const description = diff.changes.find((c) => c.kind === "text" && c.lang === "en");
      expect(description?.kind === "text" && description.parts.some((p) => p.change === "added" && p.text.includes("weld"))).toBe(true);
      const capabilities = diff.changes.find((c) => c.field === "capabilities");
      if (!publishedBefore.capabilities.includes("JOIN.TIG")) {
        expect(capabilities).toMatchObject({ kind: "list", added: [{ code: "JOIN.TIG", label: "WIG-Schweißen" }] });
      }

      const outboxBefore = await prisma().outbox.count({ where: { aggregateId: companyId } });
      const decision = await as(admin).companies.approveRevision({ revisionId: item.revisionId });
      expect(decision).toMatchObject({ status: "PUBLISHED", revisionStatus: "APPROVED" });
      expect(await appCodeOf(as(admin).companies.approveRevision({ revisionId: item.revisionId }))).toBe("INVALID_STATE");
      const after = await profileOf(prisma(), companyId);
      expect(after).toMatchObject({ email: "office@example.test", employees: 77, capabilities: changed.capabilities });
      expect(await prisma().company.findUniqueOrThrow({ where: { id: companyId }, select: { size: true } })).toEqual({ size: "MEDIUM" });
      expect(await prisma().outbox.count({ where: { aggregateId: companyId } })).toBe(outboxBefore + 1);
      const audit = await prisma().auditLog.findFirstOrThrow({ where: { entityId: companyId, action: "company.revision.approve" }, select: { actorUserId: true, before: true, after: true } });
      expect(audit.actorUserId).toBe(admin.id);
      expect((audit.before as { profile: { employees: number | null } }).profile.employees).toBe(publishedBefore.employees);
      expect((audit.after as { profile: { employees: number } }).profile.employees).toBe(77);
      expect(await prisma().notification.count({ where: { userId: owner.id, type: "company_approved" } })).toBe(1);
      expect((await as(owner).companies.getEditable({ companyId })).revision).toBeNull();
    });

    it("takes a revision in review back to draft when it is edited, and starts a new draft from a rejected one", async () => {
      const { companyId, editor, admin } = actors;
      const base = await profileOf(prisma(), companyId);
      await as(editor).companies.updateProfile({ companyId, version: await versionOf(companyId), data: { ...base, foundedYear: 1999 } });
      const pending = await as(editor).companies.submitForReview({ companyId });
      const revisionId = pending.revision!.id;
      const edited = await as(editor).companies.updateProfile({ companyId, version: pending.version, data: { ...base, foundedYear: 1998 } });
      expect(edited.revision).toMatchObject({ id: revisionId, status: "DRAFT", submittedAt: null });
      expect(await appCodeOf(as(admin).companies.approveRevision({ revisionId }))).toBe("INVALID_STATE");

      await as(editor).companies.submitForReview({ companyId });
      expect(await appCodeOf(as(admin).companies.rejectRevision({ revisionId, reason: "no" }))).toBe("VALIDATION");
      expect(await appCodeOf(as(admin).companies.rejectRevision({ revisionId, reason: "x".repeat(1001) }))).toBe("VALIDATION");
      const rejected = await as(admin).companies.rejectRevision({ revisionId, reason: "The founding year contradicts the registry." });
      expect(rejected).toMatchObject({ status: "PUBLISHED", revisionStatus: "REJECTED" });
      expect(await appCodeOf(as(admin).companies.rejectRevision({ revisionId, reason: "Again and again." }))).toBe("INVALID_STATE");
      const shown = await as(editor).companies.getEditable({ companyId });
      expect(shown.revision).toMatchObject({ id: revisionId, status: "REJECTED", rejectionReason: "The founding year contradicts the registry." });
      expect(shown.data.foundedYear).toBe(1998);
      expect(await prisma().notification.count({ where: { userId: editor.id, type: "company_rejected" } })).toBe(1);
      expect(await prisma().emailMessage.count({ where: { toAddress: editor.email, template: "company_rejected" } })).toBe(1);
      // A rejected revision is not resubmitted as it is; editing it starts a new draft.
      expect(await appCodeOf(as(editor).companies.submitForReview({ companyId }))).toBe("INVALID_STATE");
      const redraft = await as(editor).companies.updateProfile({ companyId, version: shown.version, data: { ...base, foundedYear: base.foundedYear } });
      expect(redraft.revision?.status).toBe("DRAFT");
      expect(redraft.revision?.id).not.toBe(revisionId);
      expect(await prisma().companyRevision.findUniqueOrThrow({ where: { id: revisionId }, select: { status: true } })).toEqual({ status: "SUPERSEDED" });

      const discarded = await as(editor).companies.discardDraft({ companyId });
      expect(discarded.revision).toBeNull();
      expect(discarded.data).toEqual(await profileOf(prisma(), companyId));
      expect(await appCodeOf(as(editor).companies.discardDraft({ companyId }))).toBe("INVALID_STATE");
      // Members' own edits are not audited; the admin's decisions are.
      expect(await prisma().auditLog.count({ where: { entityId: companyId, actorUserId: editor.id } })).toBe(0);
      expect(await prisma().auditLog.count({ where: { entityId: companyId, action: "company.revision.reject" } })).toBe(1);
    });

    it("publishes a new company on its first approval, with every field new in the diff", async () => {
      const { companyId } = await as(member).companies.register(registration({ name: "Нова Звезда ЕООД", city: "Габрово" }));
      expect(await errorDetails(as(member).companies.submitForReview({ companyId }))).toEqual({ fields: expect.arrayContaining(["capabilities", "description"]) });
      const draft = (await as(member).companies.getEditable({ companyId })).data;
      await as(member).companies.updateProfile({ companyId, version: await versionOf(companyId), data: { ...publishableProfile(), name: draft.name, nameLatin: draft.nameLatin, city: draft.city, cityLatin: draft.cityLatin } });
      const submitted = await as(member).companies.submitForReview({ companyId });
      expect(submitted.status).toBe("PENDING_REVIEW");
      const diff = await as(actors.admin).companies.revisionDiff({ revisionId: submitted.revision!.id, locale: "en" });
      expect(diff.isNew).toBe(true);
      expect(diff.changes.find((c) => c.field === "capabilities")).toMatchObject({ kind: "list", added: [{ code: "MACH.CNC_MILLING", label: "CNC milling" }, { code: "JOIN.MIG_MAG" }], removed: [] });
      expect(diff.changes.find((c) => c.field === "name")).toMatchObject({ kind: "value", before: null, after: "Нова Звезда ЕООД" });
      expect(diff.changes.find((c) => c.field === "exportMarkets")).toMatchObject({ added: [{ code: "DE", label: "Germany" }, { code: "AT", label: "Austria" }] });

      await as(actors.admin).companies.approveRevision({ revisionId: submitted.revision!.id });
      const row = await prisma().company.findUniqueOrThrow({ where: { id: companyId }, select: { status: true, publishedAt: true, slug: true } });
      expect(row.status).toBe("PUBLISHED");
      expect(row.publishedAt).not.toBeNull();
      const visitorView = await as(null).companies.get({ idOrSlug: row.slug, locale: "en" });
      expect(visitorView.contacts).toBeNull();
      expect(visitorView.website).toBe("https://test-mashini.example");
      const memberView = await as(actors.outsider).companies.get({ idOrSlug: row.slug, locale: "en" });
      expect(memberView.contacts).toEqual({ email: "office@test-mashini.example", phone: "+359 82 123 456" });
    });

    it("refuses unknown codes, oversized fields and another company's logo, saving nothing", async () => {
      const { companyId, owner } = actors;
      const base = await profileOf(prisma(), companyId);
      const before = await prisma().companyRevision.count({ where: { companyId } });
      expect(await errorDetails(as(owner).companies.updateProfile({ companyId, version: await versionOf(companyId), data: { ...base, capabilities: ["MACH.NO_SUCH"], materials: ["unobtainium"] } }))).toEqual({
        unknownCodes: { capabilities: ["MACH.NO_SUCH"], materials: ["unobtainium"] },
      });
      // A group heading is not a capability.
      expect(await appCodeOf(as(owner).companies.updateProfile({ companyId, version: await versionOf(companyId), data: { ...base, capabilities: ["MACH"] } }))).toBe("VALIDATION");
      const bad: unknown[] = [
        { ...base, description: { en: "x".repeat(10_001) } },
        { ...base, machines: Array.from({ length: 101 }, (_, i) => `Machine ${i}`) },
        { ...base, capabilities: Array.from({ length: 31 }, () => "MACH.CNC_MILLING") },
        { ...base, capabilities: ["MACH.CNC_MILLING", "MACH.CNC_MILLING"] },
        { ...base, employees: "many" },
        { ...base, lat: 42.7, lng: null },
        { ...base, description: { xx: "Klingon" } },
        { ...base, certifications: [{ code: "ISO_9001", validUntil: "31.12.2027" }] },
        { ...base, logoKey: "../../etc/passwd" },
      ];
      for (const data of bad) expect(await appCodeOf(as(owner).companies.updateProfile({ companyId, version: await versionOf(companyId), data } as never))).toBe("VALIDATION");
      const otherLogo = `logos/${actors.otherCompanyId}-abcdef.webp`;
      expect(await appCodeOf(as(owner).companies.updateProfile({ companyId, version: await versionOf(companyId), data: { ...base, logoKey: otherLogo } }))).toBe("VALIDATION");
      expect(await prisma().companyRevision.count({ where: { companyId } })).toBe(before);
    });

    it("lets only the company's people edit it, and audits what a cluster manager does", async () => {
      const { companyId, otherCompanyId, outsider, otherManager, manager, owner } = actors;
      const base = await profileOf(prisma(), companyId);
      expect(await appCodeOf(as(outsider).companies.updateProfile({ companyId, version: await versionOf(companyId), data: base }))).toBe("FORBIDDEN");
      expect(await appCodeOf(as(otherManager).companies.getEditable({ companyId }))).toBe("FORBIDDEN");
      expect(await appCodeOf(as(owner).companies.getEditable({ companyId: otherCompanyId }))).toBe("FORBIDDEN");
      expect(await appCodeOf(as(owner).companies.getEditable({ companyId: "no-such-company" }))).toBe("FORBIDDEN");
      expect(await appCodeOf(as(owner).companies.pendingRevisions({}))).toBe("FORBIDDEN");

      await as(manager).companies.updateProfile({ companyId, version: await versionOf(companyId), data: { ...base, website: "https://manager-edit.example" } });
      await as(manager).companies.submitForReview({ companyId });
      const entries = await prisma().auditLog.findMany({ where: { entityId: companyId, actorUserId: manager.id }, select: { action: true, actorRole: true, after: true }, orderBy: { createdAt: "asc" } });
      expect(entries.map((e) => e.action)).toEqual(["company.profile.save_draft", "company.profile.submit"]);
      expect(entries[0]!.actorRole).toBe("CLUSTER_MANAGER");
      expect((entries[0]!.after as { website: string }).website).toBe("https://manager-edit.example");
      await as(manager).companies.discardDraft({ companyId });
    });

    it("never puts contacts into search documents", async () => {
      const { companyId } = actors;
      await prisma().company.update({ where: { id: companyId }, data: { email: "secret-contact@example.test", phone: "+359 888 000 111" } });
      const [row] = await findCompaniesForIndex(prisma(), [companyId]);
      const document = companyDocument(row!, await loadSearchVocabulary(prisma()));
      expect(JSON.stringify(document)).not.toMatch(/secret-contact|888 000 111/);
      // What the index worker stores is exactly this document.
      await prisma().outbox.create({ data: { aggregateType: "company", aggregateId: companyId, operation: "UPSERT" } });
      while ((await drainOutboxBatch(prisma(), seeded.search.index, () => loadSearchVocabulary(prisma()), testLogger, 500)) > 0);
      const found = await seeded.search.index.search<Record<string, unknown>>({ index: "companies", text: document.name as string, filters: [], offset: 0, limit: 50 });
      const hit = found.hits.find((h) => h.id === companyId);
      expect(hit).toBeDefined();
      expect(JSON.stringify(hit)).not.toMatch(/secret-contact|888 000 111/);
    });
  });
});
