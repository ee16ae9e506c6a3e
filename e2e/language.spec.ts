import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { adminCredentials, mutate, signUpMember, validEik } from "./api.ts";
import { expectAccessible, query } from "./helpers.ts";

// The buyer's language (issue 11, item 4): negotiated from the browser on the first visit, kept in
// the URL (/bg/…, /en/…, /de/…) with hreflang alternates, an explicit choice winning over both, and
// texts in another language than the page's labelled, with names in the reader's script.

interface ListedCompany {
  slug: string;
  name: string;
  nameLatin: string;
  summary: { text: string; lang: string } | null;
}

const cyrillic = /[\u0400-\u04FF]/;

/** A published Bulgarian firm whose texts are only in Bulgarian (264 of the demo's 728 are). */
async function bulgarianOnlyFirm(request: APIRequestContext): Promise<ListedCompany> {
  for (let page = 1; page <= 10; page++) {
    const list = await query<{ items: ListedCompany[] }>(request, "companies.list", { page, pageSize: 100, locale: "en" });
    const firm = list.items.find((item) => item.summary?.lang === "bg" && cyrillic.test(item.name) && !cyrillic.test(item.nameLatin));
    if (firm) return firm;
  }
  throw new Error("the demo data has no firm with texts only in Bulgarian");
}

async function browserIn(browser: Browser, baseURL: string, locale: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale });
  return context.newPage();
}

test("a German browser's first visit lands on /de/ in German, and every link keeps the language", async ({ browser, baseURL }) => {
  const page = await browserIn(browser, baseURL!, "de-DE");
  await page.goto("/");
  await expect(page).toHaveURL(/\/de\/companies$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  const nav = page.getByRole("navigation", { name: "Hauptmenü" });
  await expect(nav.getByRole("link", { name: "Unternehmen" })).toHaveAttribute("href", "/de/companies");
  await expect(page.getByRole("combobox", { name: "Sprache" })).toHaveValue("de");
  await nav.getByRole("link", { name: "Suche" }).click();
  await expect(page).toHaveURL(/\/de\/search/);
  await expectAccessible(page);

  // An old link without a language (an e-mail sent before, a bookmark) opens in the browser's language, query kept.
  await page.goto("/companies?page=2");
  await expect(page).toHaveURL(/\/de\/companies\?page=2$/);
  await page.context().close();
});

test("a shared /en/ link opens in English in a Bulgarian browser; Bulgarian-only texts are labelled and the name is Latin", async ({ page, request }) => {
  const firm = await bulgarianOnlyFirm(request);
  // The project's browser is Bulgarian (playwright.config.ts): the link's language still wins.
  await page.goto(`/en/companies/${firm.slug}`);
  await expect(page).toHaveURL(new RegExp(`/en/companies/${firm.slug}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(firm.nameLatin);
  // The registered name stays visible, marked as Bulgarian for screen readers.
  await expect(page.locator(".profile-header .name-latin")).toHaveText(firm.name);
  await expect(page.locator(".profile-header .name-latin")).toHaveAttribute("lang", "bg");
  const about = page.getByRole("region", { name: "About the company" });
  await expect(about.getByTestId("text-language")).toHaveText("in Bulgarian");
  await expect(about.locator(".prose")).toHaveAttribute("lang", "bg");
  // The legal form too: "ООД" reads "OOD" (Streamlined System, as the register's Latin extracts write it).
  await expect(page.getByRole("region", { name: "Company facts" })).not.toContainText(cyrillic);
  await expect(page).toHaveTitle(new RegExp(firm.nameLatin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("bulgarian-only-firm-en.png"), fullPage: true });

  // The same firm in the directory's card, in German: Latin name, the summary labelled "auf Bulgarisch".
  await page.getByRole("combobox", { name: "Language" }).selectOption("de");
  await expect(page).toHaveURL(new RegExp(`/de/companies/${firm.slug}$`));
  await expect(page.getByRole("region", { name: "Über das Unternehmen" }).getByTestId("text-language")).toHaveText("auf Bulgarisch");

  // In Bulgarian the registered name comes first and nothing needs a label.
  await page.getByRole("combobox", { name: "Sprache" }).selectOption("bg");
  await expect(page).toHaveURL(new RegExp(`/bg/companies/${firm.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(firm.name);
  await expect(page.getByTestId("text-language")).toHaveCount(0);
});

test("the server's page names its language and its addresses in every language (hreflang, canonical)", async ({ request, baseURL }) => {
  const firm = await bulgarianOnlyFirm(request);
  const res = await request.get(`/en/companies/${firm.slug}`, { headers: { "accept-language": "de-DE" }, maxRedirects: 0 });
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain('<html lang="en">');
  // PUBLIC_URL of the e2e app is its own address.
  const origin = new URL(baseURL!).origin;
  for (const [hreflang, lang] of [["bg", "bg"], ["en", "en"], ["de", "de"], ["x-default", "bg"]]) {
    expect(html).toContain(`<link rel="alternate" hreflang="${hreflang}" href="${origin}/${lang}/companies/${firm.slug}" />`);
  }
  expect(html).toContain(`<link rel="canonical" href="${origin}/en/companies/${firm.slug}" />`);

  const old = await request.get(`/companies/${firm.slug}?x=1`, { headers: { "accept-language": "de-AT,de;q=0.9" }, maxRedirects: 0 });
  expect(old.status()).toBe(302);
  expect(old.headers().location).toBe(`/de/companies/${firm.slug}?x=1`);
});

test("choosing Deutsch, then signing in as the admin (a Bulgarian account) stays German", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page).toHaveURL(/\/bg\/sign-in$/);
  await page.getByRole("combobox", { name: "Език" }).selectOption("de");
  await expect(page).toHaveURL(/\/de\/sign-in$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.getByLabel("E-Mail-Adresse").fill(adminCredentials.email);
  await page.getByLabel("Passwort", { exact: true }).fill(adminCredentials.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/de\/workspace$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("combobox", { name: "Sprache" })).toHaveValue("de");
  // The account keeps its own language (e-mails to the admin stay Bulgarian): only a change made while signed in is saved.
  const me = await query<{ locale: string }>(page.request, "accounts.me", { locale: "de" });
  expect(me.locale).toBe("bg");
  // The choice outlives the page: a new visit to / opens in German although the browser is Bulgarian.
  await page.goto("/");
  await expect(page).toHaveURL(/\/de\/companies$/);
  await expectAccessible(page);
});

test("a language chosen while signed in is saved to the account; the owner is nudged to write English and German", async ({ page, baseURL }) => {
  const email = `lang.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;
  await signUpMember(page.request, baseURL!, email, { locale: "bg" });
  const { companyId } = await mutate<{ companyId: string }>(page.request, baseURL!, "companies.register", {
    name: "Езикова Проба ООД",
    legalForm: "ООД",
    country: "BG",
    registryId: validEik(),
    city: "Пловдив",
    confirmNotDuplicate: true,
  });

  await page.goto(`/workspace/companies/${companyId}`);
  await expect(page).toHaveURL(new RegExp(`/bg/workspace/companies/${companyId}$`));
  await page.getByRole("combobox", { name: "Език" }).selectOption("en");
  await expect(page).toHaveURL(new RegExp(`/en/workspace/companies/${companyId}$`));
  await expect.poll(async () => (await query<{ locale: string }>(page.request, "accounts.me", { locale: "en" })).locale).toBe("en");

  const nudge = page.getByTestId("language-nudge");
  await expect(nudge.getByRole("heading", { name: "Reach buyers in their language" })).toBeVisible();
  await expect(nudge).toContainText("Missing: English and German.");
  await nudge.getByRole("link", { name: "Edit the description" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/workspace/companies/${companyId}/profile$`));
  const completeness = page.getByTestId("description-completeness");
  await expect(completeness).toContainText("English: missing");
  await expect(completeness).toContainText("German: missing");
  await expect(completeness).toContainText("Buyers from Germany and Austria read the directory in German");
  await page.getByRole("tab", { name: /^English/ }).click();
  await page.getByLabel("Description in English").fill("CNC milling and laser cutting in Plovdiv.");
  await expect(completeness).toContainText("English: written");
  await expectAccessible(page);
});
