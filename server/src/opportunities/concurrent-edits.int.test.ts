import { editConflictDetailsSchema, type EditConflictDetails } from "@cluster-match/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { buildActors, type Actors } from "../../test/builders.ts";
import { appCodeOf, callerFor, useSeededDatabase } from "../../test/fixtures.ts";
import type { SessionUser } from "../context.ts";
import { opportunityBuilders } from "../../test/opportunity-builders.ts";

const rounds = 10;

function conflictDetails(error: unknown): EditConflictDetails {
  const cause = (error as { cause?: { code?: string; details?: unknown } } | null)?.cause;
  expect(cause?.code).toBe("EDIT_CONFLICT");
  return editConflictDetailsSchema.parse(cause?.details);
}

describe(`lost updates: opportunity drafts (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  const { buildOpportunity, draftInput } = opportunityBuilders(seeded.clock);
  let a: Actors;
  const as = (user: SessionUser | null) => callerFor(seeded.db.prisma, seeded.search, user);
  const stored = async (id: string) => {
    const own = await as(a.owner).opportunities.getOwn({ companyId: a.companyId, id });
    return { title: own.title, targetCountries: own.targetCountries, version: own.version };
  };

  beforeAll(async () => {
    a = await buildActors(seeded.db.prisma);
  });

  it("two editors saving a draft at the same moment: one wins, the other gets the conflict with what was saved, nothing is lost", async () => {
    const id = await buildOpportunity(seeded.db.prisma, a.companyId);
    const companyId = a.companyId;
    for (let round = 0; round < rounds; round++) {
      const loaded = await as(a.editor).opportunities.getOwn({ companyId, id });
      const changes = [
        draftInput({ title: { en: `Subcontractor wanted, round ${round}` }, description: { en: "We look for a subcontractor for series CNC milling." } }),
        draftInput({ title: { en: "Subcontractor wanted" }, description: { en: "We look for a subcontractor for series CNC milling." }, targetCountries: ["DE", `A${String.fromCharCode(65 + round)}`] }),
      ];
      const settled = await Promise.allSettled([
        as(a.owner).opportunities.update({ companyId, id, data: changes[0]!, version: loaded.version }),
        as(a.editor).opportunities.update({ companyId, id, data: changes[1]!, version: loaded.version }),
      ]);
      const won = settled.flatMap((r, i) => (r.status === "fulfilled" ? [{ index: i, value: r.value }] : []));
      const lost = settled.flatMap((r, i) => (r.status === "rejected" ? [{ index: i, error: r.reason as unknown }] : []));
      expect(won, `round ${round}`).toHaveLength(1);
      expect(lost, `round ${round}`).toHaveLength(1);
      const winner = won[0]!;
      const sent = changes[winner.index]!;
      expect(winner.value).toEqual({ id, status: "DRAFT", version: loaded.version + 1 });
      expect(await stored(id)).toEqual({ title: sent.title, targetCountries: sent.targetCountries, version: loaded.version + 1 });

      const details = conflictDetails(lost[0]!.error);
      expect(details.version).toBe(loaded.version + 1);
      expect(details.current).toMatchObject({ title: sent.title, targetCountries: sent.targetCountries, requiredCapabilities: sent.requiredCapabilities });
      expect(details.fields.sort()).toEqual(["targetCountries", "title"]);

      // The loser takes the winner's change into its form and saves on the version it was told.
      const loserChange = changes[lost[0]!.index]!;
      const merged = winner.index === 0 ? { ...changes[0]!, targetCountries: loserChange.targetCountries } : { ...changes[1]!, title: loserChange.title };
      const user = lost[0]!.index === 0 ? a.owner : a.editor;
      const saved = await as(user).opportunities.update({ companyId, id, data: merged, version: details.version });
      expect(saved.version).toBe(details.version + 1);
      expect(await stored(id)).toEqual({ title: merged.title, targetCountries: merged.targetCountries, version: saved.version });
    }
  });

  it("refuses a stale version, also after the opportunity went through review, changing nothing", async () => {
    const companyId = a.companyId;
    const id = await buildOpportunity(seeded.db.prisma, companyId);
    const loaded = await as(a.editor).opportunities.getOwn({ companyId, id });
    const saved = await as(a.owner).opportunities.update({ companyId, id, data: draftInput({ anonymous: true }), version: loaded.version });
    const before = await stored(id);
    const details = conflictDetails(await as(a.editor).opportunities.update({ companyId, id, data: draftInput({ deadline: "2099-01-01" }), version: loaded.version }).then(() => null, (e: unknown) => e));
    expect(details).toMatchObject({ version: saved.version, current: { anonymous: true } });
    expect(details.fields.sort()).toEqual(["anonymous", "deadline"]);
    expect(await stored(id)).toEqual(before);

    // Submitted and rejected in between: the status moved on, and so did the version.
    await as(a.owner).opportunities.submitForReview({ companyId, id });
    const rejected = await as(a.admin).opportunities.reject({ id, reason: "Please name the quantities." });
    expect(rejected.version).toBeGreaterThan(saved.version + 1);
    expect(await appCodeOf(as(a.owner).opportunities.update({ companyId, id, data: draftInput(), version: saved.version }))).toBe("EDIT_CONFLICT");
    // On the current version the rejected opportunity becomes a draft again.
    expect(await as(a.owner).opportunities.update({ companyId, id, data: draftInput(), version: rejected.version })).toEqual({ id, status: "DRAFT", version: rejected.version + 1 });
    // A state that cannot be edited says so before any version talk.
    await as(a.owner).opportunities.submitForReview({ companyId, id });
    expect(await appCodeOf(as(a.owner).opportunities.update({ companyId, id, data: draftInput(), version: 1 }))).toBe("INVALID_STATE");
  });
});
