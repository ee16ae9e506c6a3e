import { expect, test } from "@playwright/test";
import { expectAccessible, query, useLocale } from "./helpers.ts";

interface OpportunityList {
  total: number;
  items: { id: string; anonymous: boolean; title: { text: string }; owner: { name: string } | null }[];
}

test("opportunities list, an anonymous one hides its owner, detail and clusters are accessible", async ({ page, request }) => {
  await useLocale(page, "en");
  const list = await query<OpportunityList>(request, "opportunities.list", { pageSize: 100, locale: "en" });
  const anonymous = list.items.find((o) => o.anonymous)!;
  expect(anonymous).toBeDefined();

  await page.goto("/opportunities");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Opportunities");
  await expect(page.getByTestId("result-count")).toContainText(String(list.total));
  await expectAccessible(page);

  await page.goto(`/opportunities/${anonymous.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(anonymous.title.text);
  await expect(page.getByText("Anonymous").first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("opportunity-anonymous.png"), fullPage: true });

  await page.goto("/clusters");
  await expect(page.getByTestId("cluster-card")).toHaveCount(5);
  await expectAccessible(page);
  await page.getByTestId("cluster-card").first().getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
});
