import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servicesFor, startTestSearch } from "../../test/fixtures.ts";
import { startTestHttpApp, TestBrowser, type TestHttpApp } from "../../test/http-client.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { createLogger } from "../logger.ts";
import type { SearchRuntime } from "../search-index/search-runtime.ts";

// The attack: read the HTTP log, copy a session cookie or an e-mail link token out of it.
describe(`the HTTP log holds no session cookie and no e-mail token (${process.env.TEST_DB})`, () => {
  let db: TestDatabase;
  let search: SearchRuntime;
  let app: TestHttpApp;
  const lines: string[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
    search = await startTestSearch(db.prisma);
    const dist = mkdtempSync(path.join(tmpdir(), "cm-dist-"));
    writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>Cluster Match</title>");
    const logger = createLogger("info", false, { write: (line: string) => void lines.push(line) });
    app = await startTestHttpApp(db, search, dist, { logger });
  });
  afterAll(async () => {
    await app.close();
    await search.stop();
    await db.destroy();
  });

  const linkIn = async (browser: TestBrowser, to: string, template: string) => {
    await servicesFor(db.prisma).background.idle();
    const mails = await browser.query<{ template: string; text: string }[]>("mailbox.list", { to });
    return new URL(mails.data!.find((m) => m.template === template)!.text.match(/https?:\/\/\S+/)![0]);
  };

  it("after a sign-up, a confirmation, a sign-in and a password reset", async () => {
    const browser = new TestBrowser(app.base);
    const email = "logged@example.test";
    const password = "correct horse battery";
    await browser.mutate("accounts.signUp", { name: "Ana Petrova", email, password, locale: "en", acceptPrivacy: true });
    const verifyLink = await linkIn(browser, email, "verify_email");
    const verifyToken = verifyLink.searchParams.get("token")!;
    // The browser opens the link (the SPA page), then confirms from it.
    expect((await fetch(`${app.base}${verifyLink.pathname}${verifyLink.search}`)).status).toBe(200);
    expect((await browser.mutate("accounts.verifyEmail", { token: verifyToken }, { referer: verifyLink.href })).data).toEqual({ ok: true });
    await browser.mutate("accounts.signOut", {});

    expect((await browser.mutate("accounts.signIn", { email, password })).data).toEqual({ ok: true });
    const sessionCookie = browser.lastSetCookies.find((c) => c.startsWith("cm.session_token="))!;
    const sessionValue = sessionCookie.slice("cm.session_token=".length).split(";")[0]!;
    expect(sessionValue.length).toBeGreaterThan(20);
    expect((await browser.query<{ email: string } | null>("accounts.me", { locale: "en" })).data?.email).toBe(email);

    const stranger = new TestBrowser(app.base);
    expect((await stranger.mutate("accounts.requestPasswordReset", { email })).data).toEqual({ ok: true });
    const resetLink = await linkIn(stranger, email, "password_reset");
    const resetToken = resetLink.searchParams.get("token")!;
    expect((await fetch(`${app.base}${resetLink.pathname}${resetLink.search}`, { headers: { referer: resetLink.href } })).status).toBe(200);
    expect((await stranger.mutate("accounts.resetPassword", { token: resetToken, password: "a brand new password" }, { referer: resetLink.href })).data).toEqual({ ok: true });

    await new Promise((resolve) => setTimeout(resolve, 100));
    const log = lines.join("");
    // The requests were logged (so the test can fail), with their secrets replaced.
    expect(log).toContain("/reset-password?token=[Redacted]");
    expect(log).toContain("/verify-email?token=[Redacted]");
    expect(log).toContain('"set-cookie":"[Redacted]"');
    expect(log).toContain('"cookie":"[Redacted]"');
    for (const [what, secret] of [
      ["session cookie", sessionValue],
      ["session cookie, decoded", decodeURIComponent(sessionValue)],
      ["session token", decodeURIComponent(sessionValue).split(".")[0]!],
      ["verification token", verifyToken],
      ["reset token", resetToken],
    ] as const) {
      expect(log.includes(secret), `${what} in the log`).toBe(false);
    }
  });
});
