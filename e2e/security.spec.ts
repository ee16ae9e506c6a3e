import { expect, test, type Page } from "@playwright/test";
import { adminCredentials, linkIn, mutate, signInAdmin, signUpMember } from "./api.ts";
import { query, useLocale } from "./helpers.ts";

// Attacks from the outside security probe, run in a real browser against the built app.

/** Collects Content Security Policy violations the page reports (and the console's CSP errors). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])), ...consoleErrors];
}

test("a confirmation link opened while someone else is signed in asks before switching accounts (login CSRF)", async ({ page, browser, baseURL }) => {
  await useLocale(page, "en");
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const victim = { email: `victim.${stamp}@example.test`, name: "Vera Victim" };
  const attacker = { email: `mallory.${stamp}@example.test`, name: "Mallory Attacker" };
  // The victim is signed in in this browser.
  await signUpMember(page.request, baseURL!, victim.email, { name: victim.name, locale: "en" });
  // The attacker signs up elsewhere and plants their own confirmation link on a page the victim visits.
  const elsewhere = await browser.newContext({ baseURL });
  await mutate(elsewhere.request, baseURL!, "accounts.signUp", { name: attacker.name, email: attacker.email, password: "a long password 123", locale: "en", acceptPrivacy: true });
  const link = new URL(await linkIn(elsewhere.request, attacker.email, "verify_email"));
  await elsewhere.close();

  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your e-mail address" })).toBeVisible();
  await expect(page.getByText(`This link confirms the address ${attacker.email}.`)).toBeVisible();
  await expect(page.getByRole("alert")).toHaveText(`You are signed in as ${victim.email} in this browser.`);
  // Opening the page changed nothing.
  expect((await query<{ email: string } | null>(page.request, "accounts.me", { locale: "en" }))?.email).toBe(victim.email);

  await page.getByRole("link", { name: `Stay signed in as ${victim.email}` }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  await expect(page.getByRole("button", { name: new RegExp(victim.name) })).toBeVisible();

  // Asked, and answered yes: the session switches.
  await page.goto(`${link.pathname}${link.search}`);
  await page.getByRole("button", { name: "Sign out and confirm" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  await expect(page.getByRole("button", { name: new RegExp(attacker.name) })).toBeVisible();
});

test("the pages keep to the Content Security Policy, and the app sends its security headers", async ({ page, baseURL }) => {
  const violations = await watchCsp(page);
  await useLocale(page, "en");
  const response = await page.goto("/companies");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("script-src 'self'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  await expect(page.getByTestId("company-card").first()).toBeVisible();

  // The search page with its map, a company page, the opportunities, the forms.
  await page.goto("/search?q=CNC+milling+Plovdiv&sort=distance");
  await expect(page.getByTestId("result-map")).toBeVisible();
  await page.getByTestId("search-result").first().getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/opportunities");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // The admin's charts (recharts) and the development mailbox, linked from the console only.
  await signInAdmin(page.request, baseURL!);
  await page.goto("/admin/dashboard");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await page.goto("/admin");
  await page.getByRole("link", { name: "Development mailbox" }).click();
  await expect(page).toHaveURL(/\/dev\/mailbox$/);
  await expect(page.getByTestId("mail-item").first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("nobody but an administrator sees a link to the development mailbox", async ({ page, baseURL }) => {
  await useLocale(page, "en");
  for (const path of ["/companies", "/sign-in", "/privacy"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Development mailbox" })).toHaveCount(0);
  }
  await mutate(page.request, baseURL!, "accounts.signIn", adminCredentials);
  await page.goto("/admin");
  await expect(page.getByRole("link", { name: "Development mailbox" })).toHaveAttribute("href", "/en/dev/mailbox");
});
