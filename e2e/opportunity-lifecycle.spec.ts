import { expect, test, type Page } from "@playwright/test";
import { mutate, signInAdmin, signUpMember, validEik } from "./api.ts";
import { expectAccessible, query, useLocale } from "./helpers.ts";

// The opportunity lifecycle in the browser: a member drafts and submits, the admin reviews,
// the public sees the result (anonymous ones without their owner), renew and close.
// Accounts are made through the API (the sign-in pages are another area's work).

const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function fillTexts(page: Page, language: string, title: string, description: string) {
  await page.getByRole("tab", { name: new RegExp(`^${language}`) }).click();
  await page.getByLabel(`Title in ${language}`).fill(title);
  await page.getByLabel(`Description in ${language}`).fill(description);
}

async function pickCapability(page: Page, search: string, label: string) {
  await page.getByLabel("Search capabilities").fill(search);
  await page.getByRole("checkbox", { name: label, exact: true }).check();
  await expect(page.getByTestId("selected-capabilities")).toContainText(label);
}

const card = (page: Page, title: string) => page.getByTestId("own-opportunity").filter({ hasText: title });

test("the admin, acting for a published firm, publishes an anonymous opportunity; the public never sees the owner; renew and close", async ({ page, browser, baseURL }) => {
  await useLocale(page, "en");
  await signInAdmin(page.request, baseURL!);
  const firms = await query<{ items: { id: string; name: string; nameLatin: string }[] }>(page.request, "companies.list", { pageSize: 1, locale: "en" });
  const firm = firms.items[0]!;
  const title = `Stainless steel frames wanted Zentaurix ${Date.now()}`;

  await page.goto(`/workspace/companies/${firm.id}/opportunities`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Opportunities of");
  await page.getByRole("link", { name: "New opportunity" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New opportunity");

  await page.getByLabel("Type", { exact: true }).selectOption({ label: "Supply request" });
  await fillTexts(page, "English", title, "We look for a subcontractor for welded stainless steel frames, about 200 pieces a year.");
  await pickCapability(page, "CNC mill", "CNC milling");
  await page.getByRole("checkbox", { name: "Germany" }).check();
  await page.getByRole("checkbox", { name: "Subcontracting" }).check();
  await page.getByRole("checkbox", { name: "Publish anonymously" }).check();
  await expect(page.getByText("Your company's name is shown only when you accept an introduction.")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("form.png"), fullPage: true });
  await page.getByRole("button", { name: "Save and submit for review" }).click();

  await expect(page).toHaveURL(new RegExp(`/workspace/companies/${firm.id}/opportunities$`));
  await expect(page.getByRole("status")).toContainText("Submitted for review");
  await expect(card(page, title).getByTestId("opportunity-status")).toHaveText("In review");
  await expectAccessible(page);
  const own = await query<{ items: { id: string; title: { text: string } }[] }>(page.request, "opportunities.listOwn", { companyId: firm.id, statuses: ["IN_REVIEW"], pageSize: 100 });
  const id = own.items.find((o) => o.title.text === title)!.id;

  // The admin reviews it: the owner is named there, anonymous or not.
  await page.goto(`/admin/reviews/opportunities/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Review: ${title}`);
  await expect(page.getByTestId("review-owner")).toHaveText(/[\u0400-\u04FF]/.test(firm.name) ? firm.nameLatin : firm.name);
  await expect(page.getByText("To be published anonymously")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("review.png"), fullPage: true });
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByText("Approved and published.")).toBeVisible();
  await expect(page.getByText("“Published”: there is nothing to decide")).toBeVisible();

  // A visitor finds it on the board and its page, with no trace of the owner.
  const visitor = await browser.newContext({ baseURL });
  const public_ = await visitor.newPage();
  await useLocale(public_, "en");
  await public_.goto("/opportunities");
  const boardCard = public_.getByTestId("opportunity-card").filter({ hasText: title });
  await expect(boardCard).toContainText("Anonymous");
  for (const secret of [firm.name, firm.nameLatin]) await expect(boardCard).not.toContainText(secret);
  await public_.goto(`/opportunities/${id}`);
  await expect(public_.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(public_.getByText("Anonymous").first()).toBeVisible();
  for (const secret of [firm.name, firm.nameLatin]) await expect(public_.locator("body")).not.toContainText(secret);
  await expectAccessible(public_);

  // Renew with a new deadline, then close.
  await page.goto(`/workspace/companies/${firm.id}/opportunities`);
  const mine = card(page, title);
  await expect(mine.getByTestId("opportunity-status")).toHaveText("Published");
  await mine.getByRole("button", { name: "Renew" }).click();
  const deadline = dayFromToday(90);
  await mine.getByLabel("New deadline").fill(deadline);
  await mine.getByRole("button", { name: "Renew" }).last().click();
  await expect(page.getByRole("status")).toContainText("renewed until");
  await expect.poll(async () => (await query<{ deadline: string }>(page.request, "opportunities.getOwn", { companyId: firm.id, id })).deadline).toBe(deadline);
  await mine.getByRole("button", { name: "Close" }).click();
  await expect(mine.getByRole("alertdialog")).toContainText("Close this opportunity?");
  await mine.getByRole("button", { name: "Yes, close" }).click();
  await expect(page.getByRole("status")).toContainText("The opportunity was closed.");
  await expect(mine.getByTestId("opportunity-status")).toHaveText("Closed");
  await page.screenshot({ path: test.info().outputPath("closed.png"), fullPage: true });

  await public_.goto(`/opportunities/${id}`);
  await expect(public_.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await visitor.close();
});

test("a new member drafts and submits for their company; the admin rejects it with a reason; the member sees why, edits and deletes", async ({ page, browser, baseURL }) => {
  await useLocale(page, "en");
  const email = `member-${Date.now()}@example.test`;
  await signUpMember(page.request, baseURL!, email);
  const company = await mutate<{ companyId: string }>(page.request, baseURL!, "companies.register", {
    name: `Кварцитон Инженеринг ${Date.now().toString(36)} ООД`,
    legalForm: "ООД",
    country: "BG",
    registryId: validEik(),
    city: "Габрово",
    confirmNotDuplicate: true,
  });
  const list = `/workspace/companies/${company.companyId}/opportunities`;

  await page.goto(list);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Кварцитон");
  await expect(page.getByText("Your company has no opportunities yet.")).toBeVisible();
  await page.getByRole("link", { name: "New opportunity" }).click();

  // A title in Bulgarian without its description is caught before anything is sent.
  await page.getByLabel("Type", { exact: true }).selectOption({ label: "R&D offer" });
  await fillTexts(page, "English", "Joint development of biomass burners", "We offer the joint development of burners for biomass boilers.");
  await page.getByRole("tab", { name: /^Bulgarian/ }).click();
  await page.getByLabel("Title in Bulgarian").fill("Съвместна разработка на горелки");
  await pickCapability(page, "CNC", "CNC milling");
  await page.getByRole("checkbox", { name: "Research cooperation" }).check();
  await page.getByRole("tab", { name: /^English/ }).click();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("alert")).toContainText("Please correct the marked fields.");
  await expect(page.getByRole("tab", { name: /^Bulgarian/ })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByText("Add a description in this language too, or clear the title.")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("form-errors.png"), fullPage: true });
  await page.getByLabel("Description in Bulgarian").fill("Предлагаме съвместна разработка на горелки за котли на биомаса.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/opportunities\/[^/]+\/edit$/);
  await expect(page.getByRole("status")).toContainText("The draft was saved.");
  const id = page.url().split("/").at(-2)!;
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(page).toHaveURL(new RegExp(`${list}$`));
  await expect(card(page, "Joint development of biomass burners").getByTestId("opportunity-status")).toHaveText("In review");

  // The admin sees the firm, which is not published yet, so only rejection is possible.
  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await useLocale(admin, "en");
  await signInAdmin(admin.request, baseURL!);
  await admin.goto(`/admin/reviews/opportunities/${id}`);
  await expect(admin.getByTestId("review-owner")).toContainText("Kvartsiton");
  await expect(admin.getByTestId("review-language")).toHaveCount(2);
  await expect(admin.getByText("The company's profile is not published yet, so this opportunity cannot be published.")).toBeVisible();
  await expect(admin.getByRole("button", { name: "Approve and publish" })).toBeDisabled();
  await admin.getByRole("button", { name: "Reject" }).click();
  await expect(admin.getByText("Write at least 5 characters.")).toBeVisible();
  const reason = "Please add the burner power range and the fuel types.";
  await admin.getByLabel("Reason for the company").fill(reason);
  await admin.getByRole("button", { name: "Reject" }).click();
  await expect(admin.getByText("Rejected. The company was notified.")).toBeVisible();
  await adminContext.close();

  // The member sees the reason, edits (back to a draft) and finally deletes it.
  await page.reload();
  const mine = card(page, "Joint development of biomass burners");
  await expect(mine.getByTestId("opportunity-status")).toHaveText("Not approved");
  await expect(mine).toContainText(reason);
  await mine.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("note")).toContainText(reason);
  await page.getByLabel("Title in English").fill("Joint development of biomass burners, 50–500 kW");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("The draft was saved.");
  await page.getByRole("link", { name: "Back to the opportunities" }).first().click();
  const edited = card(page, "Joint development of biomass burners, 50–500 kW");
  await expect(edited.getByTestId("opportunity-status")).toHaveText("Draft");
  await expect(edited).toContainText("At the last review the cluster management wrote:");
  await page.screenshot({ path: test.info().outputPath("list-draft.png"), fullPage: true });
  await edited.getByRole("button", { name: "Delete" }).click();
  await edited.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByRole("status")).toContainText("The opportunity was deleted.");
  await expect(page.getByText("Your company has no opportunities yet.")).toBeVisible();
});
