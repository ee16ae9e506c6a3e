import { beforeAll, describe, expect, it } from "vitest";
import { buildActors, buildUser, type Actors } from "../../test/builders.ts";
import { buildCompany, errorDetails } from "../../test/company-builders.ts";
import { appCodeOf, callerFor, testPublicUrl, useSeededDatabase } from "../../test/fixtures.ts";
import type { SessionUser } from "../context.ts";
import { sendClaimInvitation } from "./claim-invitation.ts";

describe(`claiming firms without users (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  let actors: Actors;
  const prisma = () => seeded.db.prisma;
  const as = (user: SessionUser | null, ip = "198.51.100.7") =>
    callerFor(seeded.db.prisma, seeded.search, user, { headers: new Headers(), ip, setCookie: () => {} });

  beforeAll(async () => {
    actors = await buildActors(seeded.db.prisma);
  });

  let n = 0;
  /** A published firm nobody acts for, in the fixtures' cluster (its manager decides) unless told otherwise. */
  async function memberlessFirm(options: { website?: string | null; email?: string | null; clusterId?: string | null; country?: string } = {}) {
    n += 1;
    const clusterId = options.clusterId === undefined ? actors.clusterId : options.clusterId;
    const company = await buildCompany(prisma(), clusterId ? { clusterId } : {});
    await prisma().company.update({
      where: { id: company.id },
      data: {
        website: options.website === undefined ? `https://www.firm${n}.example` : options.website,
        email: options.email === undefined ? `office@firm${n}.example` : options.email,
        country: options.country ?? "BG",
      },
    });
    return { ...company, domain: `firm${n}.example` };
  }

  const roleOf = async (companyId: string, userId: string) =>
    (await prisma().membership.findUnique({ where: { userId_companyId: { userId, companyId } }, select: { role: true } }))?.role ?? null;
  const notices = (userId: string, type: string) => prisma().notification.findMany({ where: { userId, type }, select: { data: true } });
  const lastMail = (to: string, template: string) =>
    prisma().emailMessage.findFirstOrThrow({ where: { toAddress: to, template }, orderBy: { createdAt: "desc" }, select: { subject: true, text: true } });
  const codeIn = (text: string) => /\b(\d{6})\b/.exec(text)![1]!;

  it("claims at once when the user's confirmed address is at the firm's website domain, audited, the contact point told", async () => {
    const firm = await memberlessFirm();
    const anna = await buildUser(prisma(), { name: "Anna Keller", email: `anna@sales.${firm.domain}` });
    expect(await as(null).claims.claimable({ companyId: firm.id })).toEqual({ claimable: true });
    const options = await as(anna).claims.options({ idOrSlug: firm.slug });
    expect(options).toMatchObject({ blocked: null, domainMatches: true, registeredEmail: `o•••@${firm.domain}`, decidedBy: "managers", openClaim: null });

    const claim = await as(anna).claims.claimByDomain({ companyId: firm.id });
    expect(claim).toMatchObject({ status: "APPROVED", method: "EMAIL_DOMAIN", company: { id: firm.id } });
    expect(await roleOf(firm.id, anna.id)).toBe("OWNER");
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { entityId: firm.id, action: "company.claim" }, select: { actorUserId: true, after: true } });
    expect(audit).toMatchObject({ actorUserId: anna.id, after: { method: "EMAIL_DOMAIN", ownerUserId: anna.id } });
    expect(await notices(anna.id, "claim_approved")).toHaveLength(1);
    expect(await notices(actors.manager.id, "claim_approved")).toHaveLength(1);
    // Now the firm has a team: nobody else can claim it.
    expect(await as(null).claims.claimable({ companyId: firm.id })).toEqual({ claimable: false });
    const ben = await buildUser(prisma(), { email: `ben@${firm.domain}` });
    expect((await as(ben).claims.options({ idOrSlug: firm.id })).blocked).toBe("has_members");
    expect(await errorDetails(as(ben).claims.claimByDomain({ companyId: firm.id }))).toMatchObject({ reason: "has_members" });
  });

  it("never matches through a registered address alone (webmail, or a mailbox at the firm's internet provider)", async () => {
    const firm = await memberlessFirm({ website: null, email: "mechanika.ruse@abv.bg" });
    const user = await buildUser(prisma(), { email: "ivan.petrov@abv.bg" });
    expect((await as(user).claims.options({ idOrSlug: firm.id })).domainMatches).toBe(false);
    expect(await errorDetails(as(user).claims.claimByDomain({ companyId: firm.id }))).toMatchObject({ reason: "domain_mismatch" });
    expect(await roleOf(firm.id, user.id)).toBeNull();

    // office@mbox.contact.bg: another customer of the same provider is not the firm.
    const other = await memberlessFirm({ website: null, email: "office@mbox.contact.bg" });
    const eve = await buildUser(prisma(), { email: "eve@contact.bg" });
    expect((await as(eve).claims.options({ idOrSlug: other.id })).domainMatches).toBe(false);
    expect(await errorDetails(as(eve).claims.claimByDomain({ companyId: other.id }))).toMatchObject({ reason: "domain_mismatch" });
    expect(await roleOf(other.id, eve.id)).toBeNull();
  });

  it("sends a code to the registered address in the firm's language; the right code makes the claimant owner", async () => {
    const firm = await memberlessFirm({ country: "DE" });
    const user = await buildUser(prisma(), { name: "Jana Novak", email: "jana.novak@gmail.com" });
    const sent = await as(user).claims.sendCode({ companyId: firm.id });
    expect(sent).toMatchObject({ status: "AWAITING_CODE", codeSentTo: `o•••@${firm.domain}`, attemptsLeft: 5 });
    expect(Date.parse(sent.codeExpiresAt!) - seeded.clock.now().getTime()).toBe(30 * 60_000);
    const mail = await lastMail(`office@${firm.domain}`, "claim_code");
    expect(mail.subject).toMatch(/^Bestätigungscode/);
    // Who asked, and that ignoring it is safe.
    expect(mail.text).toContain("Jana Novak (jana.novak@gmail.com)");
    expect(mail.text).toContain("ignorieren");
    const code = codeIn(mail.text);
    const row = await prisma().companyClaim.findUniqueOrThrow({ where: { id: sent.id }, select: { codeHash: true } });
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.codeHash).not.toContain(code);

    // A second code only after a minute.
    expect(await appCodeOf(as(user).claims.sendCode({ companyId: firm.id }))).toBe("RATE_LIMITED");

    const wrong = code === "000000" ? "111111" : "000000";
    expect(await errorDetails(as(user).claims.verifyCode({ claimId: sent.id, code: wrong }))).toMatchObject({ reason: "wrong_code", attemptsLeft: 4 });
    // Somebody else's claim is "not found", whatever the code.
    expect(await appCodeOf(as(actors.outsider).claims.verifyCode({ claimId: sent.id, code }))).toBe("NOT_FOUND");
    const done = await as(user).claims.verifyCode({ claimId: sent.id, code });
    expect(done).toMatchObject({ status: "APPROVED", method: "CODE" });
    expect(await roleOf(firm.id, user.id)).toBe("OWNER");
    expect(await prisma().companyClaim.findUniqueOrThrow({ where: { id: sent.id }, select: { codeHash: true } })).toEqual({ codeHash: null });
    // Used: the same code does nothing more.
    expect(await appCodeOf(as(user).claims.verifyCode({ claimId: sent.id, code }))).toBe("INVALID_STATE");
  });

  it("refuses an expired code and, after five wrong ones, even the right one", async () => {
    const firm = await memberlessFirm();
    const user = await buildUser(prisma());
    const sent = await as(user).claims.sendCode({ companyId: firm.id });
    const code = codeIn((await lastMail(`office@${firm.domain}`, "claim_code")).text);
    seeded.clock.advance(31 * 60_000);
    try {
      expect(await errorDetails(as(user).claims.verifyCode({ claimId: sent.id, code }))).toMatchObject({ reason: "code_expired" });
      // A new code (the minute has passed) works again.
      const again = await as(user).claims.sendCode({ companyId: firm.id });
      expect(again.id).toBe(sent.id);
      const fresh = codeIn((await lastMail(`office@${firm.domain}`, "claim_code")).text);
      const wrong = fresh === "000000" ? "111111" : "000000";
      const reasons: unknown[] = [];
      for (let i = 0; i < 5; i++) reasons.push((await errorDetails(as(user).claims.verifyCode({ claimId: sent.id, code: wrong })))?.reason);
      expect(reasons).toEqual(["wrong_code", "wrong_code", "wrong_code", "wrong_code", "too_many_attempts"]);
      expect(await errorDetails(as(user).claims.verifyCode({ claimId: sent.id, code: fresh }))).toMatchObject({ reason: "too_many_attempts" });
      expect(await roleOf(firm.id, user.id)).toBeNull();
    } finally {
      seeded.clock.advance(-31 * 60_000);
    }
  });

  it("limits how many codes one user may try, across claims", async () => {
    const user = await buildUser(prisma());
    const firm = await memberlessFirm();
    const sent = await as(user).claims.sendCode({ companyId: firm.id });
    const codes: (string | null)[] = [];
    for (let i = 0; i < 16; i++) codes.push(await appCodeOf(as(user).claims.verifyCode({ claimId: sent.id, code: "999999" })));
    expect(codes.at(-1)).toBe("RATE_LIMITED");
  });

  it("refuses a code for a firm without a registered address", async () => {
    const firm = await memberlessFirm({ email: null });
    const user = await buildUser(prisma());
    expect((await as(user).claims.options({ idOrSlug: firm.id })).registeredEmail).toBeNull();
    expect(await errorDetails(as(user).claims.sendCode({ companyId: firm.id }))).toMatchObject({ reason: "no_registered_email" });
  });

  it("goes to the cluster's managers for approval, one open claim per user and firm; the manager approves", async () => {
    const firm = await memberlessFirm();
    const user = await buildUser(prisma(), { name: "Petya Ivanova" });
    const note = "I am the managing director of the firm since 2019.";
    const first = await as(user).claims.requestApproval({ companyId: firm.id, note });
    const second = await as(user).claims.requestApproval({ companyId: firm.id, note: `${note} Call me.` });
    expect(second.id).toBe(first.id);
    expect(await prisma().companyClaim.count({ where: { companyId: firm.id, userId: user.id } })).toBe(1);
    expect(second.status).toBe("AWAITING_APPROVAL");
    expect(await notices(actors.manager.id, "claim_to_decide")).not.toHaveLength(0);
    const mail = await lastMail(actors.manager.email, "claim_to_decide");
    expect(mail.text).toContain("Petya Ivanova");
    expect(mail.text).toContain("Call me.");

    const queue = await as(actors.manager).claims.listForCluster({ clusterId: actors.clusterId, status: "AWAITING_APPROVAL" });
    expect(queue.items.find((c) => c.id === first.id)).toMatchObject({ claimant: { name: "Petya Ivanova" }, note: `${note} Call me.`, company: { id: firm.id, hasMembers: false } });
    // Another cluster's queue does not hold it; its manager cannot decide it.
    const other = await as(actors.otherManager).claims.listForCluster({ clusterId: actors.otherClusterId });
    expect(other.items.map((c) => c.id)).not.toContain(first.id);
    expect(await appCodeOf(as(actors.otherManager).claims.approve({ companyId: firm.id, claimId: first.id }))).toBe("FORBIDDEN");
    expect(await appCodeOf(as(actors.outsider).claims.approve({ companyId: firm.id, claimId: first.id }))).toBe("FORBIDDEN");
    // A claim named under another firm is not found.
    expect(await appCodeOf(as(actors.manager).claims.approve({ companyId: actors.companyId, claimId: first.id }))).toBe("NOT_FOUND");

    expect(await as(actors.manager).claims.approve({ companyId: firm.id, claimId: first.id })).toEqual({ id: first.id, status: "APPROVED" });
    expect(await roleOf(firm.id, user.id)).toBe("OWNER");
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { entityId: firm.id, action: "company.claim" }, select: { actorUserId: true, after: true } });
    expect(audit).toMatchObject({ actorUserId: actors.manager.id, after: { method: "MANAGER" } });
    expect(await notices(user.id, "claim_approved")).toHaveLength(1);
    expect(await appCodeOf(as(actors.manager).claims.approve({ companyId: firm.id, claimId: first.id }))).toBe("INVALID_STATE");
  });

  it("rejects with a reason the claimant is told; a firm in no cluster goes to the admins", async () => {
    const firm = await memberlessFirm({ clusterId: null });
    const user = await buildUser(prisma());
    const claim = await as(user).claims.requestApproval({ companyId: firm.id, note: "I work in the sales department here." });
    expect((await as(user).claims.options({ idOrSlug: firm.id })).decidedBy).toBe("admins");
    expect(await notices(actors.admin.id, "claim_to_decide")).not.toHaveLength(0);
    expect((await as(actors.admin).claims.listAll({ status: "AWAITING_APPROVAL" })).items.map((c) => c.id)).toContain(claim.id);
    expect(await appCodeOf(as(actors.manager).claims.reject({ companyId: firm.id, claimId: claim.id, reason: "Unknown" }))).toBe("FORBIDDEN");
    expect(await as(actors.admin).claims.reject({ companyId: firm.id, claimId: claim.id, reason: "We could not confirm your role." })).toMatchObject({ status: "REJECTED" });
    const [notice] = await notices(user.id, "claim_rejected");
    expect(notice?.data).toMatchObject({ reason: "We could not confirm your role.", claimedByOther: false });
    expect(await roleOf(firm.id, user.id)).toBeNull();
    expect((await as(user).claims.mine()).find((c) => c.id === claim.id)).toMatchObject({ status: "REJECTED", rejectReason: "We could not confirm your role." });
  });

  it("ends the other claimants' open claims when one becomes the owner, and tells them", async () => {
    const firm = await memberlessFirm();
    const [a, b] = await Promise.all([buildUser(prisma()), buildUser(prisma(), { email: `boss@${firm.domain}` })]);
    const waiting = await as(a).claims.requestApproval({ companyId: firm.id, note: "I am the production manager here." });
    await as(b).claims.claimByDomain({ companyId: firm.id });
    expect((await prisma().companyClaim.findUniqueOrThrow({ where: { id: waiting.id }, select: { status: true } })).status).toBe("CANCELLED");
    expect((await notices(a.id, "claim_rejected"))[0]?.data).toMatchObject({ claimedByOther: true });
  });

  it("claims by the link the contact point sent to the registered address: once, for 14 days", async () => {
    const firm = await memberlessFirm({ country: "AT" });
    const { sentTo } = await prisma().$transaction((tx) => sendClaimInvitation(tx, { companyId: firm.id, invitedByUserId: actors.manager.id, publicUrl: testPublicUrl, now: seeded.clock.now() }));
    expect(sentTo).toBe(`office@${firm.domain}`);
    const mail = await lastMail(sentTo, "claim_invitation");
    expect(mail.text).toContain("Manager");
    expect(mail.subject).toMatch(/Übernehmen/);
    // Signed by the firm's own cluster, never by another's.
    const own = await prisma().companyCluster.findMany({ where: { companyId: firm.id }, select: { cluster: { select: { nameLocal: true, nameEn: true } } } });
    const names = own.flatMap((c) => [c.cluster.nameLocal, c.cluster.nameEn]);
    const signature = mail.text.split("\n--\n")[1]!;
    expect(own.length).toBe(1);
    expect(names.some((n) => signature.includes(n))).toBe(true);
    const url = new URL(/https?:\/\/\S+/.exec(mail.text)![0]);
    // (The link may carry the reader's language in front: /de/claim.)
    expect(url.pathname).toMatch(/^(\/[a-z]{2})?\/claim$/);
    const token = url.searchParams.get("token")!;
    // Only the hash of the secret is stored.
    const stored = await prisma().verification.findMany({ where: { identifier: { startsWith: `claim-link:${firm.id}:` } }, select: { identifier: true, value: true } });
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token.split(".")[1]);

    expect(await as(null).claims.linkInfo({ token })).toMatchObject({ company: { id: firm.id } });
    expect(await appCodeOf(as(null).claims.linkInfo({ token: `${token}x` }))).toBe("TOKEN_INVALID");
    const user = await buildUser(prisma(), { email: "someone@gmail.com" });
    expect(await as(user).claims.claimWithLink({ token })).toMatchObject({ status: "APPROVED", method: "CLAIM_LINK" });
    expect(await roleOf(firm.id, user.id)).toBe("OWNER");
    expect(await appCodeOf(as(null).claims.claimWithLink({ token }))).toBe("UNAUTHENTICATED");
    expect(await appCodeOf(as(actors.outsider).claims.claimWithLink({ token }))).toBe("TOKEN_INVALID");

    const later = await memberlessFirm();
    await prisma().$transaction((tx) => sendClaimInvitation(tx, { companyId: later.id, invitedByUserId: actors.admin.id, publicUrl: testPublicUrl, now: seeded.clock.now() }));
    const laterToken = new URL(/https?:\/\/\S+/.exec((await lastMail(`office@${later.domain}`, "claim_invitation")).text)![0]).searchParams.get("token")!;
    seeded.clock.advance(14 * 86_400_000 + 1000);
    try {
      expect(await appCodeOf(as(actors.outsider).claims.claimWithLink({ token: laterToken }))).toBe("TOKEN_INVALID");
    } finally {
      seeded.clock.advance(-(14 * 86_400_000 + 1000));
    }

    const silent = await memberlessFirm({ email: null });
    const refused = prisma().$transaction((tx) => sendClaimInvitation(tx, { companyId: silent.id, invitedByUserId: actors.admin.id, publicUrl: testPublicUrl, now: seeded.clock.now() }));
    expect(await appCodeOf(refused)).toBe("INVALID_STATE");
  });

  it("hands the requests that waited with the contact point to the new team, telling each sender and the owner", async () => {
    const firm = await memberlessFirm();
    const senderOwner = actors.owner;
    const waiting = await prisma().introduction.create({
      data: { kind: "COMPANY", fromCompanyId: actors.companyId, toCompanyId: firm.id, message: "We need 500 milled brackets a month.", status: "WITH_CONTACT_POINT" },
      select: { id: true },
    });
    const declined = await prisma().introduction.create({
      data: { kind: "COMPANY", fromCompanyId: actors.otherCompanyId, toCompanyId: firm.id, message: "Older request, declined.", status: "DECLINED" },
      select: { id: true },
    });
    const user = await buildUser(prisma(), { email: `owner@${firm.domain}` });
    await as(user).claims.claimByDomain({ companyId: firm.id });
    const statuses = await prisma().introduction.findMany({ where: { id: { in: [waiting.id, declined.id] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [waiting.id]: "PENDING", [declined.id]: "DECLINED" });
    const [released] = await notices(senderOwner.id, "introduction_released");
    expect(released?.data).toMatchObject({ introductionId: waiting.id, companyId: actors.companyId, path: `/inbox/${actors.companyId}/${waiting.id}` });
    expect((await lastMail(senderOwner.email, "introduction_released")).text).toContain(`/inbox/${actors.companyId}/${waiting.id}`);
    expect((await notices(user.id, "requests_released"))[0]?.data).toMatchObject({ companyId: firm.id, count: 1 });
    // The new owner sees it in the firm's inbox.
    const inbox = await as(user).introductions.list({ companyId: firm.id, box: "incoming" });
    expect(inbox.items.map((i) => i.id)).toContain(waiting.id);
  });

  it("refuses a claim of an unpublished firm as not found, and needs a confirmed e-mail", async () => {
    const draft = await buildCompany(prisma(), { status: "DRAFT" });
    const user = await buildUser(prisma());
    expect(await appCodeOf(as(user).claims.options({ idOrSlug: draft.id }))).toBe("NOT_FOUND");
    expect(await appCodeOf(as(user).claims.sendCode({ companyId: draft.id }))).toBe("NOT_FOUND");
    const firm = await memberlessFirm();
    const unconfirmed = await buildUser(prisma(), { email: `new@${firm.domain}` });
    await prisma().user.update({ where: { id: unconfirmed.id }, data: { emailVerified: false } });
    expect(await appCodeOf(as(unconfirmed).claims.claimByDomain({ companyId: firm.id }))).toBe("EMAIL_NOT_VERIFIED");
  });

  it("lets the claimant cancel an open claim", async () => {
    const firm = await memberlessFirm();
    const user = await buildUser(prisma());
    const claim = await as(user).claims.requestApproval({ companyId: firm.id, note: "I am the owner's daughter and run the office." });
    expect((await as(user).claims.cancel({ claimId: claim.id })).status).toBe("CANCELLED");
    expect(await appCodeOf(as(actors.outsider).claims.cancel({ claimId: claim.id }))).toBe("NOT_FOUND");
    expect((await as(actors.manager).claims.listForCluster({ clusterId: actors.clusterId, status: "AWAITING_APPROVAL" })).items.map((c) => c.id)).not.toContain(claim.id);
  });
});
