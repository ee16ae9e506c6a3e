import { get as httpGet } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appCodeOf, callerFor, servicesFor, startTestSearch } from "../../test/fixtures.ts";
import { startTestHttpApp, TestBrowser, type TestHttpApp } from "../../test/http-client.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { ensureAdmin } from "../auth/bootstrap-admin.ts";
import type { RequestInfo, SessionUser } from "../context.ts";
import type { SearchRuntime } from "../search-index/search-runtime.ts";
import { enqueueEmail } from "../mail/mail.service.ts";

// The attack: request a password reset for the demo administrator, read the link from the
// development mailbox, take the account. Only an administrator, or a browser on the server's own
// machine, may read the mailbox.
describe(`development mailbox: administrators and this machine only (${process.env.TEST_DB})`, () => {
  let db: TestDatabase;
  let search: SearchRuntime;
  let app: TestHttpApp;
  let proxied: TestHttpApp;
  beforeAll(async () => {
    db = await createTestDatabase();
    search = await startTestSearch(db.prisma);
    app = await startTestHttpApp(db, search);
    // Behind a proxy (TRUST_PROXY=1) Express takes the client address from X-Forwarded-For.
    proxied = await startTestHttpApp(db, search, undefined, { trustProxy: 1 });
    const auth = servicesFor(db.prisma).auth;
    await ensureAdmin(db.prisma, auth, { email: "boss@example.test", password: "boss password 123" });
    await ensureAdmin(db.prisma, auth, { email: "member@example.test", password: "member password 123" });
    await db.prisma.user.update({ where: { email: "member@example.test" }, data: { role: "MEMBER" } });
    await enqueueEmail(db.prisma, { to: "boss@example.test", locale: "en", template: "password_reset", params: { name: "Boss", url: "http://localhost:3000/reset-password?token=secret-reset-token" } });
  });
  afterAll(async () => {
    await proxied.close();
    await app.close();
    await search.stop();
    await db.destroy();
  });

  const read = (browser: TestBrowser, headers: Record<string, string> = {}) =>
    fetch(`${browser.base}/trpc/mailbox.list?input=${encodeURIComponent(JSON.stringify({ limit: 10 }))}`, { headers: { cookie: browser.cookieHeader(), ...headers } }).then(
      async (res) => ({ status: res.status, body: await res.text() }),
    );
  const signedIn = async (base: string, email: string, password: string) => {
    const browser = new TestBrowser(base);
    expect((await browser.mutate("accounts.signIn", { email, password })).data).toEqual({ ok: true });
    return browser;
  };

  it("a browser on this machine reads it", async () => {
    const local = await read(new TestBrowser(app.base));
    expect(local.status).toBe(200);
    expect(local.body).toContain("secret-reset-token");
  });

  it("a visitor whose request passed through a proxy gets nothing, whatever address the proxy names", async () => {
    const visitor = new TestBrowser(proxied.base);
    for (const headers of <Record<string, string>[]>[
      { "x-forwarded-for": "203.0.113.9" },
      // Forged to look local: the proxy's header alone shows the request came from elsewhere.
      { "x-forwarded-for": "127.0.0.1" },
      { forwarded: "for=127.0.0.1" },
      { "x-real-ip": "127.0.0.1" },
      // Headers other proxies add (found by an outside probe).
      { via: "1.1 nginx" },
      { "x-forwarded-proto": "https" },
      { "x-original-forwarded-for": "203.0.113.9" },
      { "client-ip": "203.0.113.9" },
      { "x-forwarded-server": "proxy.example" },
    ]) {
      const answer = await read(visitor, headers);
      expect(answer.status, JSON.stringify(headers)).toBe(401);
      expect(answer.body).not.toContain("secret-reset-token");
    }
    // The same holds without trust proxy: the header is enough to refuse.
    const direct = await read(new TestBrowser(app.base), { "x-forwarded-for": "127.0.0.1" });
    expect(direct.status).toBe(401);
  });

  it("a foreign page re-binding its name to 127.0.0.1 gets nothing (Host is not a loopback name)", async () => {
    // fetch sends the URL's host whatever it is told; node:http sends the Host given.
    const rebound = await new Promise<number>((resolve, reject) => {
      const url = `${app.base}/trpc/mailbox.list?input=${encodeURIComponent(JSON.stringify({ limit: 10 }))}`;
      httpGet(url, { headers: { host: `evil.example:${new URL(app.base).port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on("error", reject);
    });
    expect(rebound).toBe(401);
    const request: RequestInfo = { headers: new Headers({ host: "evil.example:3000" }), ip: "127.0.0.1", setCookie: () => {} };
    expect(await appCodeOf(callerFor(db.prisma, search, null, request).mailbox.list({ limit: 5 }))).toBe("UNAUTHENTICATED");
  });

  it("a visitor or a member from another machine gets nothing; an administrator from anywhere reads it", async () => {
    const remote: RequestInfo = { headers: new Headers({ host: "cluster-match.example" }), ip: "203.0.113.9", setCookie: () => {} };
    const user = async (email: string): Promise<SessionUser> => {
      const row = await db.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, role: true, locale: true } });
      return row;
    };
    expect(await appCodeOf(callerFor(db.prisma, search, null, remote).mailbox.list({ limit: 5 }))).toBe("UNAUTHENTICATED");
    expect(await appCodeOf(callerFor(db.prisma, search, await user("member@example.test"), remote).mailbox.list({ limit: 5 }))).toBe("FORBIDDEN");
    const mails = await callerFor(db.prisma, search, await user("boss@example.test"), remote).mailbox.list({ limit: 5 });
    expect(mails.map((m) => m.toAddress)).toContain("boss@example.test");

    // Over HTTP through the proxy: the member is refused, the administrator reads.
    const member = await signedIn(proxied.base, "member@example.test", "member password 123");
    const refused = await read(member, { "x-forwarded-for": "203.0.113.9" });
    expect(refused.status).toBe(403);
    expect(refused.body).not.toContain("secret-reset-token");
    const admin = await signedIn(proxied.base, "boss@example.test", "boss password 123");
    const allowed = await read(admin, { "x-forwarded-for": "203.0.113.9" });
    expect(allowed.status).toBe(200);
    expect(allowed.body).toContain("secret-reset-token");
  });

  it("is not found for anyone while DEV_MAILBOX is off", async () => {
    const off = { ...servicesFor(db.prisma), devMailbox: false };
    const offApp = await startTestHttpApp(db, search, undefined, { services: off });
    try {
      const answer = await read(new TestBrowser(offApp.base));
      expect(answer.status).toBe(404);
    } finally {
      await offApp.close();
    }
  });
});
