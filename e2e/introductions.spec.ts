import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { approveFirm, linkIn, mutate, signUpMember, validEik } from "./api.ts";
import { expectAccessible, query, useLocale } from "./helpers.ts";

// Introductions in the browser: a member answers an anonymous opportunity, the owner's member
// accepts in the inbox, the owner's identity and both sides' contacts appear only then, and the
// two write to each other. Accounts and memberships are made through the API (the sign-in and
// team pages belong to other areas).

const demoData = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../demo-data");
const readJsonl = <T>(file: string): T[] =>
  readFileSync(path.join(demoData, file), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);

interface Card {
  id: string;
  anonymous: boolean;
  title: { text: string };
}

/** A published anonymous opportunity and its owner (known from the demo data set, never from the API). */
async function anonymousOpportunityAndOwner(request: APIRequestContext) {
  const listed = await query<{ items: Card[] }>(request, "opportunities.list", { pageSize: 100, locale: "en" });
  const records = readJsonl<{ anonymous?: boolean; companyExternalId: string; title: Record<string, string> }>("opportunities.jsonl");
  const companies = readJsonl<{ externalId: string; name: string }>("companies.jsonl");
  const firms = await query<{ items: { id: string; slug: string; name: string; nameLatin: string }[] }>(request, "companies.list", { pageSize: 100, locale: "en" });
  for (const card of listed.items.filter((o) => o.anonymous)) {
    const record = records.find((r) => r.anonymous && (r.title.en ?? Object.values(r.title)[0]) === card.title.text);
    const ownerName = companies.find((c) => c.externalId === record?.companyExternalId)?.name;
    const owner = firms.items.find((f) => f.name === ownerName);
    if (owner) return { opportunity: card, owner };
  }
  throw new Error("no anonymous opportunity of a published demo company");
}

/**
 * Nothing on the page — text, links, attributes — names the hidden owner. The matching companies
 * an opportunity page lists are left out of the check: the owner appears there like any other
 * firm that fits, because leaving it out would name it (server/src/matching/anonymity.int.test.ts).
 */
async function expectOwnerHidden(page: Page, owner: { id: string; slug: string; name: string; nameLatin: string }) {
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const match of copy.querySelectorAll('[data-testid="match"]')) match.remove();
    return copy.outerHTML;
  });
  for (const secret of [owner.id, owner.slug, owner.name, owner.nameLatin]) {
    expect(html, `${page.url()} must not show ${secret}`).not.toContain(secret);
  }
}

test("an anonymous opportunity's owner stays hidden until it accepts the interest; then both sides see each other and talk", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const admin = await browser.newContext({ baseURL });
  const ownerSide = await browser.newContext({ baseURL });
  const interested = await browser.newContext({ baseURL });
  const { opportunity, owner } = await anonymousOpportunityAndOwner(admin.request);

  // Member 1 becomes an owner of the demo company behind the opportunity: the admin invites them.
  const ownerEmail = `owner-${stamp}@example.test`;
  await signUpMember(ownerSide.request, baseURL!, ownerEmail, { name: "Maria Ivanova", locale: "bg" });
  await mutate(admin.request, baseURL!, "accounts.signIn", { email: "admin@example.test", password: "admin password 123" });
  await mutate(admin.request, baseURL!, "team.invite", { companyId: owner.id, email: ownerEmail, role: "OWNER" });
  const invitation = await linkIn(ownerSide.request, ownerEmail, "invitation");
  await mutate(ownerSide.request, baseURL!, "team.acceptInvitation", { token: new URL(invitation).searchParams.get("token") });

  // Member 2 registers a company of its own; once approved, it may get in touch.
  const interestedEmail = `interested-${stamp}@example.test`;
  await signUpMember(interested.request, baseURL!, interestedEmail, { name: "Jonas Weber", locale: "en" });
  const companyName = `Rusenski Metal Zentrix ${stamp} OOD`;
  const { companyId: interestedId } = await mutate<{ companyId: string }>(interested.request, baseURL!, "companies.register", {
    name: companyName,
    legalForm: "ООД",
    country: "BG",
    registryId: validEik(),
    city: "Русе",
    cityLatin: "Ruse",
    confirmNotDuplicate: true,
  });
  await approveFirm(interested.request, admin.request, baseURL!, interestedId);

  // --- Member 2 finds the opportunity and expresses interest.
  const page2 = await interested.newPage();
  await useLocale(page2, "en");
  await page2.goto("/opportunities");
  await page2.getByRole("link", { name: opportunity.title.text }).first().click();
  await expect(page2.getByRole("heading", { level: 1 })).toHaveText(opportunity.title.text);
  await page2.getByRole("button", { name: "Express interest" }).click();
  await expect(page2.getByText(`On behalf of: ${companyName}`)).toBeVisible();
  await page2.getByRole("button", { name: "Send interest" }).click();
  await expect(page2.getByText("Please write at least 10 characters.")).toBeVisible();
  const message = "We weld and machine stainless frames in series and can deliver from January.";
  await page2.getByLabel("Your message").fill(message);
  await expectAccessible(page2);
  await page2.getByRole("button", { name: "Send interest" }).click();
  await expect(page2.getByRole("status").filter({ hasText: "Your interest was sent." })).toBeVisible();
  await expectOwnerHidden(page2, owner);

  await page2.getByRole("link", { name: "Open in the inbox" }).click();
  await expect(page2.getByRole("heading", { level: 1 })).toHaveText(`Interest in “${opportunity.title.text}”`);
  await expect(page2.getByText(`The company behind “${opportunity.title.text}”`).first()).toBeVisible();
  await expect(page2.getByText("Contact details are shown to both sides once the introduction is accepted.")).toBeVisible();
  await expectOwnerHidden(page2, owner);
  await expectAccessible(page2);
  const detailUrl = page2.url();

  await page2.getByRole("link", { name: "Back to the inbox" }).click();
  await expect(page2.getByRole("button", { name: "Sent", pressed: true })).toBeVisible();
  await expect(page2.getByRole("link", { name: `The company behind “${opportunity.title.text}”` })).toBeVisible();
  await expectOwnerHidden(page2, owner);
  await expectAccessible(page2);
  await page2.goto("/notifications");
  await expect(page2.getByRole("heading", { level: 1 })).toHaveText("Notifications");
  await expectOwnerHidden(page2, owner);

  // --- Member 1 (Bulgarian UI) sees it in the inbox, with who asked, and accepts.
  const page1 = await ownerSide.newPage();
  await page1.goto("/notifications");
  await expect(page1.getByRole("link", { name: new RegExp(`${companyName} се интересува от вашата възможност`) })).toBeVisible();
  await expectAccessible(page1);
  await page1.goto("/inbox");
  await expect(page1.getByRole("heading", { level: 1 })).toHaveText("Входящи");
  await page1.getByRole("link", { name: companyName }).click();
  await expect(page1.getByText(message)).toBeVisible();
  await expect(page1.getByText("Данните за контакт се показват на двете страни, след като контактът бъде приет.")).toBeVisible();
  await expectAccessible(page1);
  await page1.getByRole("button", { name: "Приемете" }).click();
  await expect(page1.getByRole("status").filter({ hasText: "Приехте контакта." })).toBeVisible();
  await expect(page1.getByTestId("contacts")).toContainText("Jonas Weber");
  await expect(page1.getByTestId("contacts")).toContainText(interestedEmail);
  const hello = "Здравейте! Можем ли да поговорим в понеделник?";
  await page1.getByLabel("Вашето съобщение").fill(hello);
  await page1.getByRole("button", { name: "Изпратете" }).click();
  await expect(page1.getByRole("log")).toContainText(hello);
  await expectAccessible(page1);

  // --- Member 2 now sees who the owner is, their contacts and the message; replies.
  await page2.goto(detailUrl);
  await expect(page2.getByText("Accepted", { exact: true })).toBeVisible();
  await expect(page2.getByRole("link", { name: owner.nameLatin })).toBeVisible();
  await expect(page2.getByTestId("contacts")).toContainText("Maria Ivanova");
  await expect(page2.getByTestId("contacts")).toContainText(ownerEmail);
  await expect(page2.getByRole("log")).toContainText(hello);
  const reply = "Monday works for us. Talk then!";
  await page2.getByLabel("Your message").fill(reply);
  await page2.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page2.getByRole("log")).toContainText(reply);
  await expectAccessible(page2);
  await page2.screenshot({ path: test.info().outputPath("accepted-interested-side.png"), fullPage: true });
  // On a phone the conversation fits the width (no sideways scrolling).
  await page2.setViewportSize({ width: 390, height: 844 });
  expect(await page2.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page2.screenshot({ path: test.info().outputPath("accepted-interested-side-phone.png"), fullPage: true });
  await page2.setViewportSize({ width: 1280, height: 720 });

  // The thread refreshes by itself on the other side.
  await expect(page1.getByRole("log")).toContainText(reply, { timeout: 20_000 });
  await page1.screenshot({ path: test.info().outputPath("accepted-owner-side.png"), fullPage: true });

  // Member 2's notifications now tell who accepted; the public page still hides the owner.
  await page2.goto("/notifications");
  await expect(page2.getByRole("link", { name: new RegExp(`${owner.nameLatin} accepted your interest`) })).toBeVisible();
  await page2.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page2.getByRole("button", { name: "Mark as read" })).toHaveCount(0);
  await expectAccessible(page2);
  await page2.goto(`/opportunities/${opportunity.id}`);
  await expect(page2.getByRole("heading", { level: 1 })).toHaveText(opportunity.title.text);
  await expect(page2.getByText(`${companyName} has already expressed interest in this opportunity.`)).toBeVisible();
  await expectOwnerHidden(page2, owner);

  await Promise.all([admin.close(), ownerSide.close(), interested.close()]);
});

test("a saved search keeps the search page's query and opens it again", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const email = `saver-${Date.now()}@example.test`;
  await signUpMember(context.request, baseURL!, email, { name: "Petar Saver", locale: "en" });
  const page = await context.newPage();
  await useLocale(page, "en");
  await page.goto("/search?q=laser&country=BG");
  await page.getByRole("button", { name: "Save this search" }).click();
  await page.getByLabel("Name").fill("Laser cutting in Bulgaria");
  await page.getByLabel("Send me new results").selectOption({ label: "Daily" });
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("save-search-form.png") });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  const saved = page.getByRole("status").filter({ hasText: "The search was saved." });
  await expect(saved).toBeVisible();

  await saved.getByRole("link", { name: "Saved searches" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saved searches");
  await expect(page.getByText("Laser cutting in Bulgaria")).toBeVisible();
  await expect(page.getByLabel("Digest")).toHaveValue("DAILY");
  await expectAccessible(page);
  await page.getByLabel("Digest").selectOption({ label: "Weekly" });
  await expect(page.getByLabel("Digest")).toHaveValue("WEEKLY");
  await page.getByRole("link", { name: "Open the search" }).click();
  await expect(page).toHaveURL(/\/search\?q=laser&country=BG$/);

  await page.goto("/saved-searches");
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByText("You have not saved a search yet.")).toBeVisible();
  await context.close();
});

test("visitors are asked to sign in; a member asks the cluster manager to broker an introduction, which the manager forwards", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const visitor = await browser.newContext({ baseURL });
  const { opportunity } = await anonymousOpportunityAndOwner(visitor.request);
  const visitorPage = await visitor.newPage();
  await useLocale(visitorPage, "en");
  await visitorPage.goto(`/opportunities/${opportunity.id}`);
  await expect(visitorPage.getByRole("link", { name: "Sign in to express interest" })).toHaveAttribute("href", `/en/sign-in?next=${encodeURIComponent(`/opportunities/${opportunity.id}`)}`);

  // A published firm without users (the contact point's case) that belongs to a cluster, and that
  // cluster's name. Taken from the end of the list: other specs give the first firms members.
  const staff = await browser.newContext({ baseURL });
  await mutate(staff.request, baseURL!, "accounts.signIn", { email: "admin@example.test", password: "admin password 123" });
  const memberless = await query<{ items: { slug: string; status: string }[] }>(staff.request, "places.dataQualityAll", { issue: "no_members", pageSize: 100 });
  const firms = { items: memberless.items.filter((f) => f.status === "PUBLISHED").reverse() };
  await staff.close();
  let target: { slug: string; name: string; nameLatin: string; clusters: { name: string }[] } | null = null;
  for (const firm of firms.items) {
    const detail = await query<{ slug: string; name: string; nameLatin: string; clusters: { name: string }[] }>(visitor.request, "companies.get", { idOrSlug: firm.slug, locale: "en" });
    if (detail.clusters.length > 0) {
      target = detail;
      break;
    }
  }
  expect(target).not.toBeNull();
  await visitorPage.goto(`/companies/${target!.slug}`);
  await expect(visitorPage.getByRole("link", { name: "Sign in to request an introduction" })).toBeVisible();

  const member = await browser.newContext({ baseURL });
  const stamp = Date.now();
  await signUpMember(member.request, baseURL!, `seeker-${stamp}@example.test`, { name: "Ivo Broker-Seeker", locale: "en" });
  const companyName = `Dunav Hydraulics Zentrix ${stamp} OOD`;
  const { companyId } = await mutate<{ companyId: string }>(member.request, baseURL!, "companies.register", { name: companyName, legalForm: "ООД", country: "BG", registryId: validEik(), city: "Русе", cityLatin: "Ruse", confirmNotDuplicate: true });
  const admin = await browser.newContext({ baseURL });
  await mutate(admin.request, baseURL!, "accounts.signIn", { email: "admin@example.test", password: "admin password 123" });
  await approveFirm(member.request, admin.request, baseURL!, companyId);
  const page = await member.newPage();
  await useLocale(page, "en");
  await page.goto(`/companies/${target!.slug}`);
  await page.getByRole("button", { name: "Request an introduction" }).click();
  await page.getByLabel("Your message").fill("We build hydraulic units and look for a machining partner for housings.");
  await page.getByRole("checkbox", { name: "Ask the cluster manager to broker the contact" }).check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your request was sent to the cluster manager, who will forward it." })).toBeVisible();
  await page.getByRole("link", { name: "Open in the inbox" }).click();
  await expect(page.getByText("Waiting for the cluster manager").first()).toBeVisible();

  // The admin brokers for a cluster without a manager of its own.
  const adminPage = await admin.newPage();
  await useLocale(adminPage, "en");
  await adminPage.goto("/manage/introductions?status=AWAITING_BROKER");
  await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText("Introductions in my cluster");
  await adminPage.getByLabel("Cluster").selectOption({ label: target!.clusters[0]!.name });
  const card = adminPage.locator("article").filter({ hasText: companyName });
  await expect(card).toBeVisible();
  await expectAccessible(adminPage);
  await card.getByRole("button", { name: "Forward" }).click();
  // The demo firm has no users: the broker is warned before forwarding into the contact point's queue.
  await expect(card.getByText(/This company has no users on the platform/)).toBeVisible();
  await card.getByLabel("Note for the recipient (optional)").fill("A reliable member of ours; worth a call.");
  await card.getByRole("button", { name: "Forward to the company" }).click();
  // The page says so, even when the forwarded request has left the filtered list.
  await expect(adminPage.getByRole("status").filter({ hasText: "Forwarded. The company has no users yet" }).first()).toBeVisible();

  await page.reload();
  await expect(page.getByText("With the cluster's contact point").first()).toBeVisible();
  await expect(page.getByText("A reliable member of ours; worth a call.")).toBeVisible();
  await Promise.all([visitor.close(), member.close(), admin.close()]);
});
