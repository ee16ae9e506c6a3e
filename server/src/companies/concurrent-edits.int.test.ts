import { appCodeOf } from "../../test/error-codes.ts";
import { editConflictDetailsSchema, type CompanyProfile, type EditConflictDetails } from "@cluster-match/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { buildActors, type Actors } from "../../test/builders.ts";
import { buildCompany, buildPendingRevision, onePixelPngBase64, profileOf, publishableProfile } from "../../test/company-builders.ts";
import { callerFor, useSeededDatabase } from "../../test/fixtures.ts";
import type { SessionUser } from "../context.ts";
import { readRevisionData } from "./profile-data.ts";
import { findOpenRevision } from "./revisions.repository.ts";

const rounds = 10;

/** Two calls started at the same moment: which one succeeded, and the conflict the other got. */
async function race<T>(first: Promise<T>, second: Promise<T>) {
  const settled = await Promise.allSettled([first, second]);
  const won = settled.flatMap((r, i) => (r.status === "fulfilled" ? [{ index: i, value: r.value }] : []));
  const lost = settled.flatMap((r, i) => (r.status === "rejected" ? [{ index: i, error: r.reason as unknown }] : []));
  return { won, lost };
}

/** The details of the EDIT_CONFLICT an error carries (fails the test for any other outcome). */
function conflictDetails(error: unknown): EditConflictDetails {
  const cause = (error as { cause?: { name?: string; code?: string; details?: unknown } } | null)?.cause;
  expect(cause?.code).toBe("EDIT_CONFLICT");
  return editConflictDetailsSchema.parse(cause?.details);
}

/** The server places a firm from its city (the gazetteer), whatever position an edit carries. */
function withoutPosition<T extends object>(profile: T | null): Omit<T, "lat" | "lng" | "placeId" | "region"> | null {
  if (!profile) return null;
  const { lat: _lat, lng: _lng, placeId: _placeId, region: _region, ...rest } = profile as T & { lat?: unknown; lng?: unknown; placeId?: unknown; region?: unknown };
  return rest;
}

async function conflictOf(call: Promise<unknown>): Promise<EditConflictDetails> {
  return conflictDetails(await call.then(() => null, (error: unknown) => error));
}

describe(`lost updates: profile drafts and admin edits (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  let actors: Actors;
  const as = (user: SessionUser | null) => callerFor(seeded.db.prisma, seeded.search, user);
  const prisma = () => seeded.db.prisma;
  const draftOf = async (companyId: string) => {
    const open = await findOpenRevision(prisma(), companyId);
    return open ? readRevisionData(open.data).profile : null;
  };

  beforeAll(async () => {
    actors = await buildActors(seeded.db.prisma);
  });

  it("two editors saving the draft at the same moment: one wins, the other gets the conflict with what was saved, nothing is lost", async () => {
    const { companyId, owner, editor } = actors;
    for (let round = 0; round < rounds; round++) {
      // Both open the editor on the same working copy.
      const [ownerView, editorView] = [await as(owner).companies.getEditable({ companyId }), await as(editor).companies.getEditable({ companyId })];
      expect(editorView.version).toBe(ownerView.version);
      const ownerChange: CompanyProfile = { ...ownerView.data, phone: `+359 2 400 ${String(round).padStart(2, "0")}` };
      const editorChange: CompanyProfile = { ...editorView.data, website: `https://round-${round}.example` };
      const changes = [ownerChange, editorChange];

      const { won, lost } = await race(
        as(owner).companies.updateProfile({ companyId, data: ownerChange, version: ownerView.version }),
        as(editor).companies.updateProfile({ companyId, data: editorChange, version: editorView.version }),
      );
      expect(won, `round ${round}`).toHaveLength(1);
      expect(lost, `round ${round}`).toHaveLength(1);
      const winner = won[0]!;
      const loser = lost[0]!;

      // The winner's change is stored, with a new version.
      expect(winner.value.version).toBeGreaterThan(ownerView.version);
      const draft = await draftOf(companyId);
      expect(withoutPosition(draft)).toEqual(withoutPosition(changes[winner.index]!));
      // The city stayed the same: the firm keeps its position.
      expect([draft?.lat, draft?.lng]).toEqual([changes[winner.index]!.lat, changes[winner.index]!.lng]);
      // The loser is told what is saved now, and which fields differ from what it sent.
      const details = conflictDetails(loser.error);
      expect(details.version).toBe(winner.value.version);
      expect(details.current).toEqual(draft);
      expect(details.fields.sort()).toEqual(["phone", "website"]);

      // It merges (their change plus its own) and saves on the version it was told: both stay.
      const merged = { ...(details.current as CompanyProfile), phone: ownerChange.phone, website: editorChange.website };
      const loserUser = loser.index === 0 ? owner : editor;
      const saved = await as(loserUser).companies.updateProfile({ companyId, data: merged, version: details.version });
      expect(saved.data).toMatchObject({ phone: ownerChange.phone, website: editorChange.website });
      expect(withoutPosition(await draftOf(companyId))).toEqual(withoutPosition(merged));
    }
  });

  it("refuses a stale version for every step on the working copy, changing nothing", async () => {
    const { companyId, owner, editor } = actors;
    const loaded = await as(editor).companies.getEditable({ companyId });
    const saved = await as(owner).companies.updateProfile({ companyId, data: { ...loaded.data, employees: 42 }, version: loaded.version });
    const before = await draftOf(companyId);

    const details = await conflictOf(as(editor).companies.updateProfile({ companyId, data: { ...loaded.data, foundedYear: 1990 }, version: loaded.version }));
    expect(details).toMatchObject({ version: saved.version, current: { employees: 42 } });
    expect(details.fields.sort()).toEqual(["employees", "foundedYear"]);
    // Submitting, discarding and logo changes from the old view are refused too: they would act on a draft the editor has not seen.
    expect(await appCodeOf(as(editor).companies.submitForReview({ companyId, version: loaded.version }))).toBe("EDIT_CONFLICT");
    expect(await appCodeOf(as(editor).companies.discardDraft({ companyId, version: loaded.version }))).toBe("EDIT_CONFLICT");
    expect(await appCodeOf(as(editor).companies.removeLogo({ companyId, version: loaded.version }))).toBe("EDIT_CONFLICT");
    expect(await appCodeOf(as(editor).companies.uploadLogo({ companyId, fileName: "logo.png", dataBase64: onePixelPngBase64, version: loaded.version }))).toBe("EDIT_CONFLICT");
    expect(await draftOf(companyId)).toEqual(before);
    expect((await as(owner).companies.getEditable({ companyId })).version).toBe(saved.version);

    // On the current version a logo change goes through and answers the next version.
    const logo = await as(editor).companies.uploadLogo({ companyId, fileName: "logo.png", dataBase64: onePixelPngBase64, version: saved.version });
    expect(logo.version).toBeGreaterThan(saved.version);
    const removed = await as(editor).companies.removeLogo({ companyId, version: logo.version });
    expect((await as(editor).companies.discardDraft({ companyId, version: removed.version })).revision).toBeNull();
  });

  it("never takes an old version for a new one: across discard, a new draft, review and rejection", async () => {
    const { companyId, owner, editor, admin } = actors;
    const base = await profileOf(prisma(), companyId);
    // No draft yet: both editors see the published profile.
    const idle = await as(editor).companies.getEditable({ companyId });
    expect(idle.revision).toBeNull();
    const first = await as(owner).companies.updateProfile({ companyId, data: { ...base, employees: 11 }, version: idle.version });
    // The editor still looks at "no draft": refused, although it never saw a draft to conflict with.
    expect((await conflictOf(as(editor).companies.updateProfile({ companyId, data: { ...base, employees: 12 }, version: idle.version }))).current).toMatchObject({ employees: 11 });

    // The owner discards and starts again: the new draft's version is new, so the editor's view of the first one does not fit it.
    const discarded = await as(owner).companies.discardDraft({ companyId, version: first.version });
    const second = await as(owner).companies.updateProfile({ companyId, data: { ...base, employees: 13 }, version: discarded.version });
    expect(second.revision!.id).not.toBe(first.revision!.id);
    for (const stale of [idle.version, first.version, discarded.version]) {
      expect(await appCodeOf(as(editor).companies.updateProfile({ companyId, data: { ...base, employees: 14 }, version: stale }))).toBe("EDIT_CONFLICT");
    }

    // Submitted and rejected meanwhile: the editor's version of the draft no longer fits; the current one starts a new draft.
    const submitted = await as(owner).companies.submitForReview({ companyId, version: second.version });
    await as(admin).companies.rejectRevision({ revisionId: submitted.revision!.id, reason: "Employee count does not match the registry." });
    expect(await appCodeOf(as(editor).companies.updateProfile({ companyId, data: { ...base, employees: 15 }, version: second.version }))).toBe("EDIT_CONFLICT");
    const rejected = await as(editor).companies.getEditable({ companyId });
    expect(rejected.revision?.status).toBe("REJECTED");
    const redraft = await as(editor).companies.updateProfile({ companyId, data: { ...base, employees: 16 }, version: rejected.version });
    expect(redraft.revision).toMatchObject({ status: "DRAFT" });
    expect(redraft.version).toBeGreaterThan(rejected.version);
    await as(editor).companies.discardDraft({ companyId, version: redraft.version });
  });

  it("two admins editing a company at the same moment: one wins, the other gets the conflict with what was saved", async () => {
    const company = await buildCompany(prisma());
    const { admin } = actors;
    for (let round = 0; round < rounds; round++) {
      const loaded = await as(admin).companies.adminGet({ companyId: company.id });
      const base = { ...publishableProfile({ name: loaded.data.name, nameLatin: loaded.data.nameLatin }), registryId: loaded.registryId, country: loaded.country };
      const changes = [
        { ...base, phone: `+359 82 500 ${String(round).padStart(2, "0")}` },
        { ...base, city: `Русе ${round}`, cityLatin: `Ruse ${round}` },
      ];
      const { won, lost } = await race(
        as(admin).companies.adminUpdate({ companyId: company.id, data: changes[0]!, version: loaded.version }),
        as(admin).companies.adminUpdate({ companyId: company.id, data: changes[1]!, version: loaded.version }),
      );
      expect(won, `round ${round}`).toHaveLength(1);
      expect(lost, `round ${round}`).toHaveLength(1);
      const winner = won[0]!;
      expect(winner.value.version).toBe(loaded.version + 1);
      const { registryId: _registryId, country: _country, ...winnerProfile } = changes[winner.index]!;
      const stored = await profileOf(prisma(), company.id);
      expect(withoutPosition(stored)).toEqual(withoutPosition(winnerProfile));
      // An unchanged city keeps the firm's position; a new one is placed by the gazetteer, which
      // knows "Русе" but not "Русе 3".
      const placed = winnerProfile.city === "Русе" ? expect.any(Number) : null;
      const keeps = winnerProfile.city === loaded.data.city && loaded.data.lat !== null;
      expect(stored.lat).toEqual(keeps ? loaded.data.lat : placed);
      const details = conflictDetails(lost[0]!.error);
      expect(details.version).toBe(winner.value.version);
      expect(withoutPosition(details.current)).toEqual(withoutPosition(changes[winner.index]!));
      expect(details.fields.sort()).toEqual(["city", "cityLatin", "phone"]);
    }
    expect(await prisma().auditLog.count({ where: { entityId: company.id, action: "company.admin_update" } })).toBe(rounds);
  });

  it("refuses an admin's edit started before a revision was approved", async () => {
    const { admin } = actors;
    const company = await buildCompany(prisma(), { status: "PUBLISHED" });
    const loaded = await as(admin).companies.adminGet({ companyId: company.id });
    const revisionId = await buildPendingRevision(prisma(), company.id, publishableProfile({ name: "Одобрена Промяна ООД" }));
    await as(admin).companies.approveRevision({ revisionId });
    const data = { ...loaded.data, ...publishableProfile({ name: loaded.data.name }), registryId: loaded.registryId, country: loaded.country };
    const details = await conflictOf(as(admin).companies.adminUpdate({ companyId: company.id, data, version: loaded.version }));
    expect(details.current).toMatchObject({ name: "Одобрена Промяна ООД" });
    expect(details.fields).toContain("name");
    expect((await profileOf(prisma(), company.id)).name).toBe("Одобрена Промяна ООД");
    // Setting the badge does not touch the profile, so it does not make the admin's form stale.
    const current = await as(admin).companies.adminGet({ companyId: company.id });
    await as(admin).companies.setVerified({ companyId: company.id, verified: true });
    expect((await as(admin).companies.adminUpdate({ companyId: company.id, data, version: current.version })).version).toBe(current.version + 1);
  });
});
