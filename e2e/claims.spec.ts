import { expect, test, type Browser } from "@playwright/test";
import { mutate, signInAdmin, signUpMember, validEik } from "./api.ts";
import { expectAccessible, query, useLocale } from "./helpers.ts";

// Claiming imported firms and the clusters' contact points (issue 11, item 2): a new user claims a
// firm nobody manages yet and, once the contact point approves, works in its workspace as owner; a
// visitor writes to a cluster's contact point, and the admin answering for it reads and answers.

interface Cluster {
  id: string;
  slug: string;
  name: string;
}

async function newContext(browser: Browser, baseURL: string) {
  return browser.newContext({ baseURL });
}

/** A firm of its own for this spec, bulk-imported by the admin into a cluster: published, nobody's. */
async function importFirm(request: Parameters<typeof query>[0], baseURL: string, clusterId: string, stamp: string) {
  const record = {
    externalId: `e2e-claim-${stamp}`,
    name: `Е2Е Заявка ${stamp.toUpperCase()} ООД`,
    nameLatin: `E2E Zayavka ${stamp.toUpperCase()} OOD`,
    legalForm: "ООД",
    country: "BG",
    registryId: validEik(),
    city: "Габрово",
    cityLatin: "Gabrovo",
    website: `https://zayavka-${stamp}.example`,
    capabilities: ["MACH.CNC_MILLING"],
    description: { bg: "Фрезоване с ЦПУ на малки серии.", en: "CNC milling of small batches." },
  };
  const report = await mutate<{ rows: { action: string }[] }>(request, baseURL, "imports.commit", {
    clusterId,
    fileName: "claim.json",
    format: "JSON",
    content: JSON.stringify([record]),
  });
  expect(report.rows.map((r) => r.action)).toEqual(["create"]);
  const found = await query<{ items: { id: string; slug: string; nameLatin: string }[] }>(request, "companies.list", { pageSize: 100, locale: "en" });
  const firm = found.items.find((c) => c.nameLatin === record.nameLatin);
  expect(firm, "the imported firm is listed").toBeDefined();
  return { ...firm!, name: record.name };
}

test("a new user claims an imported firm without users; the admin approves; the user works in its workspace as owner", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const admin = await newContext(browser, baseURL!);
  await signInAdmin(admin.request, baseURL!);
  const [cluster] = await query<Cluster[]>(admin.request, "clusters.list", { locale: "en" });
  const firm = await importFirm(admin.request, baseURL!, cluster!.id, stamp);

  // A new user signs up and confirms the address through the development mailbox.
  const user = await newContext(browser, baseURL!);
  await signUpMember(user.request, baseURL!, `claimant-${stamp}@example.test`, { name: "Nadia Petrova", locale: "en" });
  const page = await user.newPage();
  await useLocale(page, "en");
  await page.goto(`/companies/${firm.slug}`);
  const prompt = page.getByRole("region", { name: "Is this your company?" });
  await expect(prompt).toBeVisible();
  await prompt.getByRole("link", { name: "Claim this company" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Claim ${firm.nameLatin}`);
  // Her address is not at the firm's domain and the register has no e-mail for it: the contact point decides.
  await expect(page.getByText("The register holds no e-mail address for this company")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page.getByText("at least 10 characters")).toBeVisible();
  await page.getByLabel("Your role at the company").fill("I am the managing director and one of the two partners.");
  await page.getByRole("button", { name: "Send for approval" }).click();
  // The firm's cluster has no managers in the demo data unless another spec made one: the admins decide then.
  const { decidedBy } = await query<{ decidedBy: "managers" | "admins" }>(user.request, "claims.options", { idOrSlug: firm.slug });
  const who = decidedBy === "managers" ? "the cluster's managers" : "the network's administrators";
  await expect(page.getByText(`We sent your claim to ${who}`)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("claim-waiting.png"), fullPage: true });

  // The admin, as the contact point of a cluster without managers, approves it in /manage/claims.
  const adminPage = await admin.newPage();
  await useLocale(adminPage, "en");
  await adminPage.goto("/manage/claims");
  await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText("Claims of companies");
  const card = adminPage.locator("article").filter({ hasText: firm.nameLatin });
  await expect(card).toContainText("Nadia Petrova");
  await expect(card).toContainText("I am the managing director and one of the two partners.");
  await expectAccessible(adminPage);
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "Approved: the person is now the company's owner" })).toBeVisible();

  // The new owner is told, and the claim page now leads into the firm's workspace.
  await page.goto("/notifications");
  await expect(page.getByText(`You are now the owner of ${firm.nameLatin}.`).or(page.getByText(`You are now the owner of ${firm.name}.`))).toBeVisible();
  await page.goto(`/claim/company/${firm.slug}`);
  await expect(page).toHaveURL(new RegExp(`/workspace/companies/${firm.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(firm.nameLatin);
  const me = await query<{ memberships: { companyId: string; role: string }[] }>(user.request, "accounts.me", { locale: "en" });
  expect(me.memberships).toContainEqual(expect.objectContaining({ companyId: firm.id, role: "OWNER" }));
  await expectAccessible(page);

  // Nobody else can claim it now: the page says the firm has a team.
  const other = await newContext(browser, baseURL!);
  await signUpMember(other.request, baseURL!, `second-${stamp}@example.test`, { locale: "en" });
  const otherPage = await other.newPage();
  await useLocale(otherPage, "en");
  await otherPage.goto(`/claim/company/${firm.slug}`);
  await expect(otherPage.getByRole("heading", { name: "This company already has a team" })).toBeVisible();
  await Promise.all([admin.close(), user.close(), other.close()]);
});

test("a visitor writes to a cluster's contact point; the admin answering for it reads and answers by e-mail", async ({ browser, baseURL }) => {
  const stamp = Date.now().toString(36);
  const visitor = await newContext(browser, baseURL!);
  const [cluster] = await query<Cluster[]>(visitor.request, "clusters.list", { locale: "de" });
  const page = await visitor.newPage();
  await useLocale(page, "de");
  await page.goto(`/clusters/${cluster!.slug}`);
  const contact = page.getByRole("region", { name: "Kontaktstelle" });
  await expect(contact).toContainText("Geführt von");
  const point = await query<{ answeredBy: "managers" | "admins"; managers: { name: string }[] }>(visitor.request, "clusterContact.contactPoint", { clusterId: cluster!.id });
  if (point.answeredBy === "admins") await expect(contact).toContainText("Die Administratoren des Netzwerks");
  else for (const m of point.managers) await expect(contact).toContainText(m.name);
  const email = `besucher-${stamp}@example.test`;
  const subject = `Lieferanten für Laserteile ${stamp}`;
  await contact.getByLabel("Ihr Name").fill("Klaus Berger");
  await contact.getByLabel("Ihre E-Mail-Adresse").fill(email);
  await contact.getByLabel("Ihr Unternehmen (optional)").fill("Berger Antriebe GmbH");
  await contact.getByLabel("Betreff").fill(subject);
  await contact.getByRole("textbox", { name: "Nachricht", exact: true }).fill("Wir suchen bulgarische Lieferanten für lasergeschnittene Edelstahlteile, etwa 2.000 Stück im Jahr.");
  await expectAccessible(page);
  await contact.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(page.getByRole("status")).toContainText(`per E-Mail an ${email}`);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("cluster-contact-sent.png"), fullPage: true });
  // An anonymous visitor's address is unproven: nothing of ours is mailed there until the answer.
  const mails = await query<{ template: string; subject: string }[]>(visitor.request, "mailbox.list", { to: email });
  expect(mails.map((m) => m.template)).not.toContain("contact_confirmation");

  const admin = await newContext(browser, baseURL!);
  await signInAdmin(admin.request, baseURL!);
  const adminPage = await admin.newPage();
  await useLocale(adminPage, "en");
  await adminPage.goto(`/manage/messages?cluster=${cluster!.id}`);
  const card = adminPage.locator("article").filter({ hasText: subject });
  await expect(card).toContainText("Klaus Berger");
  await expect(card).toContainText("Berger Antriebe GmbH");
  await expectAccessible(adminPage);
  await card.getByLabel("Your answer").fill("Three member firms cut stainless steel by laser; we have sent them your request.");
  await card.getByRole("button", { name: "Send the answer" }).click();
  await adminPage.getByLabel("Status").selectOption({ label: "Answered" });
  await expect(adminPage.locator("article").filter({ hasText: subject })).toContainText("Three member firms cut stainless steel by laser");
  const after = await query<{ template: string; text: string }[]>(visitor.request, "mailbox.list", { to: email });
  const answer = after.find((m) => m.template === "contact_answer");
  expect(answer?.text).toContain("Three member firms cut stainless steel by laser");
  await Promise.all([visitor.close(), admin.close()]);
});

test("the network's general contact reaches the admins", async ({ page, baseURL }) => {
  const stamp = Date.now().toString(36);
  await useLocale(page, "bg");
  await page.goto("/privacy");
  await page.getByRole("contentinfo").getByRole("link", { name: "Контакт" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Контакт");
  await page.getByLabel("Вашето име").fill("Иван Петров");
  await page.getByLabel("Вашият имейл").fill(`ivan-${stamp}@example.test`);
  await page.getByLabel("Тема").fill(`Членство ${stamp}`);
  await page.getByRole("textbox", { name: "Съобщение", exact: true }).fill("Как фирмата ни може да стане член на клъстера?");
  await page.getByRole("button", { name: "Изпращане" }).click();
  await expect(page.getByRole("status")).toContainText("съобщението е получено");
  await expectAccessible(page);
  const admin = await page.context().browser()!.newContext({ baseURL: baseURL! });
  await signInAdmin(admin.request, baseURL!);
  const network = await query<{ items: { subject: string }[] }>(admin.request, "clusterContact.listNetwork", {});
  expect(network.items.map((m) => m.subject)).toContain(`Членство ${stamp}`);
  await admin.close();
});
