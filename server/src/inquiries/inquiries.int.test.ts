import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClusterManager, addMembership, buildUser } from "../../test/builders.ts";
import { appCodeOf, callerFor, servicesFor, useSeededDatabase } from "../../test/fixtures.ts";
import { startTestHttpApp, TestBrowser, type TestHttpApp } from "../../test/http-client.ts";
import { testLogger } from "../../test/test-database.ts";
import { ensureAdmin } from "../auth/bootstrap-admin.ts";
import { createInnerContext, type SessionUser } from "../context.ts";
import { openAttachment, stageAttachment } from "./inquiries.service.ts";

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/drawings");
const fixture = (name: string) => readFileSync(path.join(fixtures, name));
const message = "Please quote 500 brackets B-100 from 2 mm S235, laser cut and bent, drawing attached.";

describe(`inquiries: one request for quotation to several suppliers (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  const prisma = () => seeded.db.prisma;
  const as = (user: SessionUser | null) => callerFor(prisma(), seeded.search, user);
  const ctxOf = (user: SessionUser) =>
    ({ ...createInnerContext({ prisma: prisma(), logger: testLogger, search: seeded.search, services: servicesFor(prisma()), user, clock: seeded.clock }), user });
  const stage = async (user: SessionUser, name: string, bytes = fixture(name)) => stageAttachment(ctxOf(user), { fileName: name, bytes });
  const today = () => seeded.clock.now().toISOString().slice(0, 10);
  const inDays = (days: number) => new Date(seeded.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

  let buyer: { companyId: string; user: SessionUser };
  /** Two suppliers with a member each, one firm without users (its cluster's manager is the contact point). */
  let supplierA: { companyId: string; user: SessionUser };
  let supplierB: { companyId: string; user: SessionUser };
  let memberless: { companyId: string; manager: SessionUser };
  let outsider: { companyId: string; user: SessionUser };
  let unpublishedId: string;
  let app: TestHttpApp;

  beforeAll(async () => {
    const db = prisma();
    const clustered = await db.company.findMany({
      where: { status: "PUBLISHED", memberships: { none: {} }, clusters: { some: {} } },
      orderBy: { id: "asc" },
      take: 6,
      select: { id: true, clusters: { select: { clusterId: true }, take: 1 } },
    });
    expect(clustered.length).toBe(6);
    const member = async (companyId: string, name: string, locale: string) => {
      const user = await buildUser(db, { name, locale });
      await addMembership(db, user.id, companyId, "OWNER");
      return { companyId, user };
    };
    buyer = await member(clustered[0]!.id, "Berta Buyer", "de");
    supplierA = await member(clustered[1]!.id, "Anna Supplier", "bg");
    supplierB = await member(clustered[2]!.id, "Boris Supplier", "en");
    const manager = await buildUser(db, { name: "Clara Contact", role: "CLUSTER_MANAGER", locale: "de" });
    await addClusterManager(db, manager.id, clustered[3]!.clusters[0]!.clusterId);
    memberless = { companyId: clustered[3]!.id, manager };
    outsider = await member(clustered[4]!.id, "Otto Outsider", "en");
    unpublishedId = clustered[5]!.id;
    await db.company.update({ where: { id: unpublishedId }, data: { status: "DRAFT" } });
    app = await startTestHttpApp(seeded.db, seeded.search);
  });
  afterAll(() => app.close());

  const send = async (extra: Partial<{ recipientIds: string[]; attachments: { uploadId: string; fileName: string }[]; subject: string }> = {}) =>
    as(buyer.user).inquiries.send({
      companyId: buyer.companyId,
      recipientIds: extra.recipientIds ?? [supplierA.companyId, supplierB.companyId, memberless.companyId],
      subject: extra.subject ?? "Brackets B-100, 500 pcs",
      message,
      quantity: "500 pcs",
      replyBy: inDays(14),
      attachments: extra.attachments ?? [],
    });
  const counts = async () => {
    const db = prisma();
    return { inquiries: await db.inquiry.count(), attachments: await db.inquiryAttachment.count(), copies: await db.introduction.count({ where: { kind: "INQUIRY" } }), notifications: await db.notification.count() };
  };

  let sent: { id: string; attachmentId: string; copyOf: (companyId: string) => string };

  it("sends one inquiry with a drawing to three firms: two teams and the contact point of the firm without users", async () => {
    const pdf = await stage(buyer.user, "bracket.pdf");
    const step = await stage(buyer.user, "bracket.step");
    expect(pdf).toMatchObject({ fileName: "bracket.pdf", contentType: "application/pdf", size: fixture("bracket.pdf").length });
    const result = await send({ attachments: [pdf, step].map((a) => ({ uploadId: a.uploadId, fileName: a.fileName })) });
    const byCompany = new Map(result.recipients.map((r) => [r.companyId, r]));
    expect(byCompany.get(supplierA.companyId)?.status).toBe("PENDING");
    expect(byCompany.get(supplierB.companyId)?.status).toBe("PENDING");
    expect(byCompany.get(memberless.companyId)?.status).toBe("WITH_CONTACT_POINT");

    const stored = await prisma().inquiryAttachment.findMany({ where: { inquiryId: result.id }, orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, contentType: true, sha256: true, size: true } });
    expect(stored.map((s) => s.contentType).sort()).toEqual(["application/pdf", "application/step"]);
    const { createHash } = await import("node:crypto");
    expect(stored.find((s) => s.contentType === "application/pdf")!.sha256).toBe(createHash("sha256").update(fixture("bracket.pdf")).digest("hex"));

    // The suppliers' members are told in-app and by e-mail in their language; the contact point for the memberless firm.
    const noticeOf = (userId: string) => prisma().notification.findMany({ where: { userId }, select: { type: true, data: true } });
    expect((await noticeOf(supplierA.user.id)).map((n) => n.type)).toEqual(["inquiry_received"]);
    expect((await noticeOf(memberless.manager.id)).map((n) => n.type)).toEqual(["introduction_to_contact_point"]);
    const mailTo = (email: string) => prisma().emailMessage.findMany({ where: { toAddress: email }, select: { template: true, subject: true, text: true } });
    const [bg] = await mailTo(supplierA.user.email);
    expect(bg).toMatchObject({ template: "inquiry_received" });
    expect(bg!.subject).toContain("Запитване за оферта");
    expect(bg!.text).toContain("Количество: 500 pcs");
    const [de] = await mailTo(memberless.manager.email);
    expect(de).toMatchObject({ template: "introduction_to_contact_point" });
    expect(de!.text).toContain("Angebotsanfrage „Brackets B-100, 500 pcs“");
    expect(await mailTo(outsider.user.email)).toEqual([]);

    sent = { id: result.id, attachmentId: stored.find((s) => s.contentType === "application/pdf")!.id, copyOf: (c) => byCompany.get(c)!.introductionId };
  });

  it("lets the sender, the recipients and the memberless firm's contact point download the drawing, nobody else", async () => {
    const open = (user: SessionUser) => openAttachment(ctxOf(user), { attachmentId: sent.attachmentId });
    for (const user of [buyer.user, supplierA.user, supplierB.user, memberless.manager]) {
      expect((await open(user)).bytes.equals(fixture("bracket.pdf"))).toBe(true);
    }
    const admin = await buildUser(prisma(), { role: "ADMIN" });
    expect((await open(admin)).contentType).toBe("application/pdf");
    // A member of a firm the inquiry did not go to, and a manager of an unrelated cluster: not found.
    await expect(open(outsider.user)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const strangerManager = await buildUser(prisma(), { role: "CLUSTER_MANAGER" });
    await expect(open(strangerManager)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The attachments are part of the copy a recipient opens; an outsider cannot open the copy.
    const seen = await as(supplierA.user).inquiries.ofIntroduction({ companyId: supplierA.companyId, introductionId: sent.copyOf(supplierA.companyId) });
    expect(seen.attachments.map((a) => a.url)).toContain(`/inquiry-files/${sent.attachmentId}`);
    expect(await appCodeOf(as(outsider.user).inquiries.ofIntroduction({ companyId: outsider.companyId, introductionId: sent.copyOf(supplierA.companyId) }))).toBe("NOT_FOUND");
    // Every view names the request for quotation by its subject: the buyer's and supplier's inbox, the contact point's queue.
    const subject = { subject: "Brackets B-100, 500 pcs" };
    const buyerView = await as(buyer.user).introductions.get({ companyId: buyer.companyId, id: sent.copyOf(supplierA.companyId), locale: "de" });
    expect(buyerView).toMatchObject({ kind: "INQUIRY", inquiry: { id: sent.id, ...subject } });
    const buyerList = await as(buyer.user).introductions.list({ companyId: buyer.companyId, box: "outgoing", locale: "de" });
    expect(buyerList.items.filter((i) => i.inquiry?.id === sent.id).map((i) => i.inquiry?.subject)).toEqual([subject.subject, subject.subject, subject.subject]);
    const supplierList = await as(supplierA.user).introductions.list({ companyId: supplierA.companyId, box: "incoming", locale: "bg" });
    expect(supplierList.items.find((i) => i.id === sent.copyOf(supplierA.companyId))?.inquiry).toEqual({ id: sent.id, ...subject });
    const queued = await as(memberless.manager).contactPoint.get({ id: sent.copyOf(memberless.companyId), locale: "de" });
    expect(queued).toMatchObject({ kind: "INQUIRY", inquiry: { id: sent.id, ...subject } });
    // Supplier B's member may not read A's copy through B's company either.
    expect(await appCodeOf(as(supplierB.user).inquiries.ofIntroduction({ companyId: supplierB.companyId, introductionId: sent.copyOf(supplierA.companyId) }))).toBe("NOT_FOUND");
  });

  it("serves the download over HTTP as an attachment with the detected type, and 404 to anyone else", async () => {
    await ensureAdmin(prisma(), servicesFor(prisma()).auth, { email: "a-supplier@example.test", password: "supplier password 123" });
    const httpUser = await prisma().user.update({ where: { email: "a-supplier@example.test" }, data: { role: "MEMBER" }, select: { id: true } });
    await addMembership(prisma(), httpUser.id, supplierA.companyId, "EDITOR");
    const browser = new TestBrowser(app.base);
    expect((await browser.mutate("accounts.signIn", { email: "a-supplier@example.test", password: "supplier password 123" })).data).toEqual({ ok: true });
    const res = await fetch(`${app.base}/inquiry-files/${sent.attachmentId}`, { headers: { cookie: browser.cookieHeader() } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="bracket.pdf"; filename*=UTF-8''bracket.pdf`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await res.arrayBuffer()).equals(fixture("bracket.pdf"))).toBe(true);
    // A visitor, and a made-up id: the same empty 404.
    expect((await fetch(`${app.base}/inquiry-files/${sent.attachmentId}`)).status).toBe(404);
    expect((await fetch(`${app.base}/inquiry-files/nope`, { headers: { cookie: browser.cookieHeader() } })).status).toBe(404);

    // Upload: a drawing is staged; a renamed program is refused naming the file; no session, no upload.
    const upload = (bytes: Buffer, name: string, cookie = browser.cookieHeader()) =>
      fetch(`${app.base}/inquiry-files?name=${encodeURIComponent(name)}`, { method: "POST", headers: { cookie, origin: app.base, "content-type": "application/octet-stream" }, body: new Uint8Array(bytes) });
    const ok = await upload(fixture("bracket.dxf"), "bracket.dxf");
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ fileName: "bracket.dxf", contentType: "image/vnd.dxf" });
    const refused = await upload(fixture("setup.pdf"), "setup.pdf");
    expect(refused.status).toBe(415);
    expect(await refused.json()).toMatchObject({ error: { data: { appCode: "UNSUPPORTED_FILE", details: { fileName: "setup.pdf" } } } });
    expect((await upload(fixture("bracket.pdf"), "x.pdf", "")).status).toBe(401);
    const tooBig = await upload(Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(10 * 1024 * 1024)]), "huge.pdf");
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ error: { data: { appCode: "FILE_TOO_LARGE", details: { fileName: "huge.pdf" } } } });
    // Another site's page cannot upload with the user's cookie.
    const crossSite = await fetch(`${app.base}/inquiry-files?name=a.pdf`, { method: "POST", headers: { cookie: browser.cookieHeader(), origin: "https://evil.example" }, body: new Uint8Array(fixture("bracket.pdf")) });
    expect(crossSite.status).toBe(403);
    // Nobody who may not send an inquiry gets disk space: a plain member without a published firm.
    await prisma().membership.deleteMany({ where: { userId: httpUser.id } });
    const noFirm = await upload(fixture("bracket.pdf"), "x.pdf");
    expect(noFirm.status).toBe(403);
    expect(await noFirm.json()).toMatchObject({ error: { data: { appCode: "FORBIDDEN" } } });
  });

  it("shows a quote only to the buyer and the quoting supplier, and tells the buyer", async () => {
    const copyA = sent.copyOf(supplierA.companyId);
    const quote = { introductionId: copyA, priceMinor: 1_234_50, currency: "EUR" as const, leadTimeDays: 21, validUntil: inDays(30), note: "Incl. zinc plating" };
    // Quoting opens with acceptance.
    expect(await appCodeOf(as(supplierA.user).inquiries.submitQuote({ companyId: supplierA.companyId, ...quote }))).toBe("INVALID_STATE");
    await as(supplierA.user).introductions.accept({ companyId: supplierA.companyId, id: copyA });
    const saved = await as(supplierA.user).inquiries.submitQuote({ companyId: supplierA.companyId, ...quote });
    expect(saved).toMatchObject({ priceMinor: 123450, currency: "EUR", leadTimeDays: 21, validUntil: quote.validUntil });
    // The buyer sees it in the comparison and in the thread's view; a notice tells the buyer's team.
    const detail = await as(buyer.user).inquiries.get({ companyId: buyer.companyId, id: sent.id });
    const rowA = detail.suppliers.find((s) => s.supplier.id === supplierA.companyId)!;
    expect(rowA).toMatchObject({ state: "quoted", quote: { priceMinor: 123450, leadTimeDays: 21 } });
    expect(detail.suppliers.find((s) => s.supplier.id === supplierB.companyId)).toMatchObject({ state: "waiting", quote: null });
    expect(detail.suppliers.find((s) => s.supplier.id === memberless.companyId)).toMatchObject({ state: "withContactPoint", quote: null });
    expect((await as(buyer.user).inquiries.ofIntroduction({ companyId: buyer.companyId, introductionId: copyA })).quote?.priceMinor).toBe(123450);
    const notices = await prisma().notification.findMany({ where: { userId: buyer.user.id, type: "inquiry_quoted" }, select: { data: true } });
    expect(notices).toHaveLength(1);
    expect(notices[0]!.data).toMatchObject({ path: `/inquiries/${buyer.companyId}/${sent.id}`, updated: false });
    // Supplier B sees its own copy without A's quote; B cannot read the buyer's comparison.
    expect((await as(supplierB.user).inquiries.ofIntroduction({ companyId: supplierB.companyId, introductionId: sent.copyOf(supplierB.companyId) })).quote).toBeNull();
    expect(await appCodeOf(as(supplierB.user).inquiries.get({ companyId: supplierB.companyId, id: sent.id }))).toBe("NOT_FOUND");
    expect(await appCodeOf(as(supplierB.user).inquiries.get({ companyId: buyer.companyId, id: sent.id }))).toBe("FORBIDDEN");
    // B cannot quote on A's copy.
    expect(await appCodeOf(as(supplierB.user).inquiries.submitQuote({ companyId: supplierB.companyId, ...quote }))).toBe("NOT_FOUND");
    // An update replaces the quote and says so.
    await as(supplierA.user).inquiries.submitQuote({ companyId: supplierA.companyId, ...quote, priceMinor: 119900 });
    const updated = await prisma().notification.findMany({ where: { userId: buyer.user.id, type: "inquiry_quoted" }, orderBy: { createdAt: "desc" }, select: { data: true } });
    expect(updated[0]!.data).toMatchObject({ updated: true });
    expect((await as(buyer.user).inquiries.get({ companyId: buyer.companyId, id: sent.id })).suppliers.find((s) => s.supplier.id === supplierA.companyId)!.quote?.priceMinor).toBe(119900);
  });

  it("lets the buyer withdraw from one supplier and close the inquiry", async () => {
    await as(buyer.user).inquiries.withdrawSupplier({ companyId: buyer.companyId, introductionId: sent.copyOf(supplierB.companyId) });
    expect(await prisma().notification.count({ where: { userId: supplierB.user.id, type: "introduction_withdrawn" } })).toBe(1);
    expect(await appCodeOf(as(buyer.user).inquiries.withdrawSupplier({ companyId: buyer.companyId, introductionId: sent.copyOf(supplierB.companyId) }))).toBe("INVALID_STATE");
    let detail = await as(buyer.user).inquiries.get({ companyId: buyer.companyId, id: sent.id });
    expect(detail.closed).toBe(false);
    expect((await as(buyer.user).inquiries.close({ companyId: buyer.companyId, id: sent.id })).withdrawn).toBe(2);
    detail = await as(buyer.user).inquiries.get({ companyId: buyer.companyId, id: sent.id });
    expect(detail.closed).toBe(true);
    expect(detail.suppliers.map((s) => s.state).sort()).toEqual(["withdrawn", "withdrawn", "withdrawn"]);
    // The quote stays in the comparison; quoting again is refused once withdrawn.
    expect(detail.suppliers.find((s) => s.supplier.id === supplierA.companyId)!.quote?.priceMinor).toBe(119900);
    const list = await as(buyer.user).inquiries.list({ companyId: buyer.companyId });
    expect(list.items.find((i) => i.id === sent.id)).toMatchObject({ recipients: 3, quotes: 1, open: 0 });
  });

  it("writes nothing when a file is bad, a recipient is unpublished or the firm itself, or an upload is reused", async () => {
    const before = await counts();
    const good = await stage(buyer.user, "bracket.pdf");
    const goodRef = { uploadId: good.uploadId, fileName: good.fileName };
    // A staged file replaced by something else on the storage is checked again at sending.
    const swapped = await stage(buyer.user, "bracket.dxf");
    await servicesFor(prisma()).storage.put(`inquiries/${swapped.uploadId}.bin`, fixture("page.pdf"), "application/octet-stream");
    const bad = await send({ attachments: [goodRef, { uploadId: swapped.uploadId, fileName: "bracket.dxf" }] }).catch((e: unknown) => e);
    expect(await appCodeOf(Promise.reject(bad))).toBe("UNSUPPORTED_FILE");
    expect((bad as { cause?: { details?: unknown } }).cause?.details).toEqual({ fileName: "bracket.dxf" });
    expect(await appCodeOf(send({ attachments: [{ uploadId: "0".repeat(32), fileName: "x.pdf" }] }))).toBe("VALIDATION");
    expect(await appCodeOf(send({ recipientIds: [supplierA.companyId, unpublishedId], attachments: [goodRef] }))).toBe("NOT_FOUND");
    expect(await appCodeOf(send({ recipientIds: [supplierA.companyId, buyer.companyId] }))).toBe("INVALID_STATE");
    expect(await counts()).toEqual(before);
    // The good upload is still usable; used once, it cannot be attached to a second inquiry.
    await send({ recipientIds: [supplierA.companyId], attachments: [goodRef] });
    expect(await appCodeOf(send({ recipientIds: [supplierB.companyId], attachments: [goodRef] }))).toBe("VALIDATION");
  });

  it("refuses invalid input: too many recipients or files, a past reply-by date, a member of an unpublished firm", async () => {
    const base = { companyId: buyer.companyId, subject: "Brackets", message, quantity: "", replyBy: null, attachments: [] };
    const ids = Array.from({ length: 11 }, (_, i) => `company-${i}`);
    expect(await appCodeOf(as(buyer.user).inquiries.send({ ...base, recipientIds: ids }))).toBe("VALIDATION");
    expect(await appCodeOf(as(buyer.user).inquiries.send({ ...base, recipientIds: [supplierA.companyId, supplierA.companyId] }))).toBe("VALIDATION");
    const files = Array.from({ length: 6 }, (_, i) => ({ uploadId: `${i}`.repeat(32), fileName: `${i}.pdf` }));
    expect(await appCodeOf(as(buyer.user).inquiries.send({ ...base, recipientIds: [supplierA.companyId], attachments: files }))).toBe("VALIDATION");
    const yesterday = new Date(seeded.clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
    expect(await appCodeOf(as(buyer.user).inquiries.send({ ...base, recipientIds: [supplierA.companyId], replyBy: yesterday }))).toBe("VALIDATION");
    expect(today() >= yesterday).toBe(true);
    const draftMember = await buildUser(prisma());
    await addMembership(prisma(), draftMember.id, unpublishedId, "OWNER");
    expect(await appCodeOf(as(draftMember).inquiries.send({ ...base, companyId: unpublishedId, recipientIds: [supplierA.companyId] }))).toBe("INVALID_STATE");
    expect((await as(draftMember).inquiries.senderOptions()).map((o) => o.companyId)).toEqual([]);
    expect((await as(buyer.user).inquiries.senderOptions()).map((o) => o.companyId)).toEqual([buyer.companyId]);
    // The selection bar's names: published firms only, in the order asked.
    expect((await as(null).inquiries.recipients({ ids: [supplierB.companyId, unpublishedId, supplierA.companyId] })).map((r) => r.id)).toEqual([supplierB.companyId, supplierA.companyId]);
  });

  it("limits how many inquiries one user sends per hour", async () => {
    const sender = await buildUser(prisma());
    await addMembership(prisma(), sender.id, outsider.companyId, "EDITOR");
    const once = () =>
      as(sender).inquiries.send({ companyId: outsider.companyId, recipientIds: [supplierB.companyId], subject: "Small batch", message, quantity: "", replyBy: null, attachments: [] });
    for (let i = 0; i < 20; i++) await once();
    expect(await appCodeOf(once())).toBe("RATE_LIMITED");
  });
});
