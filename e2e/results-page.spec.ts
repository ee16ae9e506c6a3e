import { expect, test, type Locator, type Page } from "@playwright/test";
import { adminCredentials } from "./api.ts";
import { expectAccessible, query, useLocale } from "./helpers.ts";

// The results page as a buyer sourcing suppliers uses it: results on the first screen, a map
// beside them (on demand on a phone) with clustered, clickable markers and the search radius;
// a firm's page that puts its own facts and the contact action first. Expectations come from
// the API of the running app (demo data), never from hard-coded firms.

interface Hit {
  id: string;
  slug: string;
  name: string;
  nameLatin: string;
  city: string;
  cityLatin: string;
  lat: number | null;
  lng: number | null;
  distanceKm: number | null;
}

interface SearchOutput {
  total: number;
  items: Hit[];
  center: { lat: number; lng: number; label: string } | null;
}

const search = (page: Page, q: string) => query<SearchOutput>(page.request, "search.companies", { q, locale: "en", pageSize: 20 });

const desktop = { width: 1366, height: 900 };
const phone = { width: 390, height: 844 };

/** The map's current zoom level (the viewport publishes it for tests and styling). */
const zoomOf = async (map: Locator) => Number(await map.locator(".map-viewport").getAttribute("data-zoom"));

/** How many firms the markers on the map stand for: one per point, a cluster's count per cluster. */
async function firmsOnMap(map: Locator): Promise<number> {
  const counts = await map.getByTestId("map-cluster").allInnerTexts();
  return (await map.getByTestId("map-marker").count()) + counts.reduce((sum, text) => sum + Number(text), 0);
}

test.describe("on a 1366 × 900 screen", () => {
  test.use({ viewport: desktop });

  test("the first result is on the first screen, the map beside the list with the search radius", async ({ page }) => {
    await useLocale(page, "en");
    const q = "laser cutting near Plovdiv 50 km";
    const expected = await search(page, q);
    expect(expected.center?.label).toBe("Plovdiv");
    expect(expected.items.length).toBeGreaterThan(0);
    await page.goto(`/search?q=${encodeURIComponent(q)}`);

    const firstCard = page.getByTestId("search-result").first();
    await expect(firstCard).toBeVisible();
    const card = (await firstCard.boundingBox())!;
    expect(card.y).toBeLessThan(desktop.height - 100);

    // The map sits beside the list, not above it, and needs no toggle.
    const map = page.getByTestId("result-map");
    await expect(map).toBeVisible();
    await expect(page.getByTestId("map-toggle")).toHaveCount(0);
    const mapBox = (await map.boundingBox())!;
    expect(mapBox.x).toBeGreaterThan(card.x + card.width - 1);
    expect(mapBox.y).toBeLessThan(desktop.height);

    // The radius is drawn around the place, labelled, and every result lies inside it.
    await expect(map.getByTestId("map-radius")).toBeVisible();
    await expect(map.getByTestId("map-centre")).toBeVisible();
    await expect(map.locator(".map-label-centre")).toHaveText("Plovdiv");
    await expect(page.locator(".map-legend")).toContainText("Within 50 km of Plovdiv");
    for (const hit of expected.items) expect(hit.distanceKm).toBeLessThanOrEqual(50);
    const radius = (await map.getByTestId("map-radius").boundingBox())!;
    const centre = (await map.getByTestId("map-centre").boundingBox())!;
    expect(Math.abs(radius.x + radius.width / 2 - (centre.x + centre.width / 2))).toBeLessThan(3);

    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath("results-desktop-radius.png") });
  });

  test("crowded firms cluster with their counts; a click on a cluster zooms in and splits it", async ({ page }) => {
    await useLocale(page, "en");
    const expected = await search(page, "Bulgaria");
    const located = expected.items.filter((hit) => hit.lat !== null && hit.lng !== null);
    expect(located.length).toBeGreaterThan(5);
    await page.goto("/search?q=Bulgaria");
    await expect(page.getByTestId("search-result")).toHaveCount(expected.items.length);

    const map = page.getByTestId("result-map");
    const clusters = map.getByTestId("map-cluster");
    await expect(clusters.first()).toBeVisible();
    // Every firm of the page is on the map once, in a cluster or as its own marker.
    expect(await firmsOnMap(map)).toBe(located.length);
    for (const text of await clusters.allInnerTexts()) expect(Number(text)).toBeGreaterThanOrEqual(2);
    await expect(clusters.first()).toHaveAccessibleName(/^\d+ companies( around .+)?: zoom in$|^\d+ companies (in .+|at this spot)$/);

    // The biggest cluster opens into smaller ones or single firms one zoom level closer (at least).
    const texts = (await clusters.allInnerTexts()).map(Number);
    const biggest = clusters.nth(texts.indexOf(Math.max(...texts)));
    const size = Math.max(...texts);
    const before = await zoomOf(map);
    await biggest.click();
    expect(await zoomOf(map)).toBeGreaterThanOrEqual(before + 1);
    const afterCounts = (await clusters.allInnerTexts()).map(Number);
    expect(afterCounts.every((count) => count < size) || (await map.getByTestId("map-marker").count()) > 0).toBe(true);

    // The zoom buttons and "show all results" bring the fitted view back.
    await map.getByRole("button", { name: "Zoom out" }).click();
    await map.getByRole("button", { name: "Show all results" }).click();
    expect(await zoomOf(map)).toBeCloseTo(before, 5);
    expect(await firmsOnMap(map)).toBe(located.length);
    await page.screenshot({ path: test.info().outputPath("results-desktop-clusters.png") });
  });

  test("a marker shows the firm's name, city and a link, and highlights its card; the card highlights its marker", async ({ page }) => {
    await useLocale(page, "en");
    const expected = await search(page, "Bulgaria");
    await page.goto("/search?q=Bulgaria");
    const map = page.getByTestId("result-map");
    await expect(map.getByTestId("map-cluster").or(map.getByTestId("map-marker")).first()).toBeVisible();
    // Zoom into clusters until single firms show.
    for (let i = 0; i < 6 && (await map.getByTestId("map-marker").count()) === 0; i++) await map.getByTestId("map-cluster").first().click();
    const marker = map.getByTestId("map-marker").first();
    await expect(marker).toBeVisible();

    await marker.click();
    const popup = map.getByTestId("map-popup");
    await expect(popup).toBeVisible();
    const name = await popup.getByRole("link").innerText();
    const hit = expected.items.find((item) => item.nameLatin === name || item.name === name);
    expect(hit, `the firm ${name} is a result`).toBeDefined();
    await expect(popup).toContainText(hit!.cityLatin);
    await expect(marker).toHaveAccessibleName(`${name}, ${hit!.cityLatin}`);
    await expect(page.locator(`#result-${hit!.id}`)).toHaveAttribute("data-active", "true");
    await expectAccessible(page);

    // From the list to the map: hovering another card lights up the marker (or cluster) holding it.
    const other = page.getByTestId("search-result").nth(expected.items[0]!.id === hit!.id ? 1 : 0);
    await other.hover();
    await expect(map.locator(".map-marker-active")).toHaveCount(1);

    await popup.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/companies/${hit!.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  });
});

test.describe("on a 390 × 844 phone", () => {
  test.use({ viewport: phone, isMobile: true, hasTouch: true });

  test("the first result is on the first screen, filters folded, the map on demand", async ({ page }) => {
    await useLocale(page, "en");
    const q = "laser cutting near Plovdiv 50 km";
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    const firstCard = page.getByTestId("search-result").first();
    await expect(firstCard).toBeVisible();
    const card = (await firstCard.boundingBox())!;
    // Its title (and more) is on the first screen, below the search box.
    const box = (await page.getByRole("combobox", { name: "Search companies", exact: true }).boundingBox())!;
    expect(card.y).toBeGreaterThan(box.y);
    expect(card.y + 60).toBeLessThan(phone.height);

    const toggle = page.getByRole("search", { name: "Refine the results" }).getByTestId("filters-toggle");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByLabel("City", { exact: true })).toBeHidden();

    // The map waits behind its button, then shows the radius.
    await expect(page.getByTestId("result-map")).toHaveCount(0);
    await page.getByTestId("map-toggle").click();
    await expect(page.getByTestId("result-map").getByTestId("map-radius")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath("results-phone.png") });
  });

  test("a firm's page puts its facts and the contact action on the first screen, suggestions last", async ({ page }) => {
    await useLocale(page, "en");
    const { items } = await query<{ items: { slug: string; nameLatin: string }[] }>(page.request, "companies.list", { locale: "en" });
    const firm = items[0]!;
    await page.goto(`/companies/${firm.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(firm.nameLatin);

    const contact = page.getByRole("link", { name: "Sign in to request an introduction" });
    await expect(contact).toBeVisible();
    const contactBox = (await contact.boundingBox())!;
    expect(contactBox.y + contactBox.height).toBeLessThan(phone.height);

    // The firm's own content comes before the suggestions of other firms.
    const y = async (name: string) => (await page.getByRole("heading", { level: 2, name, exact: true }).boundingBox())!.y;
    const facts = await y("Company facts");
    const capabilities = await y("Capabilities");
    const suggestions = await y("Suggested partners");
    expect(capabilities).toBeLessThan(suggestions);
    expect(facts).toBeLessThan(suggestions);
    expect(contactBox.y).toBeLessThan(capabilities);
    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath("company-phone.png"), fullPage: true });
  });

  test("the dashboard's axis labels do not overlap", async ({ page, baseURL }) => {
    await useLocale(page, "en");
    const res = await page.request.post("/trpc/accounts.signIn", { headers: { origin: baseURL! }, data: adminCredentials });
    expect(res.ok()).toBe(true);
    await page.goto("/admin/dashboard");
    await expect(page.getByTestId("chart-countries").locator(".recharts-yAxis-tick-labels text").first()).toBeVisible();

    const overlaps = await page.evaluate(() => {
      const found: string[] = [];
      for (const axis of document.querySelectorAll(".admin-chart .recharts-cartesian-axis-tick-labels")) {
        const labels = [...axis.querySelectorAll("text")].map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }));
        labels.forEach((a, i) =>
          labels.slice(i + 1).forEach((b) => {
            if (a.box.left < b.box.right - 1 && b.box.left < a.box.right - 1 && a.box.top < b.box.bottom - 1 && b.box.top < a.box.bottom - 1) found.push(`${a.text} / ${b.text}`);
          }),
        );
      }
      return found;
    });
    expect(overlaps).toEqual([]);
    // Long category names are shortened on the axis; the table keeps them whole.
    const labels = await page.getByTestId("chart-clusters").locator(".recharts-yAxis-tick-labels text").allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath("dashboard-phone.png"), fullPage: true });
  });
});
