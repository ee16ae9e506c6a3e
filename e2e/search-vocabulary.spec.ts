import { expect, test } from "@playwright/test";
import { signInAdmin } from "./api.ts";
import { expectAccessible, useLocale } from "./helpers.ts";

// A word search does not know shows up among the unread words of the search analytics; an admin
// takes it into the vocabulary as a trade term of a capability, and the next search understands
// it (its chip), without a restart; removing the term undoes it.

test.beforeEach(async ({ page, baseURL }) => {
  await useLocale(page, "en");
  await signInAdmin(page.request, baseURL!);
});

test("an unread word becomes a trade term: the analytics list it, the vocabulary adds it, search shows its chip", async ({ page }) => {
  // A made-up workshop word, new on every run.
  const word = `quexlerei${Date.now().toString(36).replace(/\d/g, (d) => "abcdefghij"[Number(d)]!)}`;

  await page.goto(`/search?q=${encodeURIComponent(word)}`);
  await expect(page.getByText("No companies found").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove CNC milling" })).toHaveCount(0);

  // The analytics of the last 7 days list the word as unread, with the query it came in.
  await page.goto("/admin/search-analytics?days=7");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search analytics");
  const row = page.getByTestId("unread-words").getByRole("row", { name: new RegExp(word) });
  await expect(row).toBeVisible();
  await expectAccessible(page);

  // "Add as term" opens the vocabulary page with the word in the form.
  await row.getByRole("link", { name: `Add as term: ${word}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search vocabulary");
  await expect(page.getByRole("textbox", { name: "Phrase" })).toHaveValue(word);
  const picker = page.getByRole("combobox", { name: "Capability" });
  await picker.fill("CNC milling");
  await page.getByTestId("taxonomy-option").filter({ hasText: /^CNC milling/ }).first().click();
  await expect(page.getByTestId("chosen-term")).toHaveText("CNC milling");
  await page.getByRole("button", { name: "Add term" }).click();
  await expect(page.getByTestId("term-added")).toHaveText(`“${word}” now means CNC milling.`);
  await expect(page.getByTestId("vocabulary-terms").getByRole("row", { name: new RegExp(word) })).toBeVisible();
  await expectAccessible(page);

  // The same phrase again is refused, in words.
  await page.getByRole("textbox", { name: "Phrase" }).fill(word);
  await page.getByRole("button", { name: "Add term" }).click();
  await expect(page.getByText(`“${word}” is already a name of CNC milling.`)).toBeVisible();

  // The running server's search understands it once its worker took the change (about a second).
  await expect(async () => {
    await page.goto(`/search?q=${encodeURIComponent(word)}`);
    await expect(page.getByRole("button", { name: "Remove CNC milling" })).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });

  // Undo: removed from the list, and search no longer reads the word.
  await page.goto("/admin/vocabulary");
  await page.getByRole("button", { name: `Remove the term “${word}”` }).click();
  await expect(page.getByText(`“${word}” no longer means CNC milling.`)).toBeVisible();
  await expect(page.getByTestId("vocabulary-terms").getByRole("row", { name: new RegExp(word) })).toHaveCount(0);
  await expect(async () => {
    await page.goto(`/search?q=${encodeURIComponent(word)}`);
    await expect(page.getByText("No companies found").first()).toBeVisible({ timeout: 2000 });
    await expect(page.getByRole("button", { name: "Remove CNC milling" })).toHaveCount(0);
  }).toPass({ timeout: 20_000 });
});
