import { beforeAll, describe, expect, it } from "vitest";
import { buildActors, type Actors } from "../../test/builders.ts";
import { appCodeOf, callerFor, useSeededDatabase } from "../../test/fixtures.ts";
import type { SessionUser } from "../context.ts";

describe(`clusters' contact points and the contact form (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  let actors: Actors;
  let unmanagedClusterId: string;
  const prisma = () => seeded.db.prisma;
  let ipCount = 0;
  /** Each call from its own client address unless given, so the hourly budget is tested on purpose only. */
  const as = (user: SessionUser | null, ip = `203.0.113.${++ipCount % 250}`) =>
    callerFor(seeded.db.prisma, seeded.search, user, { headers: new Headers(), ip, setCookie: () => {} });

  beforeAll(async () => {
    actors = await buildActors(seeded.db.prisma);
    const cluster = await prisma().cluster.findFirstOrThrow({ where: { managers: { none: {} } }, select: { id: true } });
    unmanagedClusterId = cluster.id;
  });

  let n = 0;
  const message = (clusterId: string | null, overrides: Record<string, unknown> = {}) => ({
    clusterId,
    fromName: "Klaus Berger",
    fromEmail: `klaus${++n}@berger-example.de`,
    fromCompanyName: "Berger Antriebe GmbH",
    subject: "Suppliers of laser-cut parts",
    body: "We are looking for Bulgarian suppliers of laser-cut stainless parts, 2,000 a year.",
    locale: "de" as const,
    ...overrides,
  });
  const lastMail = (to: string, template: string) =>
    prisma().emailMessage.findFirst({ where: { toAddress: to, template }, orderBy: { createdAt: "desc" }, select: { subject: true, text: true } });

  it("shows who answers: the managers by name (never their addresses), or the admins when a cluster has none", async () => {
    const point = await as(null).clusterContact.contactPoint({ clusterId: actors.clusterId });
    expect(point).toEqual({ answeredBy: "managers", managers: [{ name: "Manager" }] });
    expect(JSON.stringify(point)).not.toContain("@");
    expect(await as(null).clusterContact.contactPoint({ clusterId: unmanagedClusterId })).toEqual({ answeredBy: "admins", managers: [] });
    expect(await appCodeOf(as(null).clusterContact.contactPoint({ clusterId: "no-such-cluster" }))).toBe("NOT_FOUND");
  });

  it("delivers a visitor's message to the cluster's managers and confirms to the sender who will answer", async () => {
    const input = message(actors.clusterId);
    expect(await as(null).clusterContact.send(input)).toMatchObject({ answeredBy: "managers" });
    const stored = await prisma().contactMessage.findFirstOrThrow({ where: { fromEmail: input.fromEmail }, select: { id: true, clusterId: true, status: true, fromUserId: true, locale: true } });
    expect(stored).toMatchObject({ clusterId: actors.clusterId, status: "OPEN", fromUserId: null, locale: "de" });
    const notice = await prisma().notification.findFirstOrThrow({ where: { userId: actors.manager.id, type: "contact_message_received" }, select: { data: true } });
    expect(notice.data).toMatchObject({ messageId: stored.id, subject: input.subject });
    expect((await lastMail(actors.manager.email, "contact_message_received"))?.text).toContain(input.body);
    // Nobody else hears of it.
    expect(await prisma().notification.count({ where: { userId: { in: [actors.otherManager.id, actors.admin.id] }, type: "contact_message_received" } })).toBe(0);
    // A visitor's address is unproven: no mail of ours goes there (the page tells who answers).
    expect(await lastMail(input.fromEmail, "contact_confirmation")).toBeNull();

    // A signed-in member writing from their own (confirmed) address gets the confirmation.
    const member = actors.outsider;
    await as(member).clusterContact.send(message(actors.clusterId, { fromEmail: member.email }));
    const confirmation = await lastMail(member.email, "contact_confirmation");
    expect(confirmation?.subject).toMatch(/^Wir haben Ihre Nachricht erhalten/);
    expect(confirmation?.text).toContain("Manager");
    expect(confirmation?.text).not.toContain(actors.manager.email);
  });

  it("sends messages to a cluster without managers, or to the network, to the admins", async () => {
    await as(null).clusterContact.send(message(unmanagedClusterId));
    const toNetwork = message(null, { locale: "en" });
    expect(await as(null).clusterContact.send(toNetwork)).toMatchObject({ answeredBy: "admins" });
    const notices = await prisma().notification.findMany({ where: { userId: actors.admin.id, type: "contact_message_received" }, select: { data: true } });
    expect(notices.map((x) => (x.data as { clusterId: string | null }).clusterId).sort()).toEqual([unmanagedClusterId, null].sort());
    const signedIn = message(null, { locale: "en", fromEmail: actors.outsider.email });
    await as(actors.outsider).clusterContact.send(signedIn);
    expect((await lastMail(actors.outsider.email, "contact_confirmation"))?.text).toContain("The network's administrators");
    const network = await as(actors.admin).clusterContact.listNetwork({});
    expect(network.items.map((m) => m.fromEmail)).toContain(toNetwork.fromEmail);
    expect(await appCodeOf(as(actors.manager).clusterContact.listNetwork({}))).toBe("FORBIDDEN");
  });

  it("drops a message whose honeypot is filled, answering as if it was sent", async () => {
    const input = message(actors.clusterId, { website: "http://spam.example" });
    expect(await as(null).clusterContact.send(input)).toMatchObject({ answeredBy: "managers" });
    expect(await prisma().contactMessage.count({ where: { fromEmail: input.fromEmail } })).toBe(0);
    expect(await prisma().emailMessage.count({ where: { toAddress: input.fromEmail } })).toBe(0);
  });

  it("limits messages per client address and per sender", async () => {
    const codes: (string | null)[] = [];
    for (let i = 0; i < 6; i++) codes.push(await appCodeOf(as(null, "192.0.2.55").clusterContact.send(message(actors.clusterId))));
    expect(codes).toEqual([null, null, null, null, null, "RATE_LIMITED"]);
    const sender = message(actors.clusterId);
    const bySender: (string | null)[] = [];
    for (let i = 0; i < 4; i++) bySender.push(await appCodeOf(as(null).clusterContact.send({ ...sender, subject: `Question ${i}` })));
    expect(bySender).toEqual([null, null, null, "RATE_LIMITED"]);
  });

  it("refuses hostile or incomplete input without storing anything", async () => {
    const before = await prisma().contactMessage.count();
    expect(await appCodeOf(as(null).clusterContact.send(message(actors.clusterId, { fromEmail: "not-an-address" })))).toBe("VALIDATION");
    expect(await appCodeOf(as(null).clusterContact.send(message(actors.clusterId, { subject: "Hi\u202Ethere" })))).toBe("VALIDATION");
    expect(await appCodeOf(as(null).clusterContact.send(message(actors.clusterId, { body: "short" })))).toBe("VALIDATION");
    expect(await appCodeOf(as(null).clusterContact.send(message("no-such-cluster")))).toBe("NOT_FOUND");
    expect(await prisma().contactMessage.count()).toBe(before);
  });

  it("lets a manager answer by e-mail (no address of theirs given away) or close; another cluster's manager cannot", async () => {
    const input = message(actors.clusterId, { locale: "bg" });
    await as(actors.outsider).clusterContact.send(input);
    const list = await as(actors.manager).clusterContact.listForCluster({ clusterId: actors.clusterId, status: "OPEN" });
    const item = list.items.find((m) => m.fromEmail === input.fromEmail)!;
    expect(item).toMatchObject({ signedIn: true, status: "OPEN", fromCompanyName: "Berger Antriebe GmbH" });

    expect(await appCodeOf(as(actors.otherManager).clusterContact.answer({ clusterId: actors.clusterId, id: item.id, answer: "Hello" }))).toBe("FORBIDDEN");
    expect(await appCodeOf(as(actors.otherManager).clusterContact.answer({ clusterId: actors.otherClusterId, id: item.id, answer: "Hello" }))).toBe("NOT_FOUND");
    expect(await appCodeOf(as(actors.outsider).clusterContact.listForCluster({ clusterId: actors.clusterId }))).toBe("FORBIDDEN");
    expect(await appCodeOf(as(actors.admin).clusterContact.answerNetwork({ id: item.id, answer: "Hello" }))).toBe("NOT_FOUND");

    const answered = await as(actors.manager).clusterContact.answer({ clusterId: actors.clusterId, id: item.id, answer: "Три фирми от клъстера режат неръждаема стомана с лазер." });
    expect(answered).toMatchObject({ status: "ANSWERED", handledByName: "Manager" });
    const mail = await lastMail(input.fromEmail, "contact_answer");
    expect(mail?.subject).toBe(`Отговор: ${input.subject}`);
    expect(mail?.text).toContain("Три фирми от клъстера");
    expect(mail?.text).not.toContain(actors.manager.email);
    expect(await prisma().auditLog.count({ where: { entityId: item.id, action: "contact_message.answer", actorUserId: actors.manager.id } })).toBe(1);

    const closed = await as(actors.manager).clusterContact.close({ clusterId: actors.clusterId, id: item.id });
    expect(closed.status).toBe("CLOSED");
    expect(await appCodeOf(as(actors.manager).clusterContact.answer({ clusterId: actors.clusterId, id: item.id, answer: "Again" }))).toBe("INVALID_STATE");
  });

  it("lets admins answer and close messages to the network", async () => {
    const input = message(null);
    await as(null).clusterContact.send(input);
    const item = (await as(actors.admin).clusterContact.listNetwork({ status: "OPEN" })).items.find((m) => m.fromEmail === input.fromEmail)!;
    expect(await appCodeOf(as(actors.manager).clusterContact.answerNetwork({ id: item.id, answer: "Hello" }))).toBe("FORBIDDEN");
    expect((await as(actors.admin).clusterContact.answerNetwork({ id: item.id, answer: "Willkommen im Netzwerk." })).status).toBe("ANSWERED");
    expect((await lastMail(input.fromEmail, "contact_answer"))?.subject).toBe(`AW: ${input.subject}`);
    expect((await as(actors.admin).clusterContact.closeNetwork({ id: item.id })).status).toBe("CLOSED");
  });
});
