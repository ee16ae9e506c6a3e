import { expect, test } from "@playwright/test";
import { useLocale } from "./helpers.ts";

test("the directory fits a phone screen with the filters above the results", async ({ page }) => {
  await useLocale(page, "bg");
  await page.goto("/companies");
  await expect(page.getByTestId("company-card").first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const filters = await page.getByRole("search").boundingBox();
  const firstCard = await page.getByTestId("company-card").first().boundingBox();
  expect(filters!.y).toBeLessThan(firstCard!.y);
  await page.screenshot({ path: test.info().outputPath("directory-phone.png"), fullPage: true });
});

// Every public list folds its filters behind one button on a phone, so the list starts on the
// first screen; the button counts the filters set.
const lists = [
  { path: "/search?q=Bulgaria", form: "Refine the results", card: "search-result", field: "City", filtered: "/search?q=Bulgaria&country=BG" },
  { path: "/companies", form: "Filter companies", card: "company-card", field: "Certification", filtered: "/companies?country=BG" },
  { path: "/opportunities", form: "Filter opportunities", card: "opportunity-card", field: "Target country", filtered: "/opportunities?country=DE" },
];

for (const list of lists) {
  test(`${list.path} folds its filters behind a button, the list on the first screen`, async ({ page }) => {
    await useLocale(page, "en");
    await page.goto(list.path);
    const firstCard = page.getByTestId(list.card).first();
    await expect(firstCard).toBeVisible();
    const form = page.getByRole("search", { name: list.form });
    const toggle = form.getByRole("button", { name: "Filters", exact: true });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(form.getByLabel(list.field, { exact: true })).toBeHidden();
    const viewport = page.viewportSize()!;
    expect((await firstCard.boundingBox())!.y + 48).toBeLessThan(viewport.height);

    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(form.getByLabel(list.field, { exact: true })).toBeVisible();

    await page.goto(list.filtered);
    await expect(page.getByRole("search", { name: list.form }).getByRole("button", { name: "Filters (1 active)" })).toBeVisible();
  });
}
