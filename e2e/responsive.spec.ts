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
