import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { mutate, signInAdmin, signUpMember, validEik } from "./api.ts";
import { expectAccessible, query, useLocale } from "./helpers.ts";

// A request to a firm without users reaches the cluster's contact point (issue 11, item 1): a new
// member firm, approved by the admin, expresses interest in an opportunity of an imported firm
// nobody can sign in for; the sender is told the truth; the admin, as contact point, finds it in
// the queue, accepts on the firm's behalf and answers in the conversation; the sender reads it.

interface Card {
  id: string;
  title: { text: string };
  anonymous: boolean;
  owner: { id: string; name: string; nameLatin: string } | null;
}
interface Editable {
  version: number;
  data: Record<string, unknown>;
  revision: { id: string } | null;
}

/** A published, non-anonymous opportunity of an imported firm, taken from the end of the list (other specs take the first ones). */
async function opportunityOfImportedFirm(request: APIRequestContext): Promise<Card> {
  const listed = await query<{ items: Card[] }>(request, "opportunities.list", { pageSize: 100, locale: "en" });
  const card = listed.items.filter((o) => !o.anonymous && o.owner).at(-1);
  expect(card, "a non-anonymous opportunity of the demo data").toBeDefined();
  return card!;
}

async function newContext(browser: Browser, baseURL: string) {
  return browser.newContext({ baseURL });
}

test("interest in a memberless firm's opportunity goes to the contact point, whose answer reaches the sender", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const sender = await newContext(browser, baseURL!);
  const admin = await newContext(browser, baseURL!);
  const opportunity = await opportunityOfImportedFirm(admin.request);

  // A new member registers a firm; it is a draft until the admin approves it.
  const companyName = `Kontakt Laser ${stamp.toUpperCase()} GmbH`;
  await signUpMember(sender.request, baseURL!, `contact-point-${stamp}@example.test`, { name: "Greta Sender", locale: "en" });
  const { companyId } = await mutate<{ companyId: string }>(sender.request, baseURL!, "companies.register", {
    name: companyName,
    legalForm: "ООД",
    country: "BG",
    registryId: validEik(),
    city: "Пловдив",
  });
  const page = await sender.newPage();
  await useLocale(page, "en");

  // Not approved yet: the page says why instead of offering the form.
  await page.goto(`/opportunities/${opportunity.id}`);
  await expect(page.getByText(`${companyName} is not approved yet, so it cannot express interest.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Express interest" })).toHaveCount(0);

  const editable = await query<Editable>(sender.request, "companies.getEditable", { companyId });
  const data = { ...editable.data, capabilities: ["SHEET.LASER_CUTTING"], description: { en: "Laser-cut sheet metal parts for machine builders." } };
  const saved = await mutate<Editable>(sender.request, baseURL!, "companies.updateProfile", { companyId, data, version: editable.version });
  const submitted = await mutate<Editable>(sender.request, baseURL!, "companies.submitForReview", { companyId, version: saved.version });
  await signInAdmin(admin.request, baseURL!);
  await mutate(admin.request, baseURL!, "companies.approveRevision", { revisionId: submitted.revision!.id });

  // Approved: the member expresses interest, and is told it is with the cluster's contact point.
  await page.goto(`/opportunities/${opportunity.id}`);
  await page.getByRole("button", { name: "Express interest" }).click();
  const message = "We laser-cut and bend stainless sheet parts in series and can deliver within three weeks.";
  await page.getByLabel("Your message").fill(message);
  await page.getByRole("button", { name: "Send interest" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your interest is with the cluster's contact point" })).toBeVisible();
  await page.getByRole("link", { name: "Open in the inbox" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Interest in “${opportunity.title.text}”`);
  await expect(page.getByText("With the cluster's contact point").first()).toBeVisible();
  await expect(page.getByText("This firm has no users on the platform yet")).toBeVisible();
  await expectAccessible(page);
  const detailUrl = page.url();

  // The admin, as the contact point, finds it in the queue.
  const adminPage = await admin.newPage();
  await useLocale(adminPage, "en");
  await adminPage.goto("/manage/contact-point");
  await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText("Contact point");
  const card = adminPage.locator("article").filter({ hasText: companyName });
  await expect(card).toBeVisible();
  await expect(card).toContainText("Company not contacted yet");
  await expectAccessible(adminPage);
  await card.getByRole("link").first().click();
  await expect(adminPage.getByRole("heading", { level: 1 })).toContainText("Request to");
  await expect(adminPage.getByText(message)).toBeVisible();
  await expect(adminPage.getByText("Greta Sender")).toBeVisible();
  await expectAccessible(adminPage);

  // Accepts on the firm's behalf (after confirming) and answers in the conversation.
  await adminPage.getByRole("button", { name: "Accept on the company's behalf" }).click();
  await adminPage.getByRole("button", { name: "Accept on its behalf" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "Accepted on the company's behalf." })).toBeVisible();
  const reply = "Thank you. The company will send you its price list for stainless parts this week.";
  await adminPage.getByLabel("Your message").fill(reply);
  await adminPage.getByRole("button", { name: "Send", exact: true }).click();
  await expect(adminPage.getByRole("log").getByText(reply)).toBeVisible();
  await expect(adminPage.getByRole("log").getByText("You (contact point)")).toBeVisible();
  await expectAccessible(adminPage);

  // The sender sees it accepted by the contact point, reads the reply, and has a notification.
  await page.goto(detailUrl);
  await expect(page.getByText("Accepted", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Accepted by the cluster's contact point on the company's behalf.")).toBeVisible();
  const thread = page.getByRole("log");
  await expect(thread.getByText(reply)).toBeVisible();
  await expect(thread.getByText("Cluster's contact point")).toBeVisible();
  await page.goto("/notifications");
  await expect(page.getByText(/The cluster's contact point accepted your request on behalf of/).first()).toBeVisible();
  await expect(page.getByText(/New message from/).first()).toBeVisible();
  await Promise.all([sender.close(), admin.close()]);
});
