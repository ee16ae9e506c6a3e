import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, query, readerName, useLocale } from "./helpers.ts";

// Expectations come from the API of the running app (demo data), never from hard-coded firms.

interface Hit {
  slug: string;
  name: string;
  nameLatin: string;
  country: string;
}

interface SearchOutput {
  total: number;
  items: Hit[];
  facets: { countries: { value: string; label: string; count: number }[] };
}

interface CompanyList {
  items: { slug: string; name: string; nameLatin: string }[];
}

interface CompanyMatch {
  company: { name: string; nameLatin: string };
  explanation: { coveredCapabilities: { label: string }[] };
}

const search = (request: Parameters<typeof query>[0], input: Record<string, unknown>) =>
  query<SearchOutput>(request, "search.companies", { pageSize: 20, ...input });

/** The result count reads "<total> companies" in every language. */
const countPattern = (total: number) => new RegExp(`^${total}\\D`);

async function submitSearch(page: Page, label: string, text: string) {
  const box = page.getByRole("combobox", { name: label, exact: true });
  await box.fill(text);
  await box.press("Enter");
}

async function expectResults(page: Page, expected: SearchOutput) {
  await expect(page.getByTestId("result-count")).toHaveText(countPattern(expected.total));
  await expect(page.getByTestId("search-result")).toHaveCount(expected.items.length);
  // Names in the reader's script: the page's language decides.
  const locale = await page.locator("html").getAttribute("lang");
  await expect(page.getByTestId("search-result").getByRole("heading")).toHaveText(expected.items.map((hit) => readerName(hit, locale)));
}

test("a Cyrillic query finds what the API finds, and the city in Latin letters finds the same firms", async ({ page, request }) => {
  await useLocale(page, "bg");
  const cyrillic = await search(request, { q: "ЦПУ фрезоване Пловдив", locale: "bg" });
  expect(cyrillic.total).toBeGreaterThan(0);

  await page.goto("/search");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Търсене на партньори");
  await submitSearch(page, "Търсене на фирми", "ЦПУ фрезоване Пловдив");
  await expect(page).toHaveURL(/\/search\?q=/);
  await expectResults(page, cyrillic);
  await expect(page.getByRole("button", { name: "Премахни ЦПУ фрезоване" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Премахни Пловдив" })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Карта с \d+ резултата? около/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("search-bg.png"), fullPage: true });

  const latin = await search(request, { q: "ЦПУ фрезоване Plovdiv", locale: "bg" });
  expect(latin.total).toBe(cyrillic.total);
  expect(latin.items.map((hit) => hit.slug)).toEqual(cyrillic.items.map((hit) => hit.slug));
  await submitSearch(page, "Търсене на фирми", "ЦПУ фрезоване Plovdiv");
  await expect(page).toHaveURL(/Plovdiv/);
  await expectResults(page, latin);
  await expect(page.getByRole("button", { name: "Премахни Пловдив" })).toBeVisible();

  // The same search on a phone: nothing wider than the screen, results right below the folded filters.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.reload();
  await expectResults(page, latin);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath("search-phone-bg.png"), fullPage: true });
});

test("a German query with “Bulgarien” finds Bulgarian firms", async ({ page, request }) => {
  await useLocale(page, "de");
  const expected = await search(request, { q: "CNC-Fräsen Bulgarien", locale: "de" });
  expect(expected.total).toBeGreaterThan(0);
  expect(expected.items.every((hit) => hit.country === "BG")).toBe(true);

  await page.goto("/search");
  await submitSearch(page, "Unternehmen suchen", "CNC-Fräsen Bulgarien");
  await expectResults(page, expected);
  await expect(page.getByRole("button", { name: "Bulgarien entfernen" })).toBeVisible();
  for (const card of await page.getByTestId("search-result").all()) {
    await expect(card).toContainText("Bulgarien");
  }
  await page.screenshot({ path: test.info().outputPath("search-de.png"), fullPage: true });
});

test("a one-letter typo still finds the firm", async ({ page, request }) => {
  // A long word that only one firm has in its name, with one letter changed.
  const companies = await query<CompanyList>(request, "companies.list", { pageSize: 100, locale: "en" });
  const words = companies.items.flatMap((company) =>
    [...new Set(company.nameLatin.split(/[^A-Za-z]+/).filter((word) => word.length >= 7))].map((word) => ({ word, company })),
  );
  const unique = words.find(({ word }) => words.filter((other) => other.word.toLowerCase() === word.toLowerCase()).length === 1);
  expect(unique).toBeDefined();
  const { word, company } = unique!;
  const typo = word.slice(0, 4) + (word[4] === "a" ? "o" : "a") + word.slice(5);
  const expected = await search(request, { q: typo, locale: "en" });
  expect(expected.items.map((hit) => hit.slug)).toContain(company.slug);

  await useLocale(page, "en");
  await page.goto("/search");
  await submitSearch(page, "Search companies", typo);
  await expect(page.getByTestId("result-count")).toHaveText(countPattern(expected.total));
  await expect(page.getByTestId("search-result").getByRole("link", { name: readerName(company, "en") })).toBeVisible();
});

test("suggestions work from the keyboard", async ({ page, request }) => {
  const suggestions = await query<{ kind: string; value: string }[]>(request, "search.suggest", { q: "Plovd", locale: "en" });
  const first = suggestions[0];
  expect(first?.kind).not.toBe("company");

  await useLocale(page, "en");
  await page.goto("/search");
  const box = page.getByRole("combobox", { name: "Search companies", exact: true });
  await box.pressSequentially("Plovd");
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const options = page.getByRole("listbox").getByRole("option");
  await expect(options).toHaveCount(suggestions.length);
  await box.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await options.first().getAttribute("id"))!);
  await expectAccessible(page);
  await box.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(box).toHaveValue("Plovd");
  await box.press("ArrowDown");
  await box.press("Enter");
  await expect(box).toHaveValue(first!.value);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(first!.value).replace(/%20/g, "(\\+|%20)")}`));
  const expected = await search(request, { q: first!.value, locale: "en" });
  await expect(page.getByTestId("result-count")).toHaveText(countPattern(expected.total));
});

test("a facet narrows the results and lands in the URL; removing a chip widens them again", async ({ page, request }) => {
  await useLocale(page, "en");
  const all = await search(request, { q: "CNC milling", locale: "en" });
  const facet = all.facets.countries.find((country) => country.count < all.total);
  expect(facet).toBeDefined();
  const narrowed = await search(request, { q: "CNC milling", locale: "en", countries: [facet!.value] });
  expect(narrowed.total).toBe(facet!.count);

  await page.goto("/search?q=CNC+milling");
  await expectResults(page, all);
  await page.getByRole("checkbox", { name: new RegExp(`^${facet!.label}`) }).check();
  await expect(page).toHaveURL(new RegExp(`country=${facet!.value}`));
  await expectResults(page, narrowed);

  const withPlace = await search(request, { q: "CNC milling Plovdiv", locale: "en" });
  const withoutPlace = await search(request, { q: "CNC milling Plovdiv", locale: "en", ignore: ["place"] });
  expect(withoutPlace.total).not.toBe(withPlace.total);
  await page.goto("/search?q=CNC+milling+Plovdiv");
  await expectResults(page, withPlace);
  const chip = page.getByRole("button", { name: "Remove Plovdiv" });
  await chip.click();
  await expect(page).toHaveURL(/ignore=place/);
  await expect(chip).toHaveCount(0);
  await expectResults(page, withoutPlace);
  // Focus moves on to the next chip rather than getting lost.
  await expect(page.getByRole("button", { name: "Remove CNC milling" })).toBeFocused();

  // Back restores the chip and its results: the state lives in the URL.
  await page.goBack();
  await expect(page.getByRole("button", { name: "Remove Plovdiv" })).toBeVisible();
  await expectResults(page, withPlace);
});

test("an opportunity explains its matching companies in sentences", async ({ page, request }) => {
  const opportunities = await query<{ items: { id: string; title: { text: string } }[] }>(request, "opportunities.list", { pageSize: 100, locale: "en" });
  let chosen: { id: string; matches: CompanyMatch[] } | undefined;
  for (const opportunity of opportunities.items) {
    const matches = await query<CompanyMatch[]>(request, "matching.forOpportunity", { id: opportunity.id, locale: "en", limit: 10 });
    if (matches.some((match) => match.explanation.coveredCapabilities.length > 0)) {
      chosen = { id: opportunity.id, matches };
      break;
    }
  }
  expect(chosen).toBeDefined();

  await useLocale(page, "en");
  await page.goto(`/opportunities/${chosen!.id}`);
  const section = page.getByRole("region", { name: "Matching companies" });
  await expect(section.getByTestId("match")).toHaveCount(chosen!.matches.length);
  const first = section.getByTestId("match").first();
  await expect(first.getByRole("heading")).toHaveText(readerName(chosen!.matches[0]!.company, "en"));
  await expect(first.getByTestId("match-score")).toHaveText(/^\d+% match$/);
  const covering = chosen!.matches.findIndex((match) => match.explanation.coveredCapabilities.length > 0);
  const explanation = section.getByTestId("match-explanation").nth(covering);
  await expect(explanation).toContainText(/Covers (the required capability|all \d+ required capabilities|\d+ of \d+ required capabilities): /);
  await expect(explanation).toContainText(chosen!.matches[covering]!.explanation.coveredCapabilities[0]!.label);
  await expectAccessible(page);

  await page.getByRole("combobox", { name: "Language", exact: true }).selectOption("bg");
  await expect(section.or(page.getByRole("region", { name: "Подходящи фирми" })).getByTestId("match-explanation").nth(covering)).toContainText(
    /Покрива (изискваната компетенция|всички \d+ изисквани компетенции|\d+ от \d+ изисквани компетенции): /,
  );
  await page.screenshot({ path: test.info().outputPath("opportunity-matches-bg.png"), fullPage: true });
});

test("the search page has no serious accessibility violations", async ({ page, request }) => {
  await useLocale(page, "en");
  await page.goto("/search");
  await expect(page.getByTestId("search-result").first()).toBeVisible();
  await expectAccessible(page);

  await page.goto("/search?q=CNC+milling+Plovdiv&sort=distance");
  await expect(page.getByTestId("search-result").first()).toBeVisible();
  await expect(page.getByTestId("result-map")).toBeVisible();
  await expectAccessible(page);

  expect((await search(request, { q: "qxzvbnmw", locale: "en" })).total).toBe(0);
  await page.goto("/search?q=qxzvbnmw");
  await expect(page.getByText("No companies found")).toBeVisible();
  await expect(page.getByTestId("result-count")).toHaveText(countPattern(0));
  await expectAccessible(page);
});
