import { beforeAll, describe, expect, it } from "vitest";
import { addClusterManager, addMembership, buildUser } from "../../test/builders.ts";
import { appCodeOf, callerFor, useSeededDatabase } from "../../test/fixtures.ts";
import type { SessionUser } from "../context.ts";

const message = "We machine stainless parts in series and would like to offer our capacity.";

describe(`introductions (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  const prisma = () => seeded.db.prisma;
  const as = (user: SessionUser | null) => callerFor(seeded.db.prisma, seeded.search, user);

  /** The owner of an anonymous opportunity and what must never reach the interested side before acceptance. */
  let anonymous: { id: string; companyId: string; secrets: string[] };
  let owner: { companyId: string; user: SessionUser };
  /** The interested company, with a German-speaking owner and an English-speaking editor. */
  let interested: { companyId: string; user: SessionUser; editor: SessionUser };
  /** A third company, party to nothing. */
  let outsider: { companyId: string; user: SessionUser };

  beforeAll(async () => {
    const db = prisma();
    const opportunity = await db.opportunity.findFirstOrThrow({
      where: { anonymous: true, status: "PUBLISHED" },
      orderBy: { id: "asc" },
      select: { id: true, companyId: true },
    });
    // Contacts the owner will reveal on acceptance (the demo data has none).
    const ownerCompany = await db.company.update({
      where: { id: opportunity.companyId },
      data: { email: "sales@hidden-owner.example", phone: "+43 1 555 0101", website: "https://hidden-owner.example" },
      select: { id: true, name: true, nameLatin: true, slug: true, city: true, cityLatin: true, email: true, phone: true, website: true },
    });
    anonymous = {
      id: opportunity.id,
      companyId: ownerCompany.id,
      secrets: [ownerCompany.id, ownerCompany.name, ownerCompany.nameLatin, ownerCompany.slug, ownerCompany.city, ownerCompany.cityLatin, "hidden-owner.example", "555 0101"],
    };
    const others = await db.company.findMany({
      where: { status: "PUBLISHED", id: { not: ownerCompany.id }, city: { not: ownerCompany.city } },
      orderBy: { id: "asc" },
      take: 2,
      select: { id: true },
    });
    const ownerUser = await buildUser(db, { name: "Olga Owner", locale: "bg" });
    await addMembership(db, ownerUser.id, ownerCompany.id, "OWNER");
    owner = { companyId: ownerCompany.id, user: ownerUser };
    const [user, editor] = [await buildUser(db, { name: "Ingrid Interested", locale: "de" }), await buildUser(db, { name: "Ian Editor", locale: "en" })];
    await addMembership(db, user.id, others[0]!.id, "OWNER");
    await addMembership(db, editor.id, others[0]!.id, "EDITOR");
    interested = { companyId: others[0]!.id, user, editor };
    const outsiderUser = await buildUser(db, { name: "Oscar Outsider" });
    await addMembership(db, outsiderUser.id, others[1]!.id, "OWNER");
    outsider = { companyId: others[1]!.id, user: outsiderUser };
    // None of the hidden facts may appear in what the interested side may legitimately read about itself.
    const own = JSON.stringify(await db.company.findUniqueOrThrow({ where: { id: interested.companyId } }));
    expect(anonymous.secrets.filter((s) => own.includes(s))).toEqual([]);
  });

  const expectNoSecrets = (value: unknown, what: string) => {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    expect(anonymous.secrets.filter((s) => text.includes(s)), what).toEqual([]);
  };
  const mailsTo = (email: string, template: string) =>
    prisma().emailMessage.findMany({ where: { toAddress: email, template }, orderBy: { createdAt: "desc" }, select: { subject: true, text: true, html: true } });
  const notificationsOf = (userId: string, type: string) =>
    prisma().notification.findMany({ where: { userId, type }, orderBy: { createdAt: "desc" }, select: { data: true } });
  const interest = () => as(interested.user).introductions.expressInterest({ companyId: interested.companyId, opportunityId: anonymous.id, message });

  /** Everything the interested side can read about an introduction. */
  async function interestedView(id: string) {
    const api = as(interested.user);
    return {
      get: await api.introductions.get({ companyId: interested.companyId, id, locale: "de" }),
      list: await api.introductions.list({ companyId: interested.companyId, box: "outgoing" }),
      notifications: await as(interested.user).notifications.list({}),
      editorNotifications: await as(interested.editor).notifications.list({}),
    };
  }

  describe("expressing interest in an anonymous opportunity", () => {
    it("reaches the owner with the interested company's name and message, and hides the owner from the interested side", async () => {
      const mailsBefore = (await mailsTo(owner.user.email, "introduction_received")).length;
      const created = await interest();
      expect(created.status).toBe("PENDING");

      const row = await prisma().introduction.findUniqueOrThrow({ where: { id: created.id } });
      expect(row).toMatchObject({ kind: "INTEREST", fromCompanyId: interested.companyId, toCompanyId: owner.companyId, requestedByUserId: interested.user.id });

      // The owner's side: who asked, what they wrote, no contacts yet.
      const incoming = await as(owner.user).introductions.get({ companyId: owner.companyId, id: created.id });
      expect(incoming.direction).toBe("incoming");
      expect(incoming.counterpart?.id).toBe(interested.companyId);
      expect(incoming.message).toBe(message);
      expect(incoming.contacts).toBeNull();
      expect(incoming.actions).toEqual({ accept: true, decline: true, withdraw: false, message: false });
      const notice = (await notificationsOf(owner.user.id, "introduction_received"))[0]!;
      expect(notice.data).toMatchObject({ introductionId: created.id, companyId: owner.companyId, opportunityId: anonymous.id });
      const mails = await mailsTo(owner.user.email, "introduction_received");
      expect(mails).toHaveLength(mailsBefore + 1);
      const company = await prisma().company.findUniqueOrThrow({ where: { id: interested.companyId }, select: { name: true } });
      expect(mails[0]!.text).toContain(company.name);
      expect(mails[0]!.text).toContain(message);
      expect(mails[0]!.text).toContain(`/inbox/${owner.companyId}/${created.id}`);

      // The interested side: the opportunity, never its owner.
      const view = await interestedView(created.id);
      expect(view.get.counterpart).toBeNull();
      expect(view.get.opportunity).toMatchObject({ id: anonymous.id, anonymous: true });
      expect(view.get.contacts).toBeNull();
      expect(view.get.actions).toEqual({ accept: false, decline: false, withdraw: true, message: false });
      expect(view.list.items.find((i) => i.id === created.id)?.counterpart).toBeNull();
      expectNoSecrets(view, "interested side's views");

      // The owner may not answer its own opportunity, and a double submit makes no second one.
      expect(await appCodeOf(interest())).toBe("ALREADY_EXISTS");
      expect(await appCodeOf(as(owner.user).introductions.expressInterest({ companyId: owner.companyId, opportunityId: anonymous.id, message }))).toBe("INVALID_STATE");
      expect(await prisma().introduction.count({ where: { opportunityId: anonymous.id, fromCompanyId: interested.companyId } })).toBe(1);

      // Withdrawn: it never reveals the owner, and the owner's members learn it went away.
      expect((await as(interested.user).introductions.withdraw({ companyId: interested.companyId, id: created.id })).status).toBe("WITHDRAWN");
      expect(await appCodeOf(as(interested.user).introductions.withdraw({ companyId: interested.companyId, id: created.id }))).toBe("INVALID_STATE");
      expect(await appCodeOf(as(owner.user).introductions.accept({ companyId: owner.companyId, id: created.id }))).toBe("INVALID_STATE");
      expect((await notificationsOf(owner.user.id, "introduction_withdrawn"))[0]?.data).toMatchObject({ introductionId: created.id });
      expectNoSecrets(await interestedView(created.id), "after withdrawal");
    });

    it("keeps the owner hidden when it declines, in the views, the notifications and the e-mails (in each reader's language)", async () => {
      const created = await interest();
      const declined = await as(owner.user).introductions.decline({ companyId: owner.companyId, id: created.id, reason: "We chose a supplier closer to us." });
      expect(declined.status).toBe("DECLINED");
      const row = await prisma().introduction.findUniqueOrThrow({ where: { id: created.id }, select: { decidedByUserId: true, decidedAt: true, declineReason: true } });
      expect(row).toMatchObject({ decidedByUserId: owner.user.id, declineReason: "We chose a supplier closer to us." });
      expect(row.decidedAt).not.toBeNull();

      const view = await interestedView(created.id);
      expect(view.get.status).toBe("DECLINED");
      expect(view.get.declineReason).toBe("We chose a supplier closer to us.");
      expect(view.get.counterpart).toBeNull();
      expect(view.get.contacts).toBeNull();
      expectNoSecrets(view, "after declining");

      const stored = await notificationsOf(interested.user.id, "introduction_declined");
      expect(stored[0]!.data).toMatchObject({ introductionId: created.id, companyId: interested.companyId, otherName: null, opportunityId: anonymous.id });
      expectNoSecrets(stored, "Notification.data");

      const german = (await mailsTo(interested.user.email, "introduction_declined"))[0]!;
      const english = (await mailsTo(interested.editor.email, "introduction_declined"))[0]!;
      expect(german.subject).toContain("Das Unternehmen hinter „");
      expect(english.subject).toContain("The company behind “");
      expect(english.text).toContain("We chose a supplier closer to us.");
      expectNoSecrets([german, english], "rendered e-mails");

      expect(await appCodeOf(as(owner.user).introductions.decline({ companyId: owner.companyId, id: created.id }))).toBe("INVALID_STATE");
      expect(await appCodeOf(as(owner.user).introductions.accept({ companyId: owner.companyId, id: created.id }))).toBe("INVALID_STATE");
      expect((await prisma().introduction.findUniqueOrThrow({ where: { id: created.id }, select: { status: true } })).status).toBe("DECLINED");
    });

    it("reveals the owner and both sides' contacts on acceptance, then opens the conversation", async () => {
      const created = await interest();
      const api = as(interested.user);
      // No conversation before acceptance.
      expect(await appCodeOf(api.introductions.messages({ companyId: interested.companyId, id: created.id }))).toBe("INVALID_STATE");
      expect(await appCodeOf(api.introductions.sendMessage({ companyId: interested.companyId, id: created.id, body: "Hello?" }))).toBe("INVALID_STATE");
      // Only the recipient decides: the requester cannot accept its own request.
      expect(await appCodeOf(api.introductions.accept({ companyId: interested.companyId, id: created.id }))).toBe("NOT_FOUND");
      expect(await appCodeOf(as(owner.user).introductions.withdraw({ companyId: owner.companyId, id: created.id }))).toBe("NOT_FOUND");

      expect((await as(owner.user).introductions.accept({ companyId: owner.companyId, id: created.id })).status).toBe("ACCEPTED");
      expect(await appCodeOf(as(owner.user).introductions.accept({ companyId: owner.companyId, id: created.id }))).toBe("INVALID_STATE");

      const revealed = await api.introductions.get({ companyId: interested.companyId, id: created.id });
      expect(revealed.counterpart?.id).toBe(owner.companyId);
      expect(revealed.contacts).toEqual({
        email: "sales@hidden-owner.example",
        phone: "+43 1 555 0101",
        website: "https://hidden-owner.example",
        person: { name: owner.user.name, email: owner.user.email },
      });
      const ownerView = await as(owner.user).introductions.get({ companyId: owner.companyId, id: created.id });
      expect(ownerView.contacts?.person).toEqual({ name: interested.user.name, email: interested.user.email });
      expect(ownerView.actions.message).toBe(true);

      const accepted = (await notificationsOf(interested.user.id, "introduction_accepted"))[0]!;
      const ownerName = (await prisma().company.findUniqueOrThrow({ where: { id: owner.companyId }, select: { name: true, nameLatin: true } }));
      expect(accepted.data).toMatchObject({ introductionId: created.id, otherName: ownerName.name });
      const mail = (await mailsTo(interested.user.email, "introduction_accepted"))[0]!;
      // A German reader gets the Latin form of a Cyrillic name.
      expect(mail.subject).toContain(/[\u0400-\u04FF]/.test(ownerName.name) ? ownerName.nameLatin : ownerName.name);

      // The conversation, both ways, each side told of the other's messages.
      const long = `${"Wir können ab Januar liefern. ".repeat(12)}Mit freundlichen Grüßen`;
      const sent = await api.introductions.sendMessage({ companyId: interested.companyId, id: created.id, body: long });
      expect(sent.side).toBe("own");
      await as(owner.user).introductions.sendMessage({ companyId: owner.companyId, id: created.id, body: "Danke, wir melden uns." });
      const thread = await api.introductions.messages({ companyId: interested.companyId, id: created.id });
      expect(thread.map((m) => [m.side, m.body])).toEqual([
        ["own", long],
        ["counterpart", "Danke, wir melden uns."],
      ]);
      const toOwner = (await notificationsOf(owner.user.id, "message_received"))[0]!.data as { excerpt: string; path: string };
      expect(toOwner.excerpt.length).toBeLessThanOrEqual(200);
      expect(long.startsWith(toOwner.excerpt.slice(0, -1))).toBe(true);
      expect(toOwner.path).toBe(`/inbox/${owner.companyId}/${created.id}`);
      expect((await mailsTo(interested.user.email, "message_received"))[0]!.text).toContain("Danke, wir melden uns.");

      // Bad messages change nothing.
      for (const body of ["", "   ", "x".repeat(4001)]) {
        expect(await appCodeOf(api.introductions.sendMessage({ companyId: interested.companyId, id: created.id, body }))).toBe("VALIDATION");
      }
      expect(await prisma().message.count({ where: { introductionId: created.id } })).toBe(2);
      // An accepted interest is still open: no second one.
      expect(await appCodeOf(interest())).toBe("ALREADY_EXISTS");
    });

    it("makes exactly one introduction of two simultaneous submits", async () => {
      const opportunity = await prisma().opportunity.findFirstOrThrow({
        where: { status: "PUBLISHED", anonymous: false, companyId: { notIn: [interested.companyId, outsider.companyId] } },
        orderBy: { id: "desc" },
        select: { id: true },
      });
      const submit = () => as(outsider.user).introductions.expressInterest({ companyId: outsider.companyId, opportunityId: opportunity.id, message });
      const codes = await Promise.all([appCodeOf(submit()), appCodeOf(submit()), appCodeOf(submit())]);
      expect(codes.sort()).toEqual(["ALREADY_EXISTS", "ALREADY_EXISTS", null].sort());
      expect(await prisma().introduction.count({ where: { opportunityId: opportunity.id, fromCompanyId: outsider.companyId } })).toBe(1);
    });

    it("refuses opportunities nobody may see, another company's introductions and bad input, and changes nothing", async () => {
      const db = prisma();
      const before = await db.introduction.count();
      const api = as(interested.user);
      const [draft, expired, suspendedOwner] = await db.opportunity.findMany({
        where: { status: "PUBLISHED", companyId: { notIn: [interested.companyId, outsider.companyId, owner.companyId] } },
        orderBy: { id: "asc" },
        take: 3,
        select: { id: true, companyId: true },
      });
      await db.opportunity.update({ where: { id: draft!.id }, data: { status: "DRAFT" } });
      await db.opportunity.update({ where: { id: expired!.id }, data: { deadline: new Date("2020-01-01") } });
      await db.company.update({ where: { id: suspendedOwner!.companyId }, data: { status: "SUSPENDED" } });
      for (const opportunityId of [draft!.id, expired!.id, suspendedOwner!.id, "no-such-opportunity"]) {
        expect(await appCodeOf(api.introductions.expressInterest({ companyId: interested.companyId, opportunityId, message })), opportunityId).toBe("NOT_FOUND");
      }
      await db.company.update({ where: { id: suspendedOwner!.companyId }, data: { status: "PUBLISHED" } });

      for (const input of [
        { companyId: interested.companyId, opportunityId: anonymous.id, message: "too short" },
        { companyId: interested.companyId, opportunityId: anonymous.id, message: "x".repeat(4001) },
        { companyId: interested.companyId, opportunityId: 42, message },
        { companyId: interested.companyId, message },
      ]) {
        expect(await appCodeOf(api.introductions.expressInterest(input as never))).toBe("VALIDATION");
      }
      // Acting for a company one does not belong to is refused by the rule itself.
      expect(await appCodeOf(as(outsider.user).introductions.expressInterest({ companyId: interested.companyId, opportunityId: anonymous.id, message }))).toBe("FORBIDDEN");
      expect(await db.introduction.count()).toBe(before);

      // Someone else's introduction looks exactly like a missing one.
      const theirs = await db.introduction.findFirstOrThrow({ where: { fromCompanyId: interested.companyId }, select: { id: true, status: true } });
      const other = as(outsider.user).introductions;
      for (const call of [
        () => other.get({ companyId: outsider.companyId, id: theirs.id }),
        () => other.messages({ companyId: outsider.companyId, id: theirs.id }),
        () => other.accept({ companyId: outsider.companyId, id: theirs.id }),
        () => other.decline({ companyId: outsider.companyId, id: theirs.id }),
        () => other.withdraw({ companyId: outsider.companyId, id: theirs.id }),
        () => other.sendMessage({ companyId: outsider.companyId, id: theirs.id, body: "hi" }),
        () => other.get({ companyId: outsider.companyId, id: "no-such-introduction" }),
      ]) {
        expect(await appCodeOf(call())).toBe("NOT_FOUND");
      }
      expect((await db.introduction.findUniqueOrThrow({ where: { id: theirs.id }, select: { status: true } })).status).toBe(theirs.status);
      expect((await other.list({ companyId: outsider.companyId, box: "incoming" })).items.some((i) => i.id === theirs.id)).toBe(false);
    });

    it("tells the interest button which of my companies owns the opportunity or already answered it", async () => {
      await addMembership(prisma(), interested.user.id, owner.companyId, "EDITOR");
      const options = await as(interested.user).introductions.interestOptions({ opportunityId: anonymous.id });
      expect(options.find((o) => o.companyId === owner.companyId)).toMatchObject({ own: true, openIntroductionId: null });
      expect(options.find((o) => o.companyId === interested.companyId)?.openIntroductionId).not.toBeNull();
      await prisma().membership.delete({ where: { userId_companyId: { userId: interested.user.id, companyId: owner.companyId } } });
      expect(await as(outsider.user).introductions.interestOptions({ opportunityId: anonymous.id })).toEqual([
        { companyId: outsider.companyId, name: expect.any(String), own: false, openIntroductionId: null, published: true },
      ]);
    });
  });

  describe("introduction requests between companies", () => {
    it("asks a published company directly, once per pair in either direction, never itself or an unpublished one", async () => {
      const api = as(outsider.user).introductions;
      const created = await api.request({ companyId: outsider.companyId, toCompanyId: interested.companyId, message });
      expect(created.status).toBe("PENDING");
      const received = await as(interested.editor).introductions.list({ companyId: interested.companyId, box: "incoming", status: "PENDING" });
      expect(received.items.map((i) => i.id)).toContain(created.id);
      expect((await notificationsOf(interested.editor.id, "introduction_received"))[0]!.data).toMatchObject({ introductionId: created.id, kind: "COMPANY" });
      expect((await mailsTo(interested.editor.email, "introduction_received"))[0]!.subject).toMatch(/would like to get in touch/);

      expect(await appCodeOf(api.request({ companyId: outsider.companyId, toCompanyId: interested.companyId, message }))).toBe("ALREADY_EXISTS");
      expect(await appCodeOf(as(interested.user).introductions.request({ companyId: interested.companyId, toCompanyId: outsider.companyId, message }))).toBe("ALREADY_EXISTS");
      expect(await appCodeOf(api.request({ companyId: outsider.companyId, toCompanyId: outsider.companyId, message }))).toBe("INVALID_STATE");
      const draft = await prisma().company.findFirstOrThrow({ where: { id: { notIn: [outsider.companyId, interested.companyId, owner.companyId] } }, select: { id: true } });
      await prisma().company.update({ where: { id: draft.id }, data: { status: "DRAFT" } });
      expect(await appCodeOf(api.request({ companyId: outsider.companyId, toCompanyId: draft.id, message }))).toBe("NOT_FOUND");
      await prisma().company.update({ where: { id: draft.id }, data: { status: "PUBLISHED" } });
      expect(await prisma().introduction.count({ where: { kind: "COMPANY", OR: [{ fromCompanyId: outsider.companyId }, { toCompanyId: outsider.companyId }] } })).toBe(1);

      // The recipient accepts; both sides see each other's contacts.
      await as(interested.user).introductions.accept({ companyId: interested.companyId, id: created.id });
      const view = await api.get({ companyId: outsider.companyId, id: created.id });
      expect(view.counterpart?.id).toBe(interested.companyId);
      expect(view.contacts?.person).toEqual({ name: interested.user.name, email: interested.user.email });
    });

    it("goes through the recipient's cluster manager when brokered: hidden from the recipient until forwarded, audited", async () => {
      const db = prisma();
      const { companyId: toCompanyId, clusterId } = await db.companyCluster.findFirstOrThrow({
        where: { company: { status: "PUBLISHED" }, companyId: { notIn: [outsider.companyId, interested.companyId, owner.companyId] } },
        orderBy: { companyId: "asc" },
        select: { companyId: true, clusterId: true },
      });
      const recipient = await buildUser(db, { name: "Rita Recipient" });
      await addMembership(db, recipient.id, toCompanyId, "OWNER");
      const manager = await buildUser(db, { name: "Mona Manager", role: "CLUSTER_MANAGER" });
      await addClusterManager(db, manager.id, clusterId);
      const otherCluster = await db.cluster.findFirstOrThrow({ where: { id: { not: clusterId }, members: { none: { companyId: toCompanyId } } }, select: { id: true } });
      const otherManager = await buildUser(db, { name: "Otto Other", role: "CLUSTER_MANAGER" });
      await addClusterManager(db, otherManager.id, otherCluster.id);

      const created = await as(outsider.user).introductions.request({ companyId: outsider.companyId, toCompanyId, message, brokered: true });
      expect(created.status).toBe("AWAITING_BROKER");
      // Not yet the recipient's business.
      expect(await appCodeOf(as(recipient).introductions.get({ companyId: toCompanyId, id: created.id }))).toBe("NOT_FOUND");
      expect(await appCodeOf(as(recipient).introductions.accept({ companyId: toCompanyId, id: created.id }))).toBe("NOT_FOUND");
      expect((await as(recipient).introductions.list({ companyId: toCompanyId, box: "incoming" })).items).toEqual([]);
      expect(await notificationsOf(recipient.id, "introduction_received")).toEqual([]);
      expect((await notificationsOf(manager.id, "introduction_to_broker"))[0]!.data).toMatchObject({ introductionId: created.id, path: "/manage/introductions" });
      expect(await mailsTo(manager.email, "introduction_to_broker")).toHaveLength(1);
      expect(await notificationsOf(otherManager.id, "introduction_to_broker")).toEqual([]);
      // The requester sees it waiting in its outbox, and could still withdraw it.
      expect((await as(outsider.user).introductions.get({ companyId: outsider.companyId, id: created.id })).actions.withdraw).toBe(true);

      // A manager of another cluster cannot act on it: by the rule for this cluster, as missing for theirs.
      expect(await appCodeOf(as(otherManager).introductions.forward({ clusterId, id: created.id }))).toBe("FORBIDDEN");
      expect(await appCodeOf(as(otherManager).introductions.forward({ clusterId: otherCluster.id, id: created.id }))).toBe("NOT_FOUND");
      expect(await appCodeOf(as(otherManager).introductions.brokerDecline({ clusterId: otherCluster.id, id: created.id, reason: "Not for us" }))).toBe("NOT_FOUND");
      expect((await as(otherManager).introductions.listForCluster({ clusterId: otherCluster.id })).items.some((i) => i.id === created.id)).toBe(false);

      const listed = (await as(manager).introductions.listForCluster({ clusterId, status: "AWAITING_BROKER" })).items.find((i) => i.id === created.id);
      expect(listed).toMatchObject({ canBroker: true, from: { id: outsider.companyId }, to: { id: toCompanyId }, message });

      expect(await appCodeOf(as(manager).introductions.forward({ clusterId, id: created.id, note: "x".repeat(2001) }))).toBe("VALIDATION");
      expect((await as(manager).introductions.forward({ clusterId, id: created.id, note: "A reliable partner of ours." })).status).toBe("PENDING");
      expect(await appCodeOf(as(manager).introductions.forward({ clusterId, id: created.id }))).toBe("INVALID_STATE");
      expect(await appCodeOf(as(manager).introductions.brokerDecline({ clusterId, id: created.id, reason: "Too late now" }))).toBe("INVALID_STATE");
      const row = await db.introduction.findUniqueOrThrow({ where: { id: created.id }, select: { status: true, brokerUserId: true, brokerNote: true } });
      expect(row).toEqual({ status: "PENDING", brokerUserId: manager.id, brokerNote: "A reliable partner of ours." });
      const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "introduction.forward" }, select: { actorUserId: true, actorRole: true, before: true, after: true } });
      expect(audit).toMatchObject({ actorUserId: manager.id, actorRole: "CLUSTER_MANAGER", before: { status: "AWAITING_BROKER" }, after: { status: "PENDING", brokerNote: "A reliable partner of ours." } });

      // Now the recipient has it, with the manager's note.
      const forwarded = await as(recipient).introductions.get({ companyId: toCompanyId, id: created.id });
      expect(forwarded).toMatchObject({ status: "PENDING", brokerNote: "A reliable partner of ours.", actions: { accept: true } });
      expect((await mailsTo(recipient.email, "introduction_received"))[0]!.text).toContain("A reliable partner of ours.");
      await as(recipient).introductions.decline({ companyId: toCompanyId, id: created.id });
    });

    it("lets the broker decline a brokered request with a reason, and tells the requester", async () => {
      const db = prisma();
      const { companyId: toCompanyId, clusterId } = await db.companyCluster.findFirstOrThrow({
        where: { company: { status: "PUBLISHED" }, companyId: { notIn: [outsider.companyId, interested.companyId, owner.companyId] } },
        orderBy: { companyId: "desc" },
        select: { companyId: true, clusterId: true },
      });
      // No manager for this cluster yet: the admins broker it.
      await db.clusterManager.deleteMany({ where: { clusterId } });
      const admin = await buildUser(db, { name: "Ada Admin", role: "ADMIN" });
      const created = await as(outsider.user).introductions.request({ companyId: outsider.companyId, toCompanyId, message, brokered: true });
      expect((await notificationsOf(admin.id, "introduction_to_broker"))[0]!.data).toMatchObject({ introductionId: created.id });

      expect(await appCodeOf(as(admin).introductions.brokerDecline({ clusterId, id: created.id, reason: "no" }))).toBe("VALIDATION");
      expect((await as(admin).introductions.brokerDecline({ clusterId, id: created.id, reason: "They do not take new partners this year." })).status).toBe("DECLINED");
      const view = await as(outsider.user).introductions.get({ companyId: outsider.companyId, id: created.id });
      expect(view).toMatchObject({ status: "DECLINED", declineReason: "They do not take new partners this year.", contacts: null });
      expect((await notificationsOf(outsider.user.id, "introduction_declined"))[0]!.data).toMatchObject({ introductionId: created.id, byBroker: true });
      expect((await mailsTo(outsider.user.email, "introduction_declined"))[0]!.text).toContain("They do not take new partners this year.");
      expect(await db.auditLog.count({ where: { entityId: created.id, action: "introduction.broker_decline", actorUserId: admin.id } })).toBe(1);
      // Declined is final; a new request may now be made (the firm has no users: it goes to the contact point).
      expect(await appCodeOf(as(outsider.user).introductions.withdraw({ companyId: outsider.companyId, id: created.id }))).toBe("INVALID_STATE");
      expect((await as(outsider.user).introductions.request({ companyId: outsider.companyId, toCompanyId, message })).status).toBe("WITH_CONTACT_POINT");
    });

    it("refuses a brokered request to a company in no cluster (nobody could broker it)", async () => {
      const lonely = await prisma().company.findFirst({ where: { status: "PUBLISHED", clusters: { none: {} }, id: { notIn: [outsider.companyId, interested.companyId, owner.companyId] } }, select: { id: true } });
      if (!lonely) return;
      expect(await appCodeOf(as(outsider.user).introductions.request({ companyId: outsider.companyId, toCompanyId: lonely.id, message, brokered: true }))).toBe("INVALID_STATE");
      expect(await prisma().introduction.count({ where: { toCompanyId: lonely.id } })).toBe(0);
    });
  });

  describe("cluster managers and admins", () => {
    it("do not learn an anonymous owner outside their cluster from the interested side's cluster", async () => {
      const db = prisma();
      const ownerClusters = (await db.companyCluster.findMany({ where: { companyId: owner.companyId }, select: { clusterId: true } })).map((c) => c.clusterId);
      const requester = await db.companyCluster.findFirstOrThrow({
        where: { clusterId: { notIn: ownerClusters }, company: { status: "PUBLISHED", city: { not: (await db.company.findUniqueOrThrow({ where: { id: owner.companyId } })).city } } },
        select: { companyId: true, clusterId: true },
      });
      const manager = await buildUser(db, { name: "Ivo Interested-Side Manager", role: "CLUSTER_MANAGER" });
      await addClusterManager(db, manager.id, requester.clusterId);
      const member = await buildUser(db, { name: "Mia Member" });
      await addMembership(db, member.id, requester.companyId);
      const created = await as(member).introductions.expressInterest({ companyId: requester.companyId, opportunityId: anonymous.id, message });

      const seen = (await as(manager).introductions.listForCluster({ clusterId: requester.clusterId })).items.find((i) => i.id === created.id);
      expect(seen).toMatchObject({ from: { id: requester.companyId }, to: null, canBroker: false });
      expectNoSecrets(seen, "the requester's cluster manager's view");
      // The owner's own cluster sees both sides.
      if (ownerClusters[0]) {
        const admin = await buildUser(db, { name: "Adam Admin", role: "ADMIN" });
        const ownSide = (await as(admin).introductions.listForCluster({ clusterId: ownerClusters[0] })).items.find((i) => i.id === created.id);
        expect(ownSide?.to?.id).toBe(owner.companyId);
      }
    });

    it("audit what they do when acting for a company", async () => {
      const db = prisma();
      const admin = await buildUser(db, { name: "Alma Admin", role: "ADMIN" });
      const created = await as(admin).introductions.request({ companyId: owner.companyId, toCompanyId: outsider.companyId, message });
      await as(outsider.user).introductions.accept({ companyId: outsider.companyId, id: created.id });
      await as(admin).introductions.sendMessage({ companyId: owner.companyId, id: created.id, body: "Written by the centre for the owner." });
      const entries = await db.auditLog.findMany({ where: { entityId: created.id }, select: { action: true, actorUserId: true, after: true }, orderBy: { createdAt: "asc" } });
      expect(entries.map((e) => e.action)).toEqual(["introduction.request", "introduction.message"]);
      expect(entries.every((e) => e.actorUserId === admin.id)).toBe(true);
      // A member's own decision is not an admin action.
      expect(await db.auditLog.count({ where: { entityId: created.id, action: "introduction.accept" } })).toBe(0);
    });
  });

  describe("notification preferences", () => {
    it("are honoured end to end: no e-mail when switched off, no in-app notice either when that is off too", async () => {
      const db = prisma();
      const api = as(interested.editor);
      const prefs = await api.accounts.preferences();
      await api.accounts.updatePreferences({ ...prefs, email: { ...prefs.email, introductions: false } });
      const ownerCompany = await db.company.findUniqueOrThrow({ where: { id: owner.companyId }, select: { id: true } });
      const mailsBefore = (await mailsTo(interested.editor.email, "introduction_received")).length;
      const first = await as(owner.user).introductions.request({ companyId: ownerCompany.id, toCompanyId: interested.companyId, message });
      expect((await notificationsOf(interested.editor.id, "introduction_received"))[0]!.data).toMatchObject({ introductionId: first.id });
      expect(await mailsTo(interested.editor.email, "introduction_received")).toHaveLength(mailsBefore);
      // The other member still gets both.
      expect((await notificationsOf(interested.user.id, "introduction_received"))[0]!.data).toMatchObject({ introductionId: first.id });

      await api.accounts.updatePreferences({ email: { ...prefs.email, messages: false }, inApp: { ...prefs.inApp, messages: false } });
      await as(interested.user).introductions.accept({ companyId: interested.companyId, id: first.id });
      const unread = (await api.notifications.unreadCount()).count;
      await as(owner.user).introductions.sendMessage({ companyId: owner.companyId, id: first.id, body: "Shall we talk on Monday?" });
      expect((await api.notifications.unreadCount()).count).toBe(unread);
      expect((await mailsTo(interested.editor.email, "message_received")).some((m) => m.text.includes("Shall we talk on Monday?"))).toBe(false);
      expect((await mailsTo(interested.user.email, "message_received")).some((m) => m.text.includes("Shall we talk on Monday?"))).toBe(true);
    });
  });
});
