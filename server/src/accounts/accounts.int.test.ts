import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSearch } from "../../test/fixtures.ts";
import { startTestHttpApp, TestBrowser, type TestHttpApp } from "../../test/http-client.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { SearchRuntime } from "../search/search-runtime.ts";

/** The link of the newest e-mail of a template to an address, read from the mailbox like a person would. */
async function linkFrom(browser: TestBrowser, to: string, template: string): Promise<string> {
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

  it("locks an account after five wrong passwords, even for the right one", async () => {
    const browser = new TestBrowser(app.base);
    await signUp(browser, "lock@example.test");
    await browser.mutate("accounts.verifyEmail", { token: tokenOf(await linkFrom(browser, "lock@example.test", "verify_email")) });
    await browser.mutate("accounts.signOut");
    for (let i = 0; i < 5; i++) {
      const wrong = await browser.mutate("accounts.signIn", { email: "lock@example.test", password: `wrong password ${i}` });
      expect(wrong.error?.data.appCode).toBe("INVALID_CREDENTIALS");
    }
    const locked = await browser.mutate("accounts.signIn", { email: "lock@example.test", password: "correct horse battery" });
    expect(locked.error?.data.appCode).toBe("ACCOUNT_LOCKED");
    expect(locked.status).toBe(429);
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
});
