import { appCodeOf } from "../../test/error-codes.ts";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import { buildActors, buildUser, type Actors } from "../../test/builders.ts";
import { buildCompany } from "../../test/company-builders.ts";
import { callerFor, useSeededDatabase } from "../../test/fixtures.ts";

describe(`company teams and invitations (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  let actors: Actors;
  const as = (user: SessionUser | null) => callerFor(seeded.db.prisma, seeded.search, user);
  const prisma = () => seeded.db.prisma;

  /** The token of the newest invitation e-mail to an address, as the invitee would click it. */
  async function invitationToken(email: string): Promise<string> {
    const mail = await prisma().emailMessage.findFirstOrThrow({ where: { toAddress: email, template: "invitation" }, orderBy: { createdAt: "desc" }, select: { text: true } });
    const url = new URL(mail.text.match(/https?:\/\/\S+/)![0]);
    // Links carry the recipient's language prefix (/bg, /en, /de).
    expect(url.pathname).toMatch(/^\/(bg|en|de)\/invitations\/accept$/);
    return url.searchParams.get("token")!;
  }

  beforeAll(async () => {
    actors = await buildActors(seeded.db.prisma);
  });

  it("invites by e-mail with a hashed 32-byte token valid for 7 days, and the invitee joins", async () => {
    const { companyId, owner } = actors;
    const invitee = await buildUser(prisma(), { name: "Петър Георгиев", email: "petar@example.test", locale: "de" });
    const invitation = await as(owner).team.invite({ companyId, email: "Petar@Example.test", role: "EDITOR" });
    expect(invitation).toMatchObject({ email: "petar@example.test", role: "EDITOR", invitedByName: "Owner" });
    const days = (Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(7, 3);

    const token = await invitationToken("petar@example.test");
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const row = await prisma().invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { tokenHash: true } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.tokenHash).not.toContain(token);
    // Written in the invitee's language.
    const mail = await prisma().emailMessage.findFirstOrThrow({ where: { toAddress: "petar@example.test", template: "invitation" }, select: { subject: true } });
    expect(mail.subject).toMatch(/^Einladung/);

    const listed = await as(owner).team.list({ companyId });
    expect(listed.invitations.map((i) => i.email)).toContain("petar@example.test");

    // Someone else holding the link cannot use it.
    expect(await appCodeOf(as(actors.outsider).team.acceptInvitation({ token }))).toBe("TOKEN_INVALID");
    const joined = await as(invitee).team.acceptInvitation({ token });
    expect(joined).toMatchObject({ companyId, role: "EDITOR" });
    // A double submit gets the same answer and adds nothing.
    expect(await as(invitee).team.acceptInvitation({ token })).toEqual(joined);
    expect(await prisma().membership.count({ where: { companyId, userId: invitee.id } })).toBe(1);
    const team = await as(invitee).team.list({ companyId });
    expect(team.members.find((m) => m.userId === invitee.id)).toMatchObject({ role: "EDITOR", isYou: true });
    expect(team.invitations.map((i) => i.email)).not.toContain("petar@example.test");
    expect(await prisma().notification.count({ where: { userId: owner.id, type: "team_member_joined" } })).toBe(1);
    // Members are listed by name in Bulgarian order.
    const names = team.members.map((m) => m.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("bg").compare));
  });

  it("refuses to invite a current member, and a new invitation replaces the pending one", async () => {
    const { companyId, owner, editor } = actors;
    expect(await appCodeOf(as(owner).team.invite({ companyId, email: editor.email, role: "OWNER" }))).toBe("ALREADY_EXISTS");
    const first = await as(owner).team.invite({ companyId, email: "twice@example.test", role: "EDITOR" });
    const firstToken = await invitationToken("twice@example.test");
    const second = await as(owner).team.invite({ companyId, email: "twice@example.test", role: "OWNER" });
    const secondToken = await invitationToken("twice@example.test");
    const pending = (await as(owner).team.list({ companyId })).invitations.filter((i) => i.email === "twice@example.test");
    expect(pending.map((i) => i.id)).toEqual([second.id]);
    expect((await prisma().invitation.findUniqueOrThrow({ where: { id: first.id }, select: { revokedAt: true } })).revokedAt).not.toBeNull();
    const user = await buildUser(prisma(), { email: "twice@example.test" });
    expect(await appCodeOf(as(user).team.acceptInvitation({ token: firstToken }))).toBe("TOKEN_INVALID");
    expect((await as(user).team.acceptInvitation({ token: secondToken })).role).toBe("OWNER");
  });

  it("treats expired, revoked and unknown tokens alike", async () => {
    const { companyId, owner } = actors;
    const user = await buildUser(prisma(), { email: "late@example.test" });
    const expired = await as(owner).team.invite({ companyId, email: "late@example.test", role: "EDITOR" });
    const expiredToken = await invitationToken("late@example.test");
    await prisma().invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(seeded.clock.now().getTime() - 1000) } });
    expect(await appCodeOf(as(user).team.acceptInvitation({ token: expiredToken }))).toBe("TOKEN_INVALID");

    const revoked = await as(owner).team.invite({ companyId, email: "late@example.test", role: "EDITOR" });
    const revokedToken = await invitationToken("late@example.test");
    await as(owner).team.revokeInvitation({ companyId, invitationId: revoked.id });
    await as(owner).team.revokeInvitation({ companyId, invitationId: revoked.id }); // twice is fine
    expect(await appCodeOf(as(user).team.acceptInvitation({ token: revokedToken }))).toBe("TOKEN_INVALID");
    expect(await appCodeOf(as(user).team.acceptInvitation({ token: "x".repeat(43) }))).toBe("TOKEN_INVALID");
    expect(await appCodeOf(as(user).team.acceptInvitation({ token: "short" }))).toBe("VALIDATION");
    expect(await appCodeOf(as(null).team.acceptInvitation({ token: revokedToken }))).toBe("UNAUTHENTICATED");
    expect(await prisma().membership.count({ where: { companyId, userId: user.id } })).toBe(0);
  });

  it("changes roles and removes members, never leaving a company without an owner", async () => {
    const owner = await buildUser(prisma(), { name: "Sole Owner" });
    const editor = await buildUser(prisma(), { name: "Sole Editor" });
    const company = await buildCompany(prisma(), { members: [{ userId: owner.id, role: "OWNER" }, { userId: editor.id, role: "EDITOR" }] });
    const companyId = company.id;
    expect(await appCodeOf(as(owner).team.changeRole({ companyId, userId: owner.id, role: "EDITOR" }))).toBe("INVALID_STATE");
    expect(await appCodeOf(as(owner).team.removeMember({ companyId, userId: owner.id }))).toBe("INVALID_STATE");
    expect(await appCodeOf(as(owner).team.leave({ companyId }))).toBe("INVALID_STATE");
    // Editors manage nothing of the team.
    expect(await appCodeOf(as(editor).team.invite({ companyId, email: "x@example.test", role: "EDITOR" }))).toBe("FORBIDDEN");
    expect(await appCodeOf(as(editor).team.removeMember({ companyId, userId: owner.id }))).toBe("FORBIDDEN");

    await as(owner).team.changeRole({ companyId, userId: editor.id, role: "OWNER" });
    await as(owner).team.changeRole({ companyId, userId: owner.id, role: "EDITOR" });
    const team = await as(owner).team.list({ companyId });
    expect(team.ownerCount).toBe(1);
    expect(team.members.find((m) => m.userId === editor.id)?.role).toBe("OWNER");
    // Two requests at once cannot take away both owners.
    await prisma().membership.update({ where: { userId_companyId: { userId: owner.id, companyId } }, data: { role: "OWNER" } });
    const results = await Promise.all([
      appCodeOf(as(owner).team.removeMember({ companyId, userId: editor.id })),
      appCodeOf(as(editor).team.removeMember({ companyId, userId: owner.id })),
    ]);
    expect([...results].sort()).toEqual([null, "INVALID_STATE"].sort());
    expect(await prisma().membership.count({ where: { companyId, role: "OWNER" } })).toBe(1);

    // Whoever won is the one owner left.
    const survivor = results[0] === null ? owner : editor;
    expect(await appCodeOf(as(survivor).team.removeMember({ companyId, userId: actors.outsider.id }))).toBe("NOT_FOUND");
    expect(await appCodeOf(as(survivor).team.changeRole({ companyId, userId: survivor.id, role: "ADMIN" as never }))).toBe("VALIDATION");
  });

  it("lets a member leave, and audits what a cluster manager does with the team", async () => {
    const { companyId, manager, otherManager } = actors;
    const leaver = await buildUser(prisma());
    await prisma().membership.create({ data: { userId: leaver.id, companyId, role: "EDITOR" } });
    await as(leaver).team.leave({ companyId });
    expect(await appCodeOf(as(leaver).team.list({ companyId }))).toBe("FORBIDDEN");
    expect(await appCodeOf(as(manager).team.leave({ companyId }))).toBe("INVALID_STATE");

    expect(await appCodeOf(as(otherManager).team.invite({ companyId, email: "nope@example.test", role: "EDITOR" }))).toBe("FORBIDDEN");
    const invitation = await as(manager).team.invite({ companyId, email: "via-manager@example.test", role: "OWNER" });
    await as(manager).team.revokeInvitation({ companyId, invitationId: invitation.id });
    const entries = await prisma().auditLog.findMany({ where: { entityId: companyId, actorUserId: manager.id }, select: { action: true, after: true }, orderBy: { createdAt: "asc" } });
    expect(entries.map((e) => e.action)).toEqual(["team.invite", "team.revoke_invitation"]);
    // The audit never holds the token.
    expect(JSON.stringify(entries)).not.toContain(await invitationToken("via-manager@example.test"));
    // An invitation of another company is not found through this one.
    const other = await as(actors.outsider).team.invite({ companyId: actors.otherCompanyId, email: "elsewhere@example.test", role: "EDITOR" });
    expect(await appCodeOf(as(actors.owner).team.revokeInvitation({ companyId, invitationId: other.id }))).toBe("NOT_FOUND");
    expect((await prisma().invitation.findUniqueOrThrow({ where: { id: other.id }, select: { revokedAt: true } })).revokedAt).toBeNull();
  });
});
