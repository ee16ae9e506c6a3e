import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMembership, buildActors, buildUser, type Actors } from "../../test/builders.ts";
import { appCodeOf, callerFor, importDemoData, servicesFor, startTestSearch } from "../../test/fixtures.ts";
import { startTestHttpApp, TestBrowser, type TestHttpApp } from "../../test/http-client.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { ensureAdmin } from "../auth/bootstrap-admin.ts";
import type { SearchRuntime } from "../search-index/search-runtime.ts";

describe(`admin: users, roles, cluster managers, suspension (${process.env.TEST_DB})`, () => {
  let db: TestDatabase;
  let search: SearchRuntime;
  let app: TestHttpApp;
  let actors: Actors;
  let admin: ReturnType<typeof callerFor>;
  const prisma = () => db.prisma;

  beforeAll(async () => {
    db = await createTestDatabase();
    await importDemoData(db.prisma);
    search = await startTestSearch(db.prisma);
    app = await startTestHttpApp(db, search);
    actors = await buildActors(db.prisma);
    admin = callerFor(db.prisma, search, actors.admin);
  });
  afterAll(async () => {
    await app.close();
    await search.stop();
    await db.destroy();
  });

  const auditCount = (entityId: string) => prisma().auditLog.count({ where: { entityId } });

  it("lists users with their role, memberships and managed clusters; searches by name or e-mail", async () => {
    const named = await buildUser(prisma(), { name: "Йордан Колев", email: "yordan@partner.example" });
    await addMembership(prisma(), named.id, actors.companyId, "EDITOR");
    const found = await admin.admin.users({ q: "Йордан" });
    expect(found.items.map((u) => u.id)).toEqual([named.id]);
    expect(found.items[0]!.memberships).toEqual([expect.objectContaining({ companyId: actors.companyId, role: "EDITOR" })]);
    expect((await admin.admin.users({ q: "YORDAN@partner" })).items.map((u) => u.id)).toEqual([named.id]);

    const managers = await admin.admin.users({ role: "CLUSTER_MANAGER", pageSize: 100 });
    expect(managers.items.every((u) => u.role === "CLUSTER_MANAGER")).toBe(true);
    const manager = managers.items.find((u) => u.id === actors.manager.id)!;
    expect(manager.managedClusters.map((c) => c.id)).toEqual([actors.clusterId]);
    const all = await admin.admin.users({ pageSize: 2 });
    expect(all.total).toBe(await prisma().user.count());
    expect(all.items).toHaveLength(2);
  });

  it("sets a role with an audit entry, changes nothing on a repeat, and refuses to demote oneself", async () => {
    const user = await buildUser(prisma());
    const promoted = await admin.admin.setUserRole({ userId: user.id, role: "ADMIN" });
    expect(promoted.role).toBe("ADMIN");
    const entry = await prisma().auditLog.findFirstOrThrow({ where: { entityId: user.id, action: "user.setRole" }, select: { before: true, after: true, actorUserId: true } });
    expect(entry).toEqual({ before: { role: "MEMBER", suspended: false, managedClusterIds: [] }, after: { role: "ADMIN", suspended: false, managedClusterIds: [] }, actorUserId: actors.admin.id });
    await admin.admin.setUserRole({ userId: user.id, role: "ADMIN" });
    expect(await auditCount(user.id)).toBe(1);

    expect(await appCodeOf(admin.admin.setUserRole({ userId: actors.admin.id, role: "MEMBER" }))).toBe("INVALID_STATE");
    expect((await prisma().user.findUniqueOrThrow({ where: { id: actors.admin.id }, select: { role: true } })).role).toBe("ADMIN");
    expect(await appCodeOf(admin.admin.setUserRole({ userId: "no-such-user", role: "ADMIN" }))).toBe("NOT_FOUND");
    expect(await appCodeOf(admin.admin.setUserRole({ userId: user.id, role: "ROOT" } as never))).toBe("VALIDATION");
    expect(await auditCount(actors.admin.id)).toBe(0);
  });

  it("assigns and removes cluster managers: the role follows, the right takes effect, repeats change nothing", async () => {
    const user = await buildUser(prisma(), { name: "Partner Manager" });
    const asUser = () => callerFor(prisma(), search, { ...user, role: user.role });
    expect(await appCodeOf(asUser().imports.history({ clusterId: actors.otherClusterId }))).toBe("FORBIDDEN");

    const assigned = await admin.admin.assignClusterManager({ userId: user.id, clusterId: actors.otherClusterId });
    expect(assigned.role).toBe("CLUSTER_MANAGER");
    expect(assigned.managedClusters.map((c) => c.id)).toEqual([actors.otherClusterId]);
    await admin.admin.assignClusterManager({ userId: user.id, clusterId: actors.otherClusterId });
    expect(await prisma().clusterManager.count({ where: { userId: user.id } })).toBe(1);
    expect(await auditCount(user.id)).toBe(1);
    // The session user is read per request; with the new role the manager may now import for the cluster.
    const asManager = callerFor(prisma(), search, { ...user, role: "CLUSTER_MANAGER" });
    expect(await asManager.imports.history({ clusterId: actors.otherClusterId })).toEqual([]);
    expect(await appCodeOf(asManager.imports.history({ clusterId: actors.clusterId }))).toBe("FORBIDDEN");

    await admin.admin.assignClusterManager({ userId: user.id, clusterId: actors.clusterId });
    const afterOne = await admin.admin.removeClusterManager({ userId: user.id, clusterId: actors.otherClusterId });
    expect(afterOne).toMatchObject({ role: "CLUSTER_MANAGER", managedClusters: [{ id: actors.clusterId }] });
    const noneLeft = await admin.admin.removeClusterManager({ userId: user.id, clusterId: actors.clusterId });
    // A manager of no cluster is a member again.
    expect(noneLeft).toMatchObject({ role: "MEMBER", managedClusters: [] });
    const removal = await prisma().auditLog.findFirstOrThrow({ where: { entityId: user.id, action: "user.removeClusterManager" }, orderBy: { createdAt: "desc" }, select: { before: true, after: true } });
    expect(removal).toEqual({ before: { role: "CLUSTER_MANAGER", suspended: false, managedClusterIds: [actors.clusterId] }, after: { role: "MEMBER", suspended: false, managedClusterIds: [] } });
    const entries = await auditCount(user.id);
    await admin.admin.removeClusterManager({ userId: user.id, clusterId: actors.clusterId });
    expect(await auditCount(user.id)).toBe(entries);

    expect(await appCodeOf(admin.admin.assignClusterManager({ userId: user.id, clusterId: "no-such-cluster" }))).toBe("NOT_FOUND");
    expect(await appCodeOf(admin.admin.removeClusterManager({ userId: user.id, clusterId: "no-such-cluster" }))).toBe("NOT_FOUND");
    expect(await appCodeOf(admin.admin.assignClusterManager({ userId: "no-such-user", clusterId: actors.clusterId }))).toBe("NOT_FOUND");
    expect(await prisma().clusterManager.count({ where: { userId: user.id } })).toBe(0);

    // An admin given a cluster stays an admin; demoting a manager to member ends their assignments.
    const other = await buildUser(prisma(), { role: "ADMIN" });
    expect((await admin.admin.assignClusterManager({ userId: other.id, clusterId: actors.clusterId })).role).toBe("ADMIN");
    const manager = await buildUser(prisma());
    await admin.admin.assignClusterManager({ userId: manager.id, clusterId: actors.clusterId });
    expect((await admin.admin.setUserRole({ userId: manager.id, role: "MEMBER" })).managedClusters).toEqual([]);
    expect(await prisma().clusterManager.count({ where: { userId: manager.id } })).toBe(0);
  });

  it("suspends a user over HTTP: every session of theirs ends, sign-in is refused, reinstating lets them back", async () => {
    const auth = servicesFor(prisma()).auth;
    await ensureAdmin(prisma(), auth, { email: "boss@example.test", password: "boss password 123" });
    await ensureAdmin(prisma(), auth, { email: "member@example.test", password: "member password 123" });
    const member = await prisma().user.update({ where: { email: "member@example.test" }, data: { role: "MEMBER" }, select: { id: true } });

    const boss = new TestBrowser(app.base);
    expect((await boss.mutate("accounts.signIn", { email: "boss@example.test", password: "boss password 123" })).data).toEqual({ ok: true });
    const laptop = new TestBrowser(app.base);
    const phone = new TestBrowser(app.base);
    for (const browser of [laptop, phone]) {
      expect((await browser.mutate("accounts.signIn", { email: "member@example.test", password: "member password 123" })).data).toEqual({ ok: true });
      expect((await browser.query<{ email: string } | null>("accounts.me", { locale: "en" })).data?.email).toBe("member@example.test");
    }
    expect(await prisma().session.count({ where: { userId: member.id } })).toBe(2);

    const short = await boss.mutate("admin.suspendUser", { userId: member.id, reason: "no" });
    expect(short.error?.data.appCode).toBe("VALIDATION");
    expect(await prisma().session.count({ where: { userId: member.id } })).toBe(2);

    const suspended = await boss.mutate<{ suspended: boolean }>("admin.suspendUser", { userId: member.id, reason: "Spam messages to members" });
    expect(suspended.data?.suspended).toBe(true);
    expect(await prisma().session.count({ where: { userId: member.id } })).toBe(0);
    for (const browser of [laptop, phone]) expect((await browser.query("accounts.me", { locale: "en" })).data).toBeNull();
    const again = new TestBrowser(app.base);
    expect((await again.mutate("accounts.signIn", { email: "member@example.test", password: "member password 123" })).error?.data.appCode).toBe("ACCOUNT_SUSPENDED");
    const entry = await prisma().auditLog.findFirstOrThrow({ where: { entityId: member.id, action: "user.suspend" }, select: { after: true, actorEmail: true, summary: true } });
    expect(entry).toMatchObject({ actorEmail: "boss@example.test", after: { suspended: true, reason: "Spam messages to members", sessionsRevoked: 2 } });

    expect((await boss.mutate("admin.suspendUser", { userId: member.id, reason: "Spam messages to members" })).error?.data.appCode).toBe("INVALID_STATE");
    expect(await prisma().auditLog.count({ where: { entityId: member.id, action: "user.suspend" } })).toBe(1);

    expect((await boss.mutate<{ suspended: boolean }>("admin.reinstateUser", { userId: member.id })).data?.suspended).toBe(false);
    expect((await again.mutate("accounts.signIn", { email: "member@example.test", password: "member password 123" })).data).toEqual({ ok: true });
    expect((await boss.mutate("admin.reinstateUser", { userId: member.id })).error?.data.appCode).toBe("INVALID_STATE");

    // A member cannot suspend anyone; a signed-out browser is asked to sign in.
    const victim = await buildUser(prisma());
    expect((await again.mutate("admin.suspendUser", { userId: victim.id, reason: "Trying my luck" })).error?.data.appCode).toBe("FORBIDDEN");
    expect((await laptop.mutate("admin.suspendUser", { userId: victim.id, reason: "Trying my luck" })).error?.data.appCode).toBe("UNAUTHENTICATED");
    expect((await prisma().user.findUniqueOrThrow({ where: { id: victim.id }, select: { suspended: true } })).suspended).toBe(false);
  });

  it("refuses to let an admin suspend themself", async () => {
    expect(await appCodeOf(admin.admin.suspendUser({ userId: actors.admin.id, reason: "Testing the rule" }))).toBe("INVALID_STATE");
    expect((await prisma().user.findUniqueOrThrow({ where: { id: actors.admin.id }, select: { suspended: true } })).suspended).toBe(false);
    expect(await appCodeOf(callerFor(prisma(), search, actors.manager).admin.setUserRole({ userId: actors.manager.id, role: "ADMIN" }))).toBe("FORBIDDEN");
    expect((await prisma().user.findUniqueOrThrow({ where: { id: actors.manager.id }, select: { role: true } })).role).toBe("CLUSTER_MANAGER");
  });
});
