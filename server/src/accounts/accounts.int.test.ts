import { mkdtempSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servicesFor, startTestSearch, testSecret } from "../../test/fixtures.ts";
import { startTestHttpApp, TestBrowser, type TestHttpApp } from "../../test/http-client.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { SearchRuntime } from "../search-index/search-runtime.ts";
import { createServices } from "../services.ts";

let backgroundIdle = () => Promise.resolve();

/** The link of the newest e-mail of a template to an address, read from the mailbox like a person would. */
async function linkFrom(browser: TestBrowser, to: string, template: string): Promise<string> {
  // Reset and resend e-mails are written after the answer (the same work for unknown addresses).
  await backgroundIdle();
  const mails = await browser.query<{ template: string; text: string }[]>("mailbox.list", { to });
  const mail = mails.data!.find((m) => m.template === template);
  expect(mail, `${template} mail to ${to}`).toBeDefined();
  return mail!.text.match(/https?:\/\/\S+/)![0];
}
const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;

describe(`accounts over HTTP (${process.env.TEST_DB})`, () => {
  let db: TestDatabase;
  let search: SearchRuntime;
  let app: TestHttpApp;
  beforeAll(async () => {
    db = await createTestDatabase();
    search = await startTestSearch(db.prisma);
    app = await startTestHttpApp(db, search);
    backgroundIdle = () => servicesFor(db.prisma).background.idle();
  });
  afterAll(async () => {
    await app.close();
    await search.stop();
    await db.destroy();
  });

  const signUp = (browser: TestBrowser, email: string, password = "correct horse battery") =>
    browser.mutate("accounts.signUp", { name: "Ana Petrova", email, password, locale: "bg", acceptPrivacy: true });

  it("signs up, refuses sign-in before the e-mail is confirmed, confirms from the mailbox and signs in with an httpOnly cookie", async () => {
    const browser = new TestBrowser(app.base);
    expect((await signUp(browser, "Ana@Example.test")).data).toEqual({ ok: true });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "ana@example.test" }, select: { emailVerified: true, locale: true } });
    expect(user).toEqual({ emailVerified: false, locale: "bg" });
    // Stored hash is scrypt, never the password.
    const account = await db.prisma.account.findFirstOrThrow({ where: { user: { email: "ana@example.test" } }, select: { password: true } });
    expect(account.password).not.toContain("correct horse");

    const early = await browser.mutate("accounts.signIn", { email: "ana@example.test", password: "correct horse battery" });
    expect(early.error?.data.appCode).toBe("EMAIL_NOT_VERIFIED");

    // The refused sign-in sent the link again.
    expect(await db.prisma.emailMessage.count({ where: { toAddress: "ana@example.test", template: "verify_email" } })).toBe(2);
    const link = await linkFrom(browser, "ana@example.test", "verify_email");
    expect(link).toContain("/verify-email?token=");
    const mails = await browser.query<{ subject: string }[]>("mailbox.list", { to: "ana@example.test" });
    expect(mails.data![0]!.subject).toMatch(/Потвърдете/); // the user's language

    expect((await browser.mutate("accounts.verifyEmail", { token: tokenOf(link) })).data).toEqual({ ok: true });
    const me = await browser.query<{ email: string } | null>("accounts.me", { locale: "en" });
    expect(me.data?.email).toBe("ana@example.test");

    await browser.mutate("accounts.signOut");
    expect((await browser.query("accounts.me", { locale: "en" })).data).toBeNull();

    expect((await browser.mutate("accounts.signIn", { email: "ana@example.test", password: "correct horse battery" })).data).toEqual({ ok: true });
    const cookie = browser.lastSetCookies.find((c) => c.includes("session_token"))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await browser.query<{ email: string } | null>("accounts.me", { locale: "en" })).data?.email).toBe("ana@example.test");
  });

  it("makes no second account with the same e-mail (without revealing it exists), refuses weak or malformed input", async () => {
    const browser = new TestBrowser(app.base);
    await signUp(browser, "dup@example.test");
    // Same answer as for a new address, so sign-up cannot be used to test which e-mails have accounts.
    expect((await signUp(browser, "DUP@example.test", "another password 1")).data).toEqual({ ok: true });
    expect(await db.prisma.user.count({ where: { email: "dup@example.test" } })).toBe(1);
    expect((await signUp(browser, "short@example.test", "short")).error?.data.appCode).toBe("VALIDATION");
    expect((await browser.mutate("accounts.signUp", { name: "X", email: "not-an-email", password: 42 })).error?.data.appCode).toBe("VALIDATION");
    expect(await db.prisma.user.count({ where: { email: { in: ["short@example.test", "not-an-email"] } } })).toBe(0);
  });

  it("locks an account out of one address after five wrong passwords from it; the owner still signs in from another", async () => {
    // Behind one proxy (TRUST_PROXY=1) the client address comes from X-Forwarded-For.
    const proxied = await startTestHttpApp(db, search, undefined, { trustProxy: 1 });
    try {
      const owner = new TestBrowser(proxied.base);
      await signUp(owner, "lock@example.test");
      await owner.mutate("accounts.verifyEmail", { token: tokenOf(await linkFrom(owner, "lock@example.test", "verify_email")) });
      await owner.mutate("accounts.signOut");

      const attacker = new TestBrowser(proxied.base);
      const fromAttacker = { "x-forwarded-for": "198.51.100.66" };
      for (let i = 0; i < 5; i++) {
        const wrong = await attacker.mutate("accounts.signIn", { email: "lock@example.test", password: `wrong password ${i}` }, fromAttacker);
        expect(wrong.error?.data.appCode).toBe("INVALID_CREDENTIALS");
      }
      // The attacker's address is locked out, even with the right password.
      const locked = await attacker.mutate("accounts.signIn", { email: "lock@example.test", password: "correct horse battery" }, fromAttacker);
      expect(locked.error?.data.appCode).toBe("ACCOUNT_LOCKED");
      expect(locked.status).toBe(429);

      // The owner, from another address, is not.
      const signedIn = await owner.mutate("accounts.signIn", { email: "lock@example.test", password: "correct horse battery" }, { "x-forwarded-for": "192.0.2.10" });
      expect(signedIn.data).toEqual({ ok: true });
      expect((await owner.query<{ email: string } | null>("accounts.me", { locale: "en" })).data?.email).toBe("lock@example.test");

      // ...and the owner's success does not lift the attacker's lockout.
      const still = await attacker.mutate("accounts.signIn", { email: "lock@example.test", password: `wrong password again` }, fromAttacker);
      expect(still.error?.data.appCode).toBe("ACCOUNT_LOCKED");
    } finally {
      await proxied.close();
    }
  });

  it("resets a password with a single-use link and signs other sessions out", async () => {
    const browser = new TestBrowser(app.base);
    await signUp(browser, "reset@example.test");
    await browser.mutate("accounts.verifyEmail", { token: tokenOf(await linkFrom(browser, "reset@example.test", "verify_email")) });
    expect((await browser.query<{ email: string } | null>("accounts.me", { locale: "en" })).data?.email).toBe("reset@example.test");

    const other = new TestBrowser(app.base);
    expect((await other.mutate("accounts.requestPasswordReset", { email: "reset@example.test" })).data).toEqual({ ok: true });
    // Unknown addresses get the same answer.
    expect((await other.mutate("accounts.requestPasswordReset", { email: "nobody@example.test" })).data).toEqual({ ok: true });
    const token = tokenOf(await linkFrom(other, "reset@example.test", "password_reset"));
    expect((await other.mutate("accounts.resetPassword", { token, password: "a brand new password" })).data).toEqual({ ok: true });
    const replay = await other.mutate("accounts.resetPassword", { token, password: "another new password" });
    expect(replay.error?.data.appCode).toBe("TOKEN_INVALID");
    expect((await other.mutate("accounts.resetPassword", { token: "made-up-token-123", password: "another new password" })).error?.data.appCode).toBe("TOKEN_INVALID");

    // The old session was revoked; the new password works, the old one does not.
    expect((await browser.query("accounts.me", { locale: "en" })).data).toBeNull();
    expect((await other.mutate("accounts.signIn", { email: "reset@example.test", password: "correct horse battery" })).error?.data.appCode).toBe("INVALID_CREDENTIALS");
    expect((await other.mutate("accounts.signIn", { email: "reset@example.test", password: "a brand new password" })).data).toEqual({ ok: true });
  });

  it("refuses state-changing requests from another site (CSRF) and changes nothing", async () => {
    const browser = new TestBrowser(app.base);
    await signUp(browser, "csrf@example.test");
    await browser.mutate("accounts.verifyEmail", { token: tokenOf(await linkFrom(browser, "csrf@example.test", "verify_email")) });
    const evil = await browser.mutate("accounts.update", { name: "Mallory" }, { origin: "https://evil.example" });
    expect(evil.status).toBe(403);
    const noOrigin = await fetch(`${app.base}/trpc/accounts.update`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: browser.cookieHeader() },
      body: JSON.stringify({ name: "Mallory" }),
    });
    expect(noOrigin.status).toBe(403);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email: "csrf@example.test" }, select: { name: true } })).name).toBe("Ana Petrova");
    expect((await browser.mutate("accounts.update", { name: "Ana P." })).data).toEqual({ ok: true });
  });

  it("refuses a suspended user a session", async () => {
    const browser = new TestBrowser(app.base);
    await signUp(browser, "susp@example.test");
    await browser.mutate("accounts.verifyEmail", { token: tokenOf(await linkFrom(browser, "susp@example.test", "verify_email")) });
    await db.prisma.user.update({ where: { email: "susp@example.test" }, data: { suspended: true } });
    expect((await browser.query("accounts.me", { locale: "en" })).data).toBeNull();
    const fresh = new TestBrowser(app.base);
    expect((await fresh.mutate("accounts.signIn", { email: "susp@example.test", password: "correct horse battery" })).error?.data.appCode).toBe("ACCOUNT_SUSPENDED");
  });

  it("exports personal data and deletes the account with its password", async () => {
    const browser = new TestBrowser(app.base);
    await signUp(browser, "gone@example.test");
    await browser.mutate("accounts.verifyEmail", { token: tokenOf(await linkFrom(browser, "gone@example.test", "verify_email")) });
    const exported = await browser.query<{ account: { email: string } }>("accounts.exportData");
    expect(exported.data?.account.email).toBe("gone@example.test");
    expect((await browser.mutate("accounts.delete", { password: "wrong password!!", confirm: "DELETE" })).error?.data.appCode).toBe("INVALID_CREDENTIALS");
    expect((await browser.mutate("accounts.delete", { password: "correct horse battery", confirm: "DELETE" })).data).toEqual({ companiesLeftWithoutOwner: [] });
    expect(await db.prisma.user.count({ where: { email: "gone@example.test" } })).toBe(0);
    expect(await db.prisma.emailMessage.count({ where: { toAddress: "gone@example.test" } })).toBe(0);
    expect((await browser.query("accounts.me", { locale: "en" })).data).toBeNull();
  });

  it("never swaps a signed-in browser into another account from a confirmation link unless the user confirms the switch (login CSRF)", async () => {
    const victim = new TestBrowser(app.base);
    await signUp(victim, "victim@example.test");
    await victim.mutate("accounts.verifyEmail", { token: tokenOf(await linkFrom(victim, "victim@example.test", "verify_email")) });
    expect((await victim.query<{ email: string } | null>("accounts.me", { locale: "en" })).data?.email).toBe("victim@example.test");

    // The attacker signs up with their own address and plants its confirmation link on a page the victim opens.
    const attacker = new TestBrowser(app.base);
    await signUp(attacker, "mallory@example.test");
    const attackerToken = tokenOf(await linkFrom(attacker, "mallory@example.test", "verify_email"));

    // Opening the link is a GET of the SPA page: it confirms nothing by itself.
    const dist = mkdtempSync(path.join(tmpdir(), "cm-dist-"));
    writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>Cluster Match</title>");
    const withSpa = await startTestHttpApp(db, search, dist);
    try {
      const page = await fetch(`${withSpa.base}/verify-email?token=${encodeURIComponent(attackerToken)}`, { headers: { cookie: victim.cookieHeader() } });
      expect(page.status).toBe(200);
      expect(page.headers.getSetCookie()).toEqual([]);
    } finally {
      await withSpa.close();
    }
    const mallory = () => db.prisma.user.findUniqueOrThrow({ where: { email: "mallory@example.test" }, select: { id: true, emailVerified: true } });
    expect((await mallory()).emailVerified).toBe(false);

    // Even a confirmation sent from the victim's browser does nothing without the user's consent.
    const refused = await victim.mutate("accounts.verifyEmail", { token: attackerToken });
    expect(refused.error?.data.appCode).toBe("CONFLICT");
    expect(refused.error?.data.details).toEqual({ signedInAs: "victim@example.test" });
    expect(victim.lastSetCookies).toEqual([]);
    expect((await victim.query<{ email: string } | null>("accounts.me", { locale: "en" })).data?.email).toBe("victim@example.test");
    expect((await mallory()).emailVerified).toBe(false);
    expect(await db.prisma.session.count({ where: { userId: (await mallory()).id } })).toBe(0);

    // When the user chose to switch, the old session ends and the confirmed account's begins.
    const victimId = (await db.prisma.user.findUniqueOrThrow({ where: { email: "victim@example.test" }, select: { id: true } })).id;
    expect(await db.prisma.session.count({ where: { userId: victimId } })).toBe(1);
    expect((await victim.mutate("accounts.verifyEmail", { token: attackerToken, switchAccount: true })).data).toEqual({ ok: true });
    expect((await victim.query<{ email: string } | null>("accounts.me", { locale: "en" })).data?.email).toBe("mallory@example.test");
    expect(await db.prisma.session.count({ where: { userId: victimId } })).toBe(0);
    expect((await mallory()).emailVerified).toBe(true);
  });

  it("answers ten simultaneous sign-ups with one address like any sign-up, and makes one account", async () => {
    // From one client address of their own (behind a proxy), so the budget of 127.0.0.1 stays for the other tests.
    const proxied = await startTestHttpApp(db, search, undefined, { trustProxy: 1 });
    const from = { "x-forwarded-for": "203.0.113.77" };
    const person = (password: string) => ({ name: "Ana Petrova", email: "race@example.test", password, locale: "bg", acceptPrivacy: true });
    try {
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => new TestBrowser(proxied.base).mutate("accounts.signUp", person(`race password ${i}`), from)));
      expect(answers.map((a) => ({ status: a.status, data: a.data, error: a.error?.data.appCode }))).toEqual(
        Array.from({ length: 10 }, () => ({ status: 200, data: { ok: true }, error: undefined })),
      );
      expect(await db.prisma.user.count({ where: { email: "race@example.test" } })).toBe(1);
      expect(await db.prisma.account.count({ where: { user: { email: "race@example.test" } } })).toBe(1);
      // The same answer as for an address that has had an account for long.
      const later = await new TestBrowser(proxied.base).mutate("accounts.signUp", person("race password later"), from);
      expect({ status: later.status, data: later.data }).toEqual({ status: 200, data: { ok: true } });
    } finally {
      await proxied.close();
    }
  });

  it("compares Origin with PUBLIC_URL only, never with the Host header the request brings (CSRF)", async () => {
    const browser = new TestBrowser(app.base);
    await signUp(browser, "host@example.test");
    await browser.mutate("accounts.verifyEmail", { token: tokenOf(await linkFrom(browser, "host@example.test", "verify_email")) });
    // A request whose Origin equals the Host it names itself, as a page on evil.example can make a
    // browser send through a DNS name that resolves to this server.
    const forged = await rawPost(`${app.base}/trpc/accounts.update`, JSON.stringify({ name: "Mallory" }), {
      host: "evil.example",
      origin: "http://evil.example",
      cookie: browser.cookieHeader(),
      "content-type": "application/json",
    });
    expect(forged.status).toBe(403);
    const byReferer = await rawPost(`${app.base}/trpc/accounts.update`, JSON.stringify({ name: "Mallory" }), {
      host: "evil.example",
      referer: "http://evil.example/page",
      cookie: browser.cookieHeader(),
      "content-type": "application/json",
    });
    expect(byReferer.status).toBe(403);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email: "host@example.test" }, select: { name: true } })).name).toBe("Ana Petrova");
    // The configured origin still passes.
    expect((await browser.mutate("accounts.update", { name: "Ana P." })).data).toEqual({ ok: true });
  });

  it("deleting an account behind https expires the __Secure- session cookie and the plain one", async () => {
    const base = servicesFor(db.prisma);
    const https = createServices(db.prisma, { secret: testSecret, publicUrl: "https://cluster.example", storage: base.storage, devMailbox: true });
    const secureApp = await startTestHttpApp(db, search, undefined, { services: https });
    try {
      const browser = new TestBrowser(secureApp.base);
      await signUp(browser, "secure@example.test");
      await browser.mutate("accounts.verifyEmail", { token: tokenOf(await linkFrom(browser, "secure@example.test", "verify_email")) });
      expect(browser.cookieHeader()).toContain("__Secure-cm.session_token=");
      expect((await browser.query<{ email: string } | null>("accounts.me", { locale: "en" })).data?.email).toBe("secure@example.test");

      expect((await browser.mutate("accounts.delete", { password: "correct horse battery", confirm: "DELETE" })).data).toEqual({ companiesLeftWithoutOwner: [] });
      const cleared = browser.lastSetCookies.filter((c) => /max-age=0/i.test(c)).map((c) => c.split("=")[0]);
      expect(cleared).toEqual(expect.arrayContaining(["__Secure-cm.session_token", "cm.session_token", "__Secure-cm.session_data", "__Secure-cm.dont_remember"]));
      const secure = browser.lastSetCookies.find((c) => c.startsWith("__Secure-cm.session_token="))!;
      expect(secure).toMatch(/;\s*Secure/i);
      expect(browser.cookieHeader()).not.toContain("session_token");
    } finally {
      await secureApp.close();
    }
  });
});

/** A POST with headers fetch would not send as given (Host). */
function rawPost(url: string, body: string, headers: Record<string, string>): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: "POST", headers: { ...headers, "content-length": Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0 }));
    });
    req.on("error", reject);
    req.end(body);
  });
}
