import { expect, test } from "@playwright/test";
import { expectAccessible, query, readerName, useLocale } from "./helpers.ts";

interface CompanyList {
  total: number;
  items: { slug: string; name: string; nameLatin: string; capabilities: { code: string; label: string }[] }[];
}

test("the directory opens in Bulgarian by default and is accessible", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/companies$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "bg");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Фирми");
  await expect(page.getByTestId("company-card").first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("directory-bg.png"), fullPage: true });
});

test("filter by country and capability, open a profile, switch to German", async ({ page, request }) => {
  await useLocale(page, "en");
  await page.goto("/companies");
  const all = await query<CompanyList>(request, "companies.list", { pageSize: 1 });
  await expect(page.getByTestId("result-count")).toContainText(String(all.total));

  await page.getByRole("checkbox", { name: "Bulgaria" }).check();
  await expect(page).toHaveURL(/country=BG/);
  await page.getByRole("combobox", { name: "Capability", exact: true }).selectOption("MACH.CNC_MILLING");
  await expect(page).toHaveURL(/capability=MACH\.CNC_MILLING/);

  const expected = await query<CompanyList>(request, "companies.list", {
    countries: ["BG"],
    capability: "MACH.CNC_MILLING",
    pageSize: 20,
    locale: "en",
  });
  expect(expected.total).toBeGreaterThan(0);
  expect(expected.total).toBeLessThan(all.total);
  await expect(page.getByTestId("result-count")).toContainText(String(expected.total));
  const cards = page.getByTestId("company-card");
  await expect(cards).toHaveCount(Math.min(20, expected.total));
  // Every card offers CNC milling or 5-axis machining (a kind of CNC milling).
  for (const card of await cards.all()) {
    await expect(card.getByTestId("capability-badge").filter({ hasText: /^(CNC milling|5-axis machining)$/ }).first()).toBeVisible();
  }
  await page.screenshot({ path: test.info().outputPath("directory-filtered-en.png"), fullPage: true });

  const first = expected.items[0]!;
  await cards.first().getByRole("link", { name: readerName(first, "en") }).click();
  await expect(page).toHaveURL(new RegExp(`/companies/${first.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(readerName(first, "en"));
  await expectAccessible(page);

  await page.getByRole("combobox", { name: "Language", exact: true }).selectOption("de");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  const german = await query<{ capabilities: { label: string }[] }>(request, "companies.get", { idOrSlug: first.slug, locale: "de" });
  for (const capability of german.capabilities) {
    await expect(page.getByTestId("capability-badge").filter({ hasText: capability.label }).first()).toBeVisible();
  }
  await expect(page.getByTestId("capability-badge").filter({ hasText: /^CNC-Fräsen|5-Achs-Bearbeitung$/ }).first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("profile-de.png"), fullPage: true });

  // The filters live in the URL: back returns to the same filtered list.
  await page.goBack();
  await expect(page).toHaveURL(/country=BG/);
  await expect(page.getByRole("combobox", { name: "Kompetenz", exact: true })).toHaveValue("MACH.CNC_MILLING");
  await expect(page.getByTestId("result-count")).toContainText(String(expected.total));
});

test("pagination keeps its page in the URL", async ({ page, request }) => {
  await useLocale(page, "en");
  const all = await query<CompanyList>(request, "companies.list", { pageSize: 20, page: 2, locale: "en" });
  await page.goto("/companies");
  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" }).or(
    page.getByRole("navigation", { name: "Pagination" }).getByRole("button", { name: "Next" }),
  ).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("company-card").first()).toContainText(all.items[0]!.name);
  await page.reload();
  await expect(page.getByTestId("company-card").first()).toContainText(all.items[0]!.name);
});

test("an unknown company shows a not-found page", async ({ page }) => {
  await useLocale(page, "en");
  await page.goto("/companies/no-such-company");
  await expect(page.getByText("We could not find what you were looking for.").or(page.getByRole("heading", { name: "Page not found" }))).toBeVisible();
});
