import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

/** Calls a tRPC query of the running app directly, to know what the page should show. */
export async function query<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const qs = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await request.get(`/trpc/${procedure}${qs}`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

/** Starts the page in a UI language, as a returning visitor who chose it would (the language switch's cookie). */
export async function useLocale(page: Page, locale: "bg" | "en" | "de") {
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error("useLocale needs the project's baseURL");
  await page.context().addCookies([{ name: "cm_locale", value: locale, url: baseURL, sameSite: "Lax" }]);
}

/** axe-core over the whole page: no serious or critical violation. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const severe = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/**
 * A firm's name as a reader of `locale` sees it (client lib/displayName.ts): the Latin form of a
 * Cyrillic name for readers of English and German, the registered name for Bulgarian readers.
 */
export function readerName(firm: { name: string; nameLatin: string }, locale: string | null): string {
  return locale !== "bg" && /[\u0400-\u04FF]/.test(firm.name) ? firm.nameLatin : firm.name;
}
