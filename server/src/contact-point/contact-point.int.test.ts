import { beforeAll, describe, expect, it } from "vitest";
import { addClusterManager, addMembership, buildUser } from "../../test/builders.ts";
import { appCodeOf, callerFor, useSeededDatabase } from "../../test/fixtures.ts";
import type { SessionUser } from "../context.ts";

const message = "We machine stainless parts in series and would like to offer our capacity.";

// Requests to firms without users (all imported firms of the demo data) go to the cluster's contact
// point: the managers of the firm's clusters, else the admins. Each test makes its own requests.
describe(`the cluster's contact point (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  const prisma = () => seeded.db.prisma;
  const as = (user: SessionUser | null) => callerFor(seeded.db.prisma, seeded.search, user);

  /** A member firm that asks: its owner reads German. */
  let sender: { companyId: string; user: SessionUser };
  /** A member firm that receives as usual. */
  let member: { companyId: string; user: SessionUser };
  /** Memberless firms of cluster `clusterId` (the first has an opportunity and a registered address). */
  let firm: { companyId: string; opportunityId: string; email: string };
  let secondFirm: string;
  let thirdFirm: string;
  let clusterId: string;
  let manager: SessionUser;
  /** Manages another cluster only. */
  let otherManager: SessionUser;
  let otherClusterId: string;
  let admin: SessionUser;

  beforeAll(async () => {
    const db = prisma();
    const opportunity = await db.opportunity.findFirstOrThrow({
      where: { status: "PUBLISHED", anonymous: false, deadline: { gte: new Date("2027-01-01") }, company: { status: "PUBLISHED", clusters: { some: {} }, memberships: { none: {} } } },
      orderBy: { id: "asc" },
      select: { id: true, companyId: true, company: { select: { clusters: { select: { clusterId: true }, take: 1 } } } },
    });
    clusterId = opportunity.company.clusters[0]!.clusterId;
    const email = "office@memberless-firm.example";
    await db.company.update({ where: { id: opportunity.companyId }, data: { email }, select: { id: true } });
    firm = { companyId: opportunity.companyId, opportunityId: opportunity.id, email };
    const sameCluster = await db.company.findMany({
      where: { status: "PUBLISHED", id: { not: firm.companyId }, memberships: { none: {} }, clusters: { some: { clusterId } } },
      orderBy: { id: "asc" },
      take: 2,
      select: { id: true },
    });
    [secondFirm, thirdFirm] = [sameCluster[0]!.id, sameCluster[1]!.id];
    await db.company.update({ where: { id: secondFirm }, data: { email: null }, select: { id: true } });
    const other = await db.companyCluster.findFirstOrThrow({ where: { clusterId: { not: clusterId } }, orderBy: { clusterId: "asc" }, select: { clusterId: true } });
    otherClusterId = other.clusterId;
    const parties = await db.company.findMany({
      where: { status: "PUBLISHED", clusters: { none: { clusterId: { in: [clusterId, otherClusterId] } } }, id: { not: firm.companyId } },
      orderBy: { id: "desc" },
      take: 2,
      select: { id: true },
    });
    sender = { companyId: parties[0]!.id, user: await buildUser(db, { name: "Greta Sender", locale: "de" }) };
    await addMembership(db, sender.user.id, sender.companyId, "OWNER");
    member = { companyId: parties[1]!.id, user: await buildUser(db, { name: "Max Member", locale: "en" }) };
    await addMembership(db, member.user.id, member.companyId, "OWNER");
    manager = await buildUser(db, { name: "Maria Manager", role: "CLUSTER_MANAGER", locale: "bg" });
    await addClusterManager(db, manager.id, clusterId);
    otherManager = await buildUser(db, { name: "Otto Other", role: "CLUSTER_MANAGER" });
    await addClusterManager(db, otherManager.id, otherClusterId);
    admin = await buildUser(db, { name: "Ada Admin", role: "ADMIN" });
  });

  const notificationsOf = (userId: string, type: string, introductionId: string) =>
    prisma().notification.findMany({ where: { userId, type, data: { path: ["introductionId"], equals: introductionId } }, orderBy: { createdAt: "desc" }, select: { data: true } });
  const mailsTo = (email: string, template: string) =>
    prisma().emailMessage.findMany({ where: { toAddress: email, template }, orderBy: { createdAt: "desc" }, select: { subject: true, text: true } });
  const interest = () => as(sender.user).introductions.expressInterest({ companyId: sender.companyId, opportunityId: firm.opportunityId, message });
  const request = (toCompanyId: string, brokered = false) =>
    as(sender.user).introductions.request({ companyId: sender.companyId, toCompanyId, message, brokered });
  const senderView = (id: string) => as(sender.user).introductions.get({ companyId: sender.companyId, id, locale: "de" });

  describe("routing", () => {
    it("holds interest in a memberless firm's opportunity with its contact point, who is told in-app and by e-mail", async () => {
      const mailsBefore = (await mailsTo(manager.email, "introduction_to_contact_point")).length;
      const created = await interest();
      expect(created.status).toBe("WITH_CONTACT_POINT");
      const notice = (await notificationsOf(manager.id, "introduction_to_contact_point", created.id))[0];
      expect(notice?.data).toMatchObject({ kind: "INTEREST", opportunityId: firm.opportunityId, path: `/manage/contact-point/${created.id}` });
      const mails = await mailsTo(manager.email, "introduction_to_contact_point");
      expect(mails).toHaveLength(mailsBefore + 1);
      expect(mails[0]!.text).toContain(message);
      expect(mails[0]!.text).toContain("контактна точка");
      // Nobody else is told: not the other cluster's manager, not the admins (the cluster has a manager).
      expect(await notificationsOf(otherManager.id, "introduction_to_contact_point", created.id)).toEqual([]);
      expect(await notificationsOf(admin.id, "introduction_to_contact_point", created.id)).toEqual([]);
      expect(await prisma().notification.count({ where: { type: "introduction_received", data: { path: ["introductionId"], equals: created.id } } })).toBe(0);
      // The sender sees the truth and may take it back; a second interest is refused.
      const view = await senderView(created.id);
      expect(view).toMatchObject({ status: "WITH_CONTACT_POINT", answeredOnBehalf: false, firmContactedAt: null, contacts: null });
      expect(view.actions).toEqual({ accept: false, decline: false, withdraw: true, message: false });
      expect(await appCodeOf(interest())).toBe("ALREADY_EXISTS");
      expect((await as(sender.user).introductions.interestOptions({ opportunityId: firm.opportunityId }))[0]?.openIntroductionId).toBe(created.id);
      await as(sender.user).introductions.withdraw({ companyId: sender.companyId, id: created.id });
    });

    it("holds a direct request with the contact point, and sends one to a member firm to its team as before", async () => {
      const held = await request(secondFirm);
      expect(held.status).toBe("WITH_CONTACT_POINT");
      expect(await notificationsOf(manager.id, "introduction_to_contact_point", held.id)).toHaveLength(1);

      const direct = await request(member.companyId);
      expect(direct.status).toBe("PENDING");
      expect(await notificationsOf(member.user.id, "introduction_received", direct.id)).toHaveLength(1);
      expect(await prisma().notification.count({ where: { type: "introduction_to_contact_point", data: { path: ["introductionId"], equals: direct.id } } })).toBe(0);
      for (const id of [held.id, direct.id]) await as(sender.user).introductions.withdraw({ companyId: sender.companyId, id });
    });

    it("goes to the admins when the firm's clusters have no manager", async () => {
      const lonely = await prisma().company.findFirstOrThrow({
        where: { status: "PUBLISHED", memberships: { none: {} }, clusters: { some: {}, none: { cluster: { managers: { some: {} } } } } },
        orderBy: { id: "asc" },
        select: { id: true },
      });
      const created = await request(lonely.id);
      expect(created.status).toBe("WITH_CONTACT_POINT");
      expect(await notificationsOf(admin.id, "introduction_to_contact_point", created.id)).toHaveLength(1);
      expect(await notificationsOf(manager.id, "introduction_to_contact_point", created.id)).toEqual([]);
      // The admins' queue has it; no manager's does.
      expect((await as(admin).contactPoint.list({})).items.some((i) => i.id === created.id)).toBe(true);
      expect((await as(manager).contactPoint.list({})).items.some((i) => i.id === created.id)).toBe(false);
      await as(sender.user).introductions.withdraw({ companyId: sender.companyId, id: created.id });
    });

    it("keeps a brokered request the manager forwards to a memberless firm with the contact point, never pending to nobody", async () => {
      const created = await request(thirdFirm, true);
      expect(created.status).toBe("AWAITING_BROKER");
      const listed = (await as(manager).introductions.listForCluster({ clusterId, status: "AWAITING_BROKER" })).items.find((i) => i.id === created.id);
      expect(listed).toMatchObject({ canBroker: true, recipientHasMembers: false, brokerClusterId: clusterId });
      const forwarded = await as(manager).introductions.forward({ clusterId, id: created.id, note: "A reliable partner of ours." });
      expect(forwarded.status).toBe("WITH_CONTACT_POINT");
      expect((await senderView(created.id)).status).toBe("WITH_CONTACT_POINT");
      expect(await prisma().notification.count({ where: { type: "introduction_received", data: { path: ["introductionId"], equals: created.id } } })).toBe(0);
      const audit = await prisma().auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "introduction.forward" }, select: { after: true } });
      expect(audit.after).toMatchObject({ status: "WITH_CONTACT_POINT" });
      // The forwarding manager knows; the queue has it with the note.
      expect((await as(manager).contactPoint.get({ id: created.id })).brokerNote).toBe("A reliable partner of ours.");
      await as(sender.user).introductions.withdraw({ companyId: sender.companyId, id: created.id });
    });

    it("refuses interest and requests from a company that is not approved, and says so to the interest button", async () => {
      const db = prisma();
      for (const status of ["DRAFT", "PENDING_REVIEW", "SUSPENDED"] as const) {
        await db.company.update({ where: { id: sender.companyId }, data: { status }, select: { id: true } });
        const before = await db.introduction.count({ where: { fromCompanyId: sender.companyId } });
        expect(await appCodeOf(interest()), status).toBe("FORBIDDEN");
        expect(await appCodeOf(request(member.companyId)), status).toBe("FORBIDDEN");
        expect(await db.introduction.count({ where: { fromCompanyId: sender.companyId } })).toBe(before);
        expect((await as(sender.user).introductions.interestOptions({ opportunityId: firm.opportunityId }))[0]).toMatchObject({ published: false });
      }
      await db.company.update({ where: { id: sender.companyId }, data: { status: "PUBLISHED" }, select: { id: true } });
      expect((await as(sender.user).introductions.interestOptions({ opportunityId: firm.opportunityId }))[0]).toMatchObject({ published: true });
    });
  });

  describe("the queue", () => {
    it("shows a manager the requests for firms of their clusters, and nobody else's; others cannot act on them", async () => {
      const created = await interest();
      const item = (await as(manager).contactPoint.list({ view: "waiting", locale: "de" })).items.find((i) => i.id === created.id);
      expect(item).toMatchObject({
        status: "WITH_CONTACT_POINT",
        from: { id: sender.companyId },
        sender: { name: "Greta Sender", email: sender.user.email },
        firm: { id: firm.companyId, email: firm.email, hasMembers: false },
        opportunity: { id: firm.opportunityId },
        message,
        firmContactedAt: null,
        actions: { reachFirm: true, accept: true, decline: true, message: false },
      });
      expect(item!.firm.clusters.map((c) => c.id)).toContain(clusterId);
      expect((await as(admin).contactPoint.list({})).items.some((i) => i.id === created.id)).toBe(true);

      // Another cluster's manager and a member see nothing and act on nothing: as if it did not exist.
      for (const outsider of [otherManager, sender.user, member.user]) {
        expect((await as(outsider).contactPoint.list({})).items.some((i) => i.id === created.id)).toBe(false);
        const api = as(outsider).contactPoint;
        for (const call of [
          () => api.get({ id: created.id }),
          () => api.reachFirm({ id: created.id }),
          () => api.accept({ id: created.id }),
          () => api.decline({ id: created.id, reason: "Not for them, sorry" }),
          () => api.messages({ id: created.id }),
          () => api.sendMessage({ id: created.id, body: "Hello" }),
        ]) {
          expect(await appCodeOf(call()), outsider.name).toBe("NOT_FOUND");
        }
      }
      expect(await appCodeOf(as(null).contactPoint.list({}))).toBe("UNAUTHENTICATED");
      expect((await prisma().introduction.findUniqueOrThrow({ where: { id: created.id }, select: { status: true } })).status).toBe("WITH_CONTACT_POINT");
      await as(sender.user).introductions.withdraw({ companyId: sender.companyId, id: created.id });
      expect((await as(manager).contactPoint.list({})).items.some((i) => i.id === created.id)).toBe(false);
      expect(await appCodeOf(as(manager).contactPoint.accept({ id: created.id }))).toBe("INVALID_STATE");
    });

    it("reaches the firm at its registered address, tells the sender once, and audits it", async () => {
      const created = await interest();
      const invitationsBefore = (await mailsTo(firm.email, "claim_invitation")).length;
      const result = await as(manager).contactPoint.reachFirm({ id: created.id });
      expect(result).toMatchObject({ id: created.id, sentTo: firm.email });
      // The firm's registered address got the claim link (claims/claim-invitation.ts).
      expect(await mailsTo(firm.email, "claim_invitation")).toHaveLength(invitationsBefore + 1);
      const row = await prisma().introduction.findUniqueOrThrow({ where: { id: created.id }, select: { status: true, firmContactedAt: true } });
      expect(row.status).toBe("WITH_CONTACT_POINT");
      expect(row.firmContactedAt?.toISOString()).toBe(result.firmContactedAt);
      expect(await notificationsOf(sender.user.id, "introduction_firm_contacted", created.id)).toHaveLength(1);
      expect((await mailsTo(sender.user.email, "introduction_firm_contacted"))[0]!.subject).toContain("Kontaktstelle");
      expect((await senderView(created.id)).firmContactedAt).toBe(result.firmContactedAt);
      // Again (a reminder): sent, but the sender is not told twice.
      await as(manager).contactPoint.reachFirm({ id: created.id });
      expect(await notificationsOf(sender.user.id, "introduction_firm_contacted", created.id)).toHaveLength(1);
      expect(await prisma().auditLog.count({ where: { entityId: created.id, action: "introduction.reach_firm", actorUserId: manager.id } })).toBe(2);
      expect((await as(manager).contactPoint.get({ id: created.id })).firmContactedAt).toBe(result.firmContactedAt);

      // A firm without a registered address: not without an address the contact point found; nothing changes.
      const unreachable = await request(secondFirm);
      expect((await as(manager).contactPoint.get({ id: unreachable.id })).actions.reachFirm).toBe(true);
      expect(await appCodeOf(as(manager).contactPoint.reachFirm({ id: unreachable.id }))).toBe("INVALID_STATE");
      expect(await appCodeOf(as(manager).contactPoint.reachFirm({ id: unreachable.id, email: "not an address" }))).toBe("VALIDATION");
      expect((await prisma().introduction.findUniqueOrThrow({ where: { id: unreachable.id }, select: { firmContactedAt: true } })).firmContactedAt).toBeNull();
      expect((await prisma().company.findUniqueOrThrow({ where: { id: secondFirm }, select: { email: true } })).email).toBeNull();

      // With the address it found, the link goes there and the address becomes the firm's, audited.
      const found = `office-${secondFirm}@example.test`;
      expect(await as(manager).contactPoint.reachFirm({ id: unreachable.id, email: found })).toMatchObject({ sentTo: found });
      expect(await mailsTo(found, "claim_invitation")).toHaveLength(1);
      expect((await prisma().company.findUniqueOrThrow({ where: { id: secondFirm }, select: { email: true } })).email).toBe(found);
      expect(await prisma().auditLog.count({ where: { entityId: secondFirm, action: "company.contact_point_email", actorUserId: manager.id } })).toBe(1);
      // A later, different address never replaces the registered one: the link goes to the register's.
      expect(await as(manager).contactPoint.reachFirm({ id: unreachable.id, email: "someone.else@example.test" })).toMatchObject({ sentTo: found });
      expect(await mailsTo("someone.else@example.test", "claim_invitation")).toHaveLength(0);
      for (const id of [created.id, unreachable.id]) await as(sender.user).introductions.withdraw({ companyId: sender.companyId, id });
    });

    it("accepts on the firm's behalf and opens a conversation the contact point and the sender both write in", async () => {
      const created = await interest();
      expect((await as(manager).contactPoint.accept({ id: created.id })).status).toBe("ACCEPTED");
      expect(await appCodeOf(as(manager).contactPoint.accept({ id: created.id }))).toBe("INVALID_STATE");
      const row = await prisma().introduction.findUniqueOrThrow({ where: { id: created.id }, select: { status: true, answeredOnBehalf: true, decidedByUserId: true } });
      expect(row).toEqual({ status: "ACCEPTED", answeredOnBehalf: true, decidedByUserId: manager.id });
      expect((await notificationsOf(sender.user.id, "introduction_answered_on_behalf", created.id))[0]?.data).toMatchObject({ outcome: "ACCEPTED", companyId: sender.companyId });
      expect((await mailsTo(sender.user.email, "introduction_answered_on_behalf"))[0]!.text).toContain("im Namen von");
      const audit = await prisma().auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "introduction.accept_on_behalf" }, select: { actorUserId: true, before: true, after: true } });
      expect(audit).toMatchObject({ actorUserId: manager.id, before: { status: "WITH_CONTACT_POINT" }, after: { status: "ACCEPTED", answeredOnBehalf: true } });

      const view = await senderView(created.id);
      expect(view).toMatchObject({ status: "ACCEPTED", answeredOnBehalf: true, actions: { message: true, withdraw: false } });
      // The contact point who answered is not the firm's person: the sender never gets their address.
      expect(view.contacts?.person ?? null).toBeNull();
      expect(JSON.stringify(view)).not.toContain(manager.email);
      expect(view.contacts?.email).toBe(firm.email);
      expect((await as(manager).contactPoint.list({ view: "answered" })).items.find((i) => i.id === created.id)?.actions.message).toBe(true);
      expect((await as(manager).contactPoint.list({ view: "waiting" })).items.some((i) => i.id === created.id)).toBe(false);

      // The contact point writes; the sender reads it as the contact point's and is told.
      await as(manager).contactPoint.sendMessage({ id: created.id, body: "The firm asks for your drawings." });
      const thread = await as(sender.user).introductions.messages({ companyId: sender.companyId, id: created.id });
      expect(thread).toMatchObject([{ body: "The firm asks for your drawings.", side: "broker", senderName: "Maria Manager" }]);
      expect(await notificationsOf(sender.user.id, "message_received", created.id)).toHaveLength(1);
      // The sender answers; the firm has nobody to read it, so its contact point is told.
      await as(sender.user).introductions.sendMessage({ companyId: sender.companyId, id: created.id, body: "Here they are." });
      expect((await notificationsOf(manager.id, "message_received", created.id))[0]?.data).toMatchObject({ path: `/manage/contact-point/${created.id}` });
      expect((await as(manager).contactPoint.messages({ id: created.id })).map((m) => [m.side, m.body])).toEqual([
        ["own", "The firm asks for your drawings."],
        ["counterpart", "Here they are."],
      ]);
      expect(await appCodeOf(as(otherManager).contactPoint.sendMessage({ id: created.id, body: "Hi" }))).toBe("NOT_FOUND");
      expect(await appCodeOf(as(manager).contactPoint.sendMessage({ id: created.id, body: " " }))).toBe("VALIDATION");
    });

    it("declines on the firm's behalf with a reason the sender reads", async () => {
      const created = await request(thirdFirm);
      expect(await appCodeOf(as(manager).contactPoint.decline({ id: created.id, reason: "no" }))).toBe("VALIDATION");
      expect((await as(admin).contactPoint.decline({ id: created.id, reason: "The firm no longer makes these parts." })).status).toBe("DECLINED");
      const view = await senderView(created.id);
      expect(view).toMatchObject({ status: "DECLINED", answeredOnBehalf: true, declineReason: "The firm no longer makes these parts.", contacts: null });
      expect((await notificationsOf(sender.user.id, "introduction_answered_on_behalf", created.id))[0]?.data).toMatchObject({ outcome: "DECLINED", reason: "The firm no longer makes these parts." });
      expect((await mailsTo(sender.user.email, "introduction_answered_on_behalf"))[0]!.text).toContain("The firm no longer makes these parts.");
      expect(await prisma().auditLog.count({ where: { entityId: created.id, action: "introduction.decline_on_behalf", actorUserId: admin.id } })).toBe(1);
      expect(await appCodeOf(as(manager).contactPoint.messages({ id: created.id }))).toBe("INVALID_STATE");
      expect(await appCodeOf(as(sender.user).introductions.withdraw({ companyId: sender.companyId, id: created.id }))).toBe("INVALID_STATE");
    });

    it("lets the firm take over once it has a member: the sender sees that it joined", async () => {
      const created = await request(secondFirm);
      const db = prisma();
      const joined = await buildUser(db, { name: "Fiona Firm" });
      // What the claim approval does (claims release the firm's requests): a member, and the request pending with it.
      const createdAt = new Date((await db.introduction.findUniqueOrThrow({ where: { id: created.id }, select: { createdAt: true } })).createdAt.getTime() + 60_000);
      await db.membership.create({ data: { userId: joined.id, companyId: secondFirm, role: "OWNER", createdAt }, select: { id: true } });
      await db.introduction.update({ where: { id: created.id }, data: { status: "PENDING" }, select: { id: true } });
      const view = await senderView(created.id);
      expect(view).toMatchObject({ status: "PENDING", firmJoinedAt: createdAt.toISOString() });
      expect((await as(joined).introductions.get({ companyId: secondFirm, id: created.id })).actions.accept).toBe(true);
      // The contact point no longer holds it.
      expect(await appCodeOf(as(manager).contactPoint.accept({ id: created.id }))).toBe("INVALID_STATE");
      expect((await as(manager).contactPoint.get({ id: created.id })).firm.hasMembers).toBe(true);
    });
  });

  describe("the managers' all-clusters list", () => {
    it("lists the introductions of every cluster a manager manages, all of them for admins, none for anyone else", async () => {
      const inFirst = await request(thirdFirm);
      const otherFirm = await prisma().company.findFirstOrThrow({
        where: { status: "PUBLISHED", memberships: { none: {} }, clusters: { some: { clusterId: otherClusterId }, none: { clusterId } } },
        orderBy: { id: "asc" },
        select: { id: true },
      });
      const inSecond = await request(otherFirm.id, true);
      const ids = async (user: SessionUser) => (await as(user).introductions.listForManagedClusters({ pageSize: 50 })).items.map((i) => i.id);

      expect(await ids(manager)).toContain(inFirst.id);
      expect(await ids(manager)).not.toContain(inSecond.id);
      await addClusterManager(prisma(), manager.id, otherClusterId);
      const both = await as(manager).introductions.listForManagedClusters({ pageSize: 50 });
      expect(both.items.map((i) => i.id)).toEqual(expect.arrayContaining([inFirst.id, inSecond.id]));
      expect(both.items.find((i) => i.id === inSecond.id)).toMatchObject({ canBroker: true, brokerClusterId: otherClusterId, recipientHasMembers: false });
      const filtered = await as(manager).introductions.listForManagedClusters({ status: "AWAITING_BROKER", pageSize: 50 });
      expect(filtered.items.every((i) => i.status === "AWAITING_BROKER")).toBe(true);
      expect(filtered.items.map((i) => i.id)).toContain(inSecond.id);

      expect(await ids(admin)).toEqual(expect.arrayContaining([inFirst.id, inSecond.id]));
      expect(await ids(otherManager)).toContain(inSecond.id);
      expect(await ids(otherManager)).not.toContain(inFirst.id);
      expect(await ids(member.user)).toEqual([]);
      await prisma().clusterManager.delete({ where: { userId_clusterId: { userId: manager.id, clusterId: otherClusterId } } });
      for (const id of [inFirst.id, inSecond.id]) await as(sender.user).introductions.withdraw({ companyId: sender.companyId, id });
    });
  });
});
