import { expect, test, type Browser, type Page } from "@playwright/test";
import { adminCredentials, approveFirm, validEik } from "./api.ts";
import { expectAccessible, useLocale } from "./helpers.ts";

// The whole network in one story, through the UI only, as people would use it: a member signs
// up and confirms the e-mail from the mailbox, registers a company, the admin approves it, the
// member publishes an anonymous opportunity (approved by the admin too), a second member finds
// it and expresses interest without ever seeing who is behind it, the first accepts, and both
// exchange messages — now with names and contacts.

interface Person {
  name: string;
  email: string;
  password: string;
}

async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await useLocale(page, "en");
  return page;
}

/** Signs up in the form, opens the confirmation e-mail in the development mailbox, follows its link and confirms. */
async function signUpAndConfirm(page: Page, person: Person) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("E-mail address").fill(person.email);
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await page.getByRole("checkbox", { name: /privacy notice/ }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your e-mail" })).toBeVisible();

  await page.goto("/dev/mailbox");
  await page.getByLabel("Recipient address").fill(person.email);
  await page.getByRole("button", { name: "Filter" }).click();
  await page.getByTestId("mail-item").getByRole("link", { name: /Confirm your e-mail/ }).first().click();
  await page.getByTestId("mail-view").getByRole("link", { name: /\/verify-email\?token=/ }).click();
  await expect(page.getByText(`This link confirms the address ${person.email}.`)).toBeVisible();
  await page.getByRole("button", { name: "Confirm my e-mail address" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  await expect(page.getByRole("button", { name: new RegExp(person.name) })).toBeVisible();
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/workspace$/);
}

/** Registers a company from "My companies"; returns its id (from the editor's address). */
async function registerCompany(page: Page, firm: { name: string; legalForm: string; city: string }): Promise<string> {
  await page.goto("/workspace");
  await page.getByRole("link", { name: "Register a company" }).click();
  await page.getByLabel("EIK (UIC)").fill(validEik());
  await expect(page.getByText("The registry ID is valid.")).toBeVisible();
  await page.getByLabel("Legal name").fill(firm.name);
  await page.getByLabel("Legal form").fill(firm.legalForm);
  await page.getByRole("combobox", { name: "City", exact: true }).fill(firm.city);
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await expect(page).toHaveURL(/\/workspace\/companies\/[^/]+\/profile$/);
  return /\/workspace\/companies\/([^/]+)\/profile$/.exec(new URL(page.url()).pathname)![1]!;
}

/** Nothing on the page — text, links, attributes — names the hidden owner. */
async function expectHidden(page: Page, secrets: string[]) {
  const html = await page.content();
  for (const secret of secrets) expect(html, `${page.url()} must not show ${secret}`).not.toContain(secret);
}

test("sign up, confirm, register, approval, an anonymous opportunity, interest, acceptance and messages", async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36);
  const maria: Person = { name: "Maria Koleva", email: `maria.${stamp}@example.test`, password: "a long password 123" };
  const jonas: Person = { name: "Jonas Weber", email: `jonas.${stamp}@example.test`, password: "another long password" };
  const firm = { name: `Хидротерм Вакарел ${stamp.toUpperCase()} ООД`, legalForm: "ООД", city: "Вакарел" };
  const title = `Welded frames for heat pumps ${stamp}`;

  // ---- Maria: account, company, profile, submitted for review ----
  const owner = await newPage(browser, baseURL!);
  await signUpAndConfirm(owner, maria);
  const companyId = await registerCompany(owner, firm);
  const picker = owner.getByRole("combobox", { name: "Search the capability taxonomy" });
  await picker.fill("welding");
  await picker.press("ArrowDown");
  await picker.press("Enter");
  await expect(owner.getByTestId("chosen-term")).toHaveCount(1);
  await owner.getByRole("tab", { name: /^English/ }).click();
  await owner.getByLabel("Description in English").fill("Welded steel assemblies and heat exchanger frames for heat pump makers.");
  await owner.getByLabel("E-mail for enquiries").fill(`office.${stamp}@hydrotherm.example`);
  await owner.getByRole("button", { name: "Save draft" }).click();
  await expect(owner.getByText("Draft saved.")).toBeVisible();
  await owner.getByRole("button", { name: "Submit for review" }).click();
  await expect(owner.getByTestId("revision-status")).toHaveText("Changes in review");

  // ---- the admin approves the company from the review queue ----
  const admin = await newPage(browser, baseURL!);
  await signIn(admin, adminCredentials.email, adminCredentials.password);
  await admin.goto("/admin/reviews");
  await admin.getByRole("link", { name: firm.name }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Review: ${firm.name}`);
  await admin.getByRole("button", { name: "Approve and publish" }).click();
  await expect(admin.getByTestId("review-result")).toContainText("Approved and published.");

  // ---- Maria publishes an anonymous opportunity; the admin approves it ----
  await owner.goto(`/workspace/companies/${companyId}`);
  await owner.getByRole("navigation", { name: "Work on the company" }).getByRole("link", { name: "Opportunities" }).click();
  await owner.getByRole("link", { name: "New opportunity" }).click();
  await owner.getByLabel("Type", { exact: true }).selectOption({ label: "Supply request" });
  await owner.getByRole("tab", { name: /^English/ }).click();
  await owner.getByLabel("Title in English").fill(title);
  await owner.getByLabel("Description in English").fill("We look for a partner who machines and welds stainless frames, about 300 pieces a year.");
  await owner.getByLabel("Search capabilities").fill("CNC mill");
  await owner.getByRole("checkbox", { name: "CNC milling", exact: true }).check();
  await owner.getByRole("checkbox", { name: "Subcontracting" }).check();
  await owner.getByRole("checkbox", { name: "Publish anonymously" }).check();
  await owner.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(owner.getByRole("status")).toContainText("Submitted for review");

  await admin.goto("/admin/reviews");
  await admin.getByRole("link", { name: title }).click();
  await admin.getByRole("button", { name: "Approve and publish" }).click();
  await expect(admin.getByText("Approved and published.")).toBeVisible();
  // Before acceptance nothing may name Maria's firm: its name in either script, its id.
  const secrets = ["Хидротерм", "Hidroterm", companyId, maria.email];

  // ---- Jonas: account and company; finds the opportunity and expresses interest ----
  const seeker = await newPage(browser, baseURL!);
  await signUpAndConfirm(seeker, jonas);
  const seekerFirm = { name: `Ротор Видин ${stamp.toUpperCase()} ЕООД`, legalForm: "ЕООД", city: "Видин" };
  const seekerFirmId = await registerCompany(seeker, seekerFirm);
  // Only a published firm may get in touch: Jonas's goes through review like Maria's (here by the API).
  await approveFirm(seeker.context().request, admin.context().request, baseURL!, seekerFirmId);

  await seeker.goto("/opportunities");
  await seeker.getByRole("link", { name: title }).first().click();
  await expect(seeker.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(seeker.getByText("Anonymous").first()).toBeVisible();
  await expectHidden(seeker, secrets);
  await seeker.getByRole("button", { name: "Express interest" }).click();
  await seeker.getByLabel("Your message").fill("We weld stainless frames for heat pumps in series; samples within three weeks.");
  await seeker.getByRole("button", { name: "Send interest" }).click();
  await expect(seeker.getByRole("status").filter({ hasText: "Your interest was sent." })).toBeVisible();
  await seeker.getByRole("link", { name: "Open in the inbox" }).click();
  await expect(seeker.getByText(`The company behind “${title}”`).first()).toBeVisible();
  await expectHidden(seeker, secrets);
  const interestUrl = seeker.url();
  await seeker.goto("/inbox?box=outgoing");
  await expectHidden(seeker, secrets);
  await seeker.goto("/notifications");
  await expectHidden(seeker, secrets);

  // ---- Maria accepts in her inbox and writes ----
  await owner.goto("/inbox");
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText("Inbox");
  // An English interface shows Cyrillic names in their Latin form.
  await owner.getByRole("link", { name: /Rotor Vidin|Ротор Видин/ }).click();
  await owner.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(owner.getByTestId("contacts")).toContainText(jonas.email);
  const hello = `Thank you — could you send a drawing of a sample frame? (${stamp})`;
  await owner.getByLabel("Your message").fill(hello);
  await owner.getByRole("button", { name: "Send", exact: true }).click();
  await expect(owner.getByRole("log")).toContainText(hello);
  await expectAccessible(owner);

  // ---- Jonas now sees who it is, with contacts, and answers ----
  await seeker.goto(interestUrl);
  await expect(seeker.getByText("Accepted", { exact: true })).toBeVisible();
  await expect(seeker.getByRole("main")).toContainText(/Hidroterm Vakarel|Хидротерм Вакарел/);
  await expect(seeker.getByTestId("contacts")).toContainText(maria.email);
  await expect(seeker.getByRole("log")).toContainText(hello);
  const reply = `Drawing attached to our next e-mail; samples by the 20th. (${stamp})`;
  await seeker.getByLabel("Your message").fill(reply);
  await seeker.getByRole("button", { name: "Send", exact: true }).click();
  await expect(seeker.getByRole("log")).toContainText(reply);
  await expectAccessible(seeker);
  await seeker.screenshot({ path: test.info().outputPath("thread-after-acceptance.png"), fullPage: true });

  await owner.reload();
  await expect(owner.getByRole("log")).toContainText(reply);
});
