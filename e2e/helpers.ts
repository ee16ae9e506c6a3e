import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** Calls a tRPC query of the running app directly, to know what the page should show. */
export async function query<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const qs = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await request.get(`/trpc/${procedure}${qs}`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

/** Starts the page in a UI language, as a returning visitor who chose it would. */
export async function useLocale(page: Page, locale: "bg" | "en" | "de") {
  await page.addInitScript((value) => window.localStorage.setItem("cm.locale", value), locale);
}

/** axe-core over the whole page: no serious or critical violation. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const severe = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
