import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { mutate, signInAdmin, signUpMember, validEik } from "./api.ts";
import { expectAccessible, query, useLocale } from "./helpers.ts";

// The smaller defects of issue 11, item 7, each seen as a user sees it: texts of notifications,
// match reasons, plurals, Bulgarian dates and units, opportunity wording, the editor's language
// hint, the capability picker's Enter, the merge confirmation, the opportunity board's keyword
// search and order, the saved search's digest default.

interface Editable {
  companyId: string;
  version: number;
  data: Record<string, unknown>;
}

/** A page in a browser context of its own (its own cookies), in a UI language. */
async function newPage(browser: Browser, baseURL: string, locale: "bg" | "en" | "de"): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await useLocale(page, locale);
  return page;
}

/** A new member with a Bulgarian firm, registered through the API (draft: not yet submitted). */
async function memberWithFirm(request: APIRequestContext, baseURL: string, stamp: string, name: string) {
  await signUpMember(request, baseURL, `defects.${stamp}.${Math.random().toString(36).slice(2, 7)}@example.test`);
  const { companyId } = await mutate<{ companyId: string }>(request, baseURL, "companies.register", {
    name,
    legalForm: "ООД",
    country: "BG",
    registryId: validEik(),
    city: "Пловдив",
  });
  return companyId;
}

/** Completes the firm's profile and submits it for review, as its owner. */
async function submitProfile(request: APIRequestContext, baseURL: string, companyId: string) {
  const editable = await query<Editable>(request, "companies.getEditable", { companyId });
  const data = { ...editable.data, capabilities: ["SHEET.LASER_CUTTING"], description: { en: "Laser-cut sheet metal parts for machine builders." } };
  const saved = await mutate<Editable>(request, baseURL, "companies.updateProfile", { companyId, data, version: editable.version });
  await mutate(request, baseURL, "companies.submitForReview", { companyId, version: saved.version });
}

async function signInAsAdmin(page: Page, baseURL: string) {
  await signInAdmin(page.request, baseURL);
}

test("an admin reads what a submitted profile is and opens its review; the owner sees the date without a doubled full stop", async ({ browser, baseURL }) => {
  const stamp = Date.now().toString(36);
  const name = `Дефект Лазер ${stamp.toUpperCase()} ООД`;
  const owner = await newPage(browser, baseURL!, "bg");
  const companyId = await memberWithFirm(owner.request, baseURL!, stamp, name);
  await submitProfile(owner.request, baseURL!, companyId);

  // The owner's editor in Bulgarian: "… на 7 декември 2026 г. Ако го редактирате …", never "г..".
  await owner.goto(`/workspace/companies/${companyId}/profile`);
  const pending = owner.getByText(/^Изпратен за преглед на /);
  await expect(pending).toBeVisible();
  await expect(pending).toHaveText(/ г\. Ако го редактирате/);
  expect(await owner.locator("main").innerText()).not.toContain("г..");

  const admin = await newPage(browser, baseURL!, "en");
  await signInAsAdmin(admin, baseURL!);
  await admin.goto("/notifications");
  const notice = admin.getByRole("link", { name: `The new company ${name} submitted its profile for review.` });
  await expect(notice).toBeVisible();
  await expect(admin.getByText("New notification")).toHaveCount(0);
  await expectAccessible(admin);
  await notice.click();
  await expect(admin).toHaveURL(/\/admin\/reviews\/companies\/[^/]+$/);

  // The same notice in German and Bulgarian.
  await useLocale(admin, "de");
  await admin.goto("/notifications");
  await expect(admin.getByRole("link", { name: `Das neue Unternehmen ${name} hat sein Profil zur Prüfung eingereicht.` })).toBeVisible();
  await useLocale(admin, "bg");
  await admin.goto("/notifications");
  await expect(admin.getByRole("link", { name: `Новата фирма ${name} изпрати профила си за преглед.` })).toBeVisible();

  // The review queue counts in the singular and the plural, in Bulgarian.
  await admin.goto("/admin");
  const counts = admin.getByTestId("queue-counts");
  await expect(counts).toHaveText(/^Чакат преглед: \d+ (фирмен профил|фирмени профила) и \d+ (възможност|възможности)\.$/);
  const [, companies, companyNoun, opportunities, opportunityNoun] = /^Чакат преглед: (\d+) (фирмен профил|фирмени профила) и (\d+) (възможност|възможности)\.$/.exec(await counts.innerText())!;
  expect(companyNoun).toBe(companies === "1" ? "фирмен профил" : "фирмени профила");
  expect(opportunityNoun).toBe(opportunities === "1" ? "възможност" : "възможности");
});

test("the capability picker takes a match on Enter only when the user chose it or there is one", async ({ browser, baseURL }) => {
  const stamp = Date.now().toString(36);
  const owner = await newPage(browser, baseURL!, "en");
  const companyId = await memberWithFirm(owner.request, baseURL!, stamp, `Пикер ${stamp.toUpperCase()} ООД`);
  await owner.goto(`/workspace/companies/${companyId}/profile`);
  const picker = owner.getByRole("combobox", { name: "Search the capability taxonomy" });
  await picker.fill("лазерно");
  const suggestions = owner.getByRole("listbox", { name: "Suggestions" }).getByRole("option");
  await expect(suggestions).not.toHaveCount(0);
  const options = await suggestions.count();
  expect(options).toBeGreaterThan(1);
  await picker.press("Enter");
  await expect(owner.getByTestId("chosen-term")).toHaveCount(0);
  await expect(owner.getByText(`${options} suggestions fit; choose one with the arrow keys and Enter, or click it.`).first()).toBeVisible();
  await expect(owner).toHaveURL(new RegExp(`/workspace/companies/${companyId}/profile$`));

  await picker.press("ArrowDown");
  const first = (await suggestions.first().locator(".ce-option-label").innerText()).trim();
  await picker.press("Enter");
  await expect(owner.getByTestId("chosen-term")).toHaveText([first]);

  // One match: Enter takes it.
  await picker.fill("Laser welding");
  await picker.press("Enter");
  await expect(owner.getByTestId("chosen-term")).toHaveCount(2);
  await expectAccessible(owner);
});

test("suggested partners of a firm that looks for nothing claim no wish of it; Bulgarian distances in км", async ({ page, request }) => {
  const list = await query<{ items: { slug: string }[] }>(request, "companies.list", { pageSize: 50 });
  let slug: string | undefined;
  for (const company of list.items) {
    const matches = await query<{ partnersBasis: string; partners: unknown[] }>(request, "matching.forCompany", { idOrSlug: company.slug, locale: "en" });
    if (matches.partnersBasis === "offers" && matches.partners.length > 0) {
      slug = company.slug;
      break;
    }
  }
  expect(slug, "a demo firm without wishes and with partner suggestions").toBeDefined();
  await useLocale(page, "en");
  await page.goto(`/companies/${slug}`);
  const section = page.locator("section.matches").filter({ has: page.getByRole("heading", { name: "Suggested partners" }) });
  await expect(section.getByText("This company lists nothing it looks for yet, so these are firms with a similar profile: they offer the same capabilities.")).toBeVisible();
  await expect(section.getByTestId("match-explanation").first()).toBeVisible();
  await expect(section.getByText(/this company looks for/)).toHaveCount(0);
  await expect(section.getByText(/this company offers/).first()).toBeVisible();

  await useLocale(page, "bg");
  await page.goto(`/companies/${slug}`);
  const explanations = page.getByTestId("match-explanation");
  await expect(explanations.first()).toBeVisible();
  const text = (await explanations.allInnerTexts()).join("\n");
  expect(text).not.toMatch(/\d\s?km/);
  if (/На разстояние/.test(text)) expect(text).toMatch(/На разстояние [\d\s ]+км\./);
  await expectAccessible(page);
});

test("opportunities are named request or offer, with the capability heading to match, in German", async ({ page, request }) => {
  const requests = await query<{ items: { id: string }[] }>(request, "opportunities.list", { types: ["SUPPLY_REQUEST"], pageSize: 1 });
  const offers = await query<{ items: { id: string; type: string }[] }>(request, "opportunities.list", { types: ["SUPPLY_OFFER", "MARKET_OFFER", "RND_OFFER"], pageSize: 1 });
  await useLocale(page, "de");
  await page.goto(`/opportunities/${requests.items[0]!.id}`);
  await expect(page.getByText("Liefergesuch").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Erforderliche Kompetenzen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Angebotene Kompetenzen" })).toHaveCount(0);
  const offer = offers.items[0]!;
  await page.goto(`/opportunities/${offer.id}`);
  await expect(page.getByRole("heading", { name: "Angebotene Kompetenzen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Erforderliche Kompetenzen" })).toHaveCount(0);
  await useLocale(page, "en");
  await page.goto(`/opportunities/${offer.id}`);
  await expect(page.getByRole("heading", { name: "Offered capabilities" })).toBeVisible();
  await expectAccessible(page);
});

test("the opportunity editor's language hint fits the firm's own country", async ({ browser, request, baseURL }) => {
  const admin = await newPage(browser, baseURL!, "de");
  await signInAsAdmin(admin, baseURL!);
  const expected: Record<string, string> = {
    DE: "Partner im Ausland suchen in ihrer eigenen (Bulgarisch, Englisch, Polnisch und Ungarisch).",
    BG: "Partner im Ausland suchen in ihrer eigenen (Englisch, Deutsch, Polnisch und Ungarisch).",
  };
  for (const [country, hint] of Object.entries(expected)) {
    const firms = await query<{ items: { id: string; country: string }[] }>(request, "companies.list", { countries: [country], pageSize: 1 });
    const firm = firms.items[0]!;
    expect(firm.country).toBe(country);
    await admin.goto(`/workspace/companies/${firm.id}/opportunities/new`);
    const text = admin.locator("#texts-hint");
    await expect(text).toContainText(hint);
    await expect(text).not.toContainText("Deutschland");
  }
  await expectAccessible(admin);
});

test("merging asks first, naming both firms and the one that stays, and then says which firm stayed", async ({ browser, baseURL }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const member = await newPage(browser, baseURL!, "en");
  const keep = `Слив Остава ${stamp} ООД`;
  const duplicate = `Слив Дубликат ${stamp} ООД`;
  await memberWithFirm(member.request, baseURL!, stamp.toLowerCase(), keep);
  await mutate(member.request, baseURL!, "companies.register", { name: duplicate, legalForm: "ООД", country: "BG", registryId: validEik(), city: "Пловдив" });

  const admin = await newPage(browser, baseURL!, "en");
  await signInAsAdmin(admin, baseURL!);
  await admin.goto("/admin/merge");
  const source = admin.getByTestId("merge-source");
  await source.getByLabel("Search by name, registry id or id").fill(duplicate);
  await source.getByRole("button", { name: new RegExp(duplicate) }).click();
  const target = admin.getByTestId("merge-target");
  await target.getByLabel("Search by name, registry id or id").fill(keep);
  await target.getByRole("button", { name: new RegExp(keep) }).click();
  await admin.getByRole("button", { name: "Check what would move" }).click();
  await expect(admin.getByTestId("merge-counts")).toBeVisible();

  // One click opens the question, and cancelling it changes nothing.
  await admin.getByRole("button", { name: "Merge…" }).click();
  const dialog = admin.getByRole("dialog", { name: "Merge these two firms?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`«${duplicate}» will be merged into «${keep}». «${keep}» stays`);
  await expectAccessible(admin);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(admin.getByTestId("merge-done")).toHaveCount(0);

  await admin.getByRole("button", { name: "Merge…" }).click();
  await dialog.getByRole("button", { name: "Merge now" }).click();
  const done = admin.getByTestId("merge-done");
  await expect(done).toContainText(`«${duplicate}» was merged into «${keep}», which stays; «${duplicate}» is archived.`);
  await done.getByRole("link", { name: `Open «${keep}»` }).click();
  await expect(admin).toHaveURL(/\/admin\/companies\/[^/]+$/);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(keep);
});

test("the opportunity board searches by keyword in any language and sorts, kept in the URL; a saved search is weekly", async ({ page, request, baseURL }) => {
  await signInAdmin(page.request, baseURL!);
  await useLocale(page, "en");
  await page.goto("/opportunities");
  const sort = page.getByLabel("Sort by");
  await expect(sort.locator("option")).toHaveText(["Newest first", "Deadline soonest"]);
  await expect(sort).toHaveValue("deadline");

  const box = page.getByRole("searchbox", { name: "Search opportunities" });
  await box.fill("Schweißen");
  await box.press("Enter");
  await expect(page).toHaveURL(/[?&]q=Schwei%C3%9Fen/);
  await expect(sort).toHaveValue("relevance");
  await expect(sort.locator("option")).toHaveText(["Best match", "Newest first", "Deadline soonest"]);
  const expected = await query<{ total: number }>(request, "search.opportunities", { q: "Schweißen", locale: "en" });
  expect(expected.total).toBeGreaterThan(0);
  await expect(page.getByTestId("result-count")).toHaveText(expected.total === 1 ? "1 opportunity" : `${expected.total} opportunities`);

  await sort.selectOption("deadline");
  await expect(page).toHaveURL(/[?&]sort=deadline/);
  await page.reload();
  await expect(page.getByLabel("Sort by")).toHaveValue("deadline");
  await expect(page.getByRole("searchbox", { name: "Search opportunities" })).toHaveValue("Schweißen");
  const byDeadline = await query<{ items: { id: string }[] }>(request, "search.opportunities", { q: "Schweißen", sort: "deadline", locale: "en" });
  await expect(page.locator(".card-list > li").first().getByRole("link").first()).toHaveAttribute("href", new RegExp(`/opportunities/${byDeadline.items[0]!.id}$`));

  // Saving this search offers a weekly digest.
  await page.getByRole("button", { name: "Save this search" }).click();
  await expect(page.getByLabel("Send me new results")).toHaveValue("WEEKLY");
  await expectAccessible(page);
});
