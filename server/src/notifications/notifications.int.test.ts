import { describe, expect, it } from "vitest";
import { buildUser } from "../../test/builders.ts";
import { appCodeOf, callerFor, useSeededDatabase } from "../../test/fixtures.ts";
import type { SessionUser } from "../context.ts";
import { notify } from "./notify.ts";

describe(`notifications (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  const as = (user: SessionUser | null) => callerFor(seeded.db.prisma, seeded.search, user);

  /** Three notices for a user, oldest first, through the same function every domain uses. */
  async function threeNoticesFor(user: SessionUser) {
    for (const n of [1, 2, 3]) {
      await seeded.db.prisma.$transaction((tx) =>
        notify(tx, {
          recipients: [user.id],
          notice: {
            type: "message_received",
            data: { introductionId: `i${n}`, companyId: "c", fromName: "Metal Pro OOD", fromNameLatin: "Metal Pro OOD", excerpt: `Message ${n}`, path: `/inbox/c/i${n}` },
          },
          email: { template: "message_received", params: { fromName: "Metal Pro OOD", excerpt: `Message ${n}`, url: "http://localhost/inbox" } },
        }),
      );
    }
  }

  it("lists the caller's own notices newest first, pages them and filters the unread ones", async () => {
    const [ana, ben] = [await buildUser(seeded.db.prisma), await buildUser(seeded.db.prisma)];
    await threeNoticesFor(ana);
    await threeNoticesFor(ben);
    const list = await as(ana).notifications.list({});
    expect(list.items.map((i) => i.type === "message_received" && i.data.excerpt)).toEqual(["Message 3", "Message 2", "Message 1"]);
    expect(list).toMatchObject({ total: 3, unread: 3, page: 1 });
    expect(list.items[0]).toMatchObject({ type: "message_received", readAt: null, data: { path: "/inbox/c/i3" } });
    const second = await as(ana).notifications.list({ page: 2, pageSize: 2 });
    expect(second.items.map((i) => i.type === "message_received" && i.data.excerpt)).toEqual(["Message 1"]);
    expect(second.pageCount).toBe(2);
    expect((await as(ana).notifications.unreadCount()).count).toBe(3);
    expect((await as(ana).accounts.me({ locale: "en" }))?.unreadNotifications).toBe(3);
  });

  it("marks only the caller's own notices read; others' ids change nothing", async () => {
    const [ana, ben] = [await buildUser(seeded.db.prisma), await buildUser(seeded.db.prisma)];
    await threeNoticesFor(ana);
    await threeNoticesFor(ben);
    const mine = (await as(ana).notifications.list({})).items;
    const theirs = (await as(ben).notifications.list({})).items;

    expect(await as(ana).notifications.markRead({ ids: [mine[0]!.id, theirs[0]!.id, theirs[1]!.id, "no-such-id"] })).toEqual({ marked: 1 });
    expect((await as(ben).notifications.unreadCount()).count).toBe(3);
    expect((await as(ana).notifications.unreadCount()).count).toBe(2);
    // Marking again is harmless.
    expect(await as(ana).notifications.markRead({ ids: [mine[0]!.id] })).toEqual({ marked: 0 });
    const unread = await as(ana).notifications.list({ unreadOnly: true });
    expect(unread.items.map((i) => i.id)).toEqual([mine[1]!.id, mine[2]!.id]);
    expect((await as(ana).notifications.list({})).items[0]!.readAt).not.toBeNull();

    expect(await as(ana).notifications.markAllRead()).toEqual({ marked: 2 });
    expect((await as(ana).notifications.unreadCount()).count).toBe(0);
    expect((await as(ben).notifications.unreadCount()).count).toBe(3);
  });

  it("lists a stored row of no current kind, or of an older shape, as a generic notice", async () => {
    const ana = await buildUser(seeded.db.prisma);
    const rows = [
      { type: "review_requested", data: { companyId: "c1", companyName: "Alpha", email: "owner@alpha.example" } },
      { type: "digest", data: { name: "CNC", count: "three", path: "/saved-searches" } },
      { type: "message_received", data: [1, 2] },
    ];
    for (const [i, row] of rows.entries()) {
      await seeded.db.prisma.notification.create({ data: { userId: ana.id, ...row, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) }, select: { id: true } });
    }
    const list = await as(ana).notifications.list({});
    expect(list.items.map(({ type, data }) => ({ type, data }))).toEqual([
      { type: "unknown", data: {} },
      { type: "unknown", data: { path: "/saved-searches" } },
      { type: "unknown", data: { companyId: "c1" } },
    ]);
  });

  it("refuses visitors and malformed input", async () => {
    const ana = await buildUser(seeded.db.prisma);
    expect(await appCodeOf(as(null).notifications.list({}))).toBe("UNAUTHENTICATED");
    expect(await appCodeOf(as(null).notifications.markAllRead())).toBe("UNAUTHENTICATED");
    expect(await appCodeOf(as(ana).notifications.markRead({ ids: [] }))).toBe("VALIDATION");
    expect(await appCodeOf(as(ana).notifications.markRead({ ids: Array.from({ length: 101 }, (_, i) => `n${i}`) }))).toBe("VALIDATION");
    expect(await appCodeOf(as(ana).notifications.markRead({ ids: [42] } as never))).toBe("VALIDATION");
    expect(await appCodeOf(as(ana).notifications.list({ pageSize: 1000 }))).toBe("VALIDATION");
  });

  it("writes nothing in-app for a user who switched the topic off, and nothing for a suspended user", async () => {
    const [quiet, suspended] = [await buildUser(seeded.db.prisma), await buildUser(seeded.db.prisma)];
    const prefs = await as(quiet).accounts.preferences();
    await as(quiet).accounts.updatePreferences({ ...prefs, inApp: { ...prefs.inApp, messages: false } });
    await seeded.db.prisma.user.update({ where: { id: suspended.id }, data: { suspended: true } });
    await threeNoticesFor(quiet);
    await threeNoticesFor(suspended);
    expect(await seeded.db.prisma.notification.count({ where: { userId: { in: [quiet.id, suspended.id] } } })).toBe(0);
    // The e-mails still go to the quiet user (their e-mail switch is on), never to the suspended one.
    expect(await seeded.db.prisma.emailMessage.count({ where: { toAddress: quiet.email, template: "message_received" } })).toBe(3);
    expect(await seeded.db.prisma.emailMessage.count({ where: { toAddress: suspended.email } })).toBe(0);
  });
});
