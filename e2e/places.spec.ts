import { expect, test } from "@playwright/test";
import { signInAdmin, signUpMember, validEik } from "./api.ts";
import { expectAccessible, query, useLocale } from "./helpers.ts";

// Geocoding from the city picker: a new member registers a firm in Plovdiv by typing "Плов" and
// picking the place (no coordinates, no NUTS code asked), completes the profile, the admin
// approves it, and the firm is found by "laser cutting Plovdiv" and near Plovdiv. Then the
// managers' data-quality view, as the admin sees it.

interface MyCompany {
  companyId: string;
  slug: string;
  name: string;
  revision: { id: string; status: string } | null;
}

test("a firm registered with the city picker is placed on the map and found by a city search", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  await useLocale(page, "en");
  const stamp = Date.now().toString(36);
  const name = `Лазерни Системи ${stamp} ЕООД`;
  const email = `laser.${stamp}@example.test`;
  await signUpMember(page.request, baseURL!, email, { name: "Георги Иванов" });

  // ---- registration: the city from the gazetteer, no region field ----
  await page.goto("/workspace");
  await page.getByRole("link", { name: "Register a company" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register a company");
  await expect(page.getByLabel(/NUTS|Region/)).toHaveCount(0);
  await page.getByLabel("EIK (UIC)").fill(validEik());
  await page.getByLabel("Legal name").fill(name);
  await page.getByLabel("Legal form").fill("ЕООД");
  const city = page.getByRole("combobox", { name: "City", exact: true });
  await city.pressSequentially("Плов", { delay: 30 });
  const option = page.getByRole("option", { name: /^Plovdiv/ });
  await expect(option).toBeVisible();
  await expect(option).toContainText("Пловдив");
  await expect(option).toContainText("South Central Region, Bulgaria");
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("city-picker.png"), fullPage: true });
  // Keyboard: down to the first suggestion, Enter takes it (and does not submit the form).
  await city.press("ArrowDown");
  await expect(city).toHaveAttribute("aria-activedescendant", /places-0$/);
  await city.press("Enter");
  await expect(city).toHaveValue("Пловдив");
  await expect(page.getByTestId("place-hint")).toHaveText("On the map: Plovdiv (South Central Region, Bulgaria).");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register a company");
  await page.getByRole("button", { name: "Register", exact: true }).click();

  // ---- the profile: no coordinates to type ----
  await expect(page).toHaveURL(/\/workspace\/companies\/[^/]+\/profile$/);
  await expect(page.getByLabel(/Latitude|Longitude/)).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "City", exact: true })).toHaveValue("Пловдив");
  const picker = page.getByRole("combobox", { name: "Search the capability taxonomy" });
  await picker.fill("laser cutting");
  await page.getByRole("option", { name: /^Laser cutting/ }).first().click();
  await page.getByRole("tab", { name: /^English/ }).click();
  await page.getByLabel("Description in English").fill("Fibre laser cutting of sheet metal up to 20 mm, bending and powder coating, in Plovdiv.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("revision-status")).toHaveText("Changes in review");

  const mine = await query<MyCompany[]>(page.request, "companies.mine", undefined);
  const company = mine.find((c) => c.name === name)!;

  // ---- the admin approves ----
  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await useLocale(admin, "en");
  await signInAdmin(admin.request, baseURL!);
  await admin.goto(`/admin/reviews/companies/${company.revision!.id}`);
  await admin.getByRole("button", { name: "Approve and publish" }).click();
  await expect(admin.getByTestId("review-result")).toContainText("Approved and published.");

  // ---- found by the city, in text and as a radius ----
  const visitorContext = await browser.newContext({ baseURL });
  const visitor = await visitorContext.newPage();
  await useLocale(visitor, "en");
  const results = visitor.getByTestId("search-result");
  // The index follows the outbox a moment after the approval.
  await expect(async () => {
    await visitor.goto("/search?q=laser+cutting+Plovdiv");
    await expect(results.filter({ hasText: name })).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expectAccessible(visitor);
  await visitor.screenshot({ path: test.info().outputPath("search-laser-plovdiv.png"), fullPage: true });
  await visitor.goto("/search?q=laser+cutting&near=Plovdiv&radius=10");
  await expect(results.filter({ hasText: name })).toHaveCount(1);
  const near = await query<{ items: { slug: string }[] }>(visitor.request, "search.companies", { q: "", near: { city: "Plovdiv", radiusKm: 5 }, pageSize: 50 });
  expect(near.items.map((i) => i.slug)).toContain(company.slug);
  await visitorContext.close();

  // ---- the managers' data-quality view, as the admin sees it ----
  await admin.goto("/manage/data-quality");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Data quality");
  await expect(admin.getByLabel("Cluster", { exact: true })).toHaveValue("");
  await expect(admin.getByTestId("dq-issue-no_coordinates")).toHaveAttribute("aria-current", "page");
  await admin.getByTestId("dq-issue-no_members").click();
  await expect(admin).toHaveURL(/issue=no_members/);
  await expect(admin.getByRole("heading", { level: 2, name: "No members" })).toBeVisible();
  const rows = admin.getByTestId("dq-row");
  await expect(rows.first()).toBeVisible();
  const total = await query<{ counts: Record<string, number> }>(admin.request, "places.dataQualityAll", { issue: "no_members" });
  expect(total.counts.no_members).toBeGreaterThan(0);
  await expect(admin.getByTestId("result-count")).toContainText(`${total.counts.no_members} of`);
  await expectAccessible(admin);
  await admin.screenshot({ path: test.info().outputPath("data-quality.png"), fullPage: true });
  // One cluster's firms; every row opens the firm's admin page.
  const clusters = await query<{ id: string }[]>(admin.request, "clusters.list", { locale: "en" });
  await admin.getByLabel("Cluster", { exact: true }).selectOption(clusters[0]!.id);
  await expect(admin).toHaveURL(new RegExp(`cluster=${clusters[0]!.id}`));
  const first = rows.first().getByRole("link");
  const href = await first.getAttribute("href");
  expect(href).toMatch(/^\/(en\/)?admin\/companies\/[^/]+$/);
  await first.click();
  await expect(admin).toHaveURL(/\/admin\/companies\/[^/]+$/);
  await adminContext.close();

  // An outsider is refused.
  const refused = await page.request.get(`/trpc/places.dataQuality?input=${encodeURIComponent(JSON.stringify({ clusterId: clusters[0]!.id, issue: "no_members" }))}`);
  expect(refused.status()).toBe(403);
});
