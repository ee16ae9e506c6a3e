import { deflateSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { mutate, signUpMember, validEik } from "./api.ts";
import { expectAccessible, query, useLocale } from "./helpers.ts";

// A new member registers a company (past a duplicate warning), completes the profile with a
// capability found by a German word and a logo, and submits it; the admin reviews the diff and
// approves; the public sees the company, and visitors see no contacts. Accounts are made through
// the API (the sign-in pages are another area's work).

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
/** A small real PNG: a green square with a white diagonal, 64×64, RGB. */
function greenSquarePng(size = 64): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3);
    for (let x = 0; x < size; x++) rows.set(x === y ? [255, 255, 255] : [22, 101, 52], row + 1 + x * 3);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]);
}

interface MyCompany {
  companyId: string;
  slug: string;
  name: string;
  revision: { id: string; status: string } | null;
}

test("register a company past a duplicate warning, complete and submit the profile, the admin approves, the public sees it", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await useLocale(page, "en");
  const email = `maria.${Date.now().toString(36)}@example.test`;
  await signUpMember(page.request, baseURL!, email, { name: "Мария Колева" });

  // ---- my companies: none yet ----
  await page.goto("/workspace");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My companies");
  await expect(page.getByText("You do not work for any company yet.")).toBeVisible();
  await page.getByRole("link", { name: "Register a company" }).click();

  // ---- registration: live registry id check, transliteration preview, a duplicate warning ----
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register a company");
  const eik = page.getByLabel("EIK (UIC)");
  await eik.fill("123456787");
  await expect(page.getByText("The check digit is wrong; please check for a typo.")).toBeVisible();
  await eik.fill(validEik());
  await expect(page.getByText("The registry ID is valid.")).toBeVisible();
  // "Инженеринг Дунав ЕООД" of Plovdiv is a published demo company.
  await page.getByLabel("Legal name").fill("Инженеринг Дунав ООД");
  await expect(page.getByText("Left empty, it becomes: Inzhenering Dunav OOD")).toBeVisible();
  await page.getByLabel("Legal form").fill("ООД");
  await page.getByRole("combobox", { name: "City", exact: true }).fill("Пловдив");
  await expect(page.getByText("Left empty, it becomes: Plovdiv")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Register", exact: true }).click();

  const warning = page.getByTestId("duplicate-warning");
  await expect(warning).toContainText("A company with a very similar name is registered in the same city.");
  await expect(warning.getByRole("link", { name: "Инженеринг Дунав ЕООД" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("register-duplicate.png"), fullPage: true });
  await warning.getByRole("button", { name: "This is a different company: register" }).click();

  // ---- the profile editor ----
  await expect(page).toHaveURL(/\/workspace\/companies\/[^/]+\/profile$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit the profile of Inzhenering Dunav OOD");
  await expect(page.getByText("The company is not public yet.")).toBeVisible();

  // A capability found by a German word, shown in the reader's language.
  const picker = page.getByRole("combobox", { name: "Search the capability taxonomy" });
  await picker.fill("Fräsen");
  const option = page.getByRole("option", { name: /^CNC milling/ });
  await expect(option).toContainText("matches “Fräsen” (German)");
  await option.click();
  await expect(page.getByTestId("chosen-term")).toHaveText(["CNC milling"]);
  // Keyboard works too: a second capability by arrow and Enter.
  await picker.fill("welding");
  await picker.press("ArrowDown");
  await picker.press("Enter");
  await expect(page.getByTestId("chosen-term")).toHaveCount(2);

  await page.getByRole("checkbox", { name: "ISO 9001" }).check();
  await page.getByLabel("E-mail for enquiries").fill("office@dunav-engineering.example");
  await page.getByLabel("Phone", { exact: true }).fill("+359 32 555 123");
  await page.getByLabel("Number of employees").fill("35");
  await expect(page.getByText("Size class: Small")).toBeVisible();
  await page.getByRole("tab", { name: /^English/ }).click();
  await page.getByLabel("Description in English").fill("Precision CNC milling and welded steel assemblies for agricultural machinery.");
  await page.getByLabel("Machines and equipment").fill("Haas VF-2");
  await page.getByLabel("Machines and equipment").press("Enter");

  // The logo: a renamed text file is refused by its content, a real PNG is taken.
  const logoInput = page.getByLabel("Upload a logo");
  await logoInput.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("just some text, not an image at all\n") });
  await expect(page.getByText("Only PNG, JPEG and WebP images are accepted.")).toBeVisible();
  await logoInput.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: greenSquarePng() });
  await expect(page.getByTestId("logo-preview")).toBeVisible();
  await expect(page.getByText("Logo uploaded. It goes live with the approved profile.")).toBeVisible();

  await expectAccessible(page);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Submitted for review. We will let you know the decision.")).toBeVisible();
  await expect(page.getByTestId("revision-status")).toHaveText("Changes in review");
  await page.screenshot({ path: test.info().outputPath("editor-submitted.png"), fullPage: true });

  const mine = await query<MyCompany[]>(page.request, "companies.mine", undefined);
  const company = mine.find((c) => c.name === "Инженеринг Дунав ООД")!;
  expect(company.revision?.status).toBe("PENDING");

  // ---- the admin reviews the diff and approves ----
  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await useLocale(admin, "en");
  await mutate(admin.request, baseURL!, "accounts.signIn", { email: "admin@example.test", password: "admin password 123" });
  await admin.goto(`/admin/reviews/companies/${company.revision!.id}`);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Review: Инженеринг Дунав ООД");
  await expect(admin.getByText("New company", { exact: true })).toBeVisible();
  await expect(admin.getByRole("heading", { level: 2, name: "Everything is new: the company was never published" })).toBeVisible();
  await expect(admin.getByText("At registration these companies looked like possible duplicates:")).toBeVisible();
  const capabilities = admin.locator('[data-testid="diff-entry"][data-field="capabilities"]');
  await expect(capabilities.locator("ins").first()).toHaveText("CNC milling");
  await expect(admin.locator('[data-testid="diff-entry"][data-field="description"]')).toContainText("agricultural machinery");
  await expect(admin.locator('[data-testid="diff-entry"][data-field="logoKey"]').getByRole("img", { name: "New logo" })).toBeVisible();
  await expectAccessible(admin);
  await admin.screenshot({ path: test.info().outputPath("review-diff.png"), fullPage: true });
  await admin.getByRole("button", { name: "Approve and publish" }).click();
  await expect(admin.getByTestId("review-result")).toContainText("Approved and published.");
  await adminContext.close();

  // ---- the public profile: logo, and contacts only for signed-in users ----
  const visitorContext = await browser.newContext({ baseURL });
  const visitor = await visitorContext.newPage();
  await useLocale(visitor, "en");
  await visitor.goto(`/companies/${company.slug}`);
  // An English reader sees the name in Latin letters (the server's transliteration at registration), the registered one below.
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Inzhenering Dunav OOD");
  await expect(visitor.locator(".profile-header .name-latin")).toHaveText("Инженеринг Дунав ООД");
  await expect(visitor.getByTestId("company-logo")).toBeVisible();
  await expect(visitor.getByTestId("capability-badge").filter({ hasText: "CNC milling" }).first()).toBeVisible();
  await expect(visitor.getByTestId("contacts-sign-in")).toContainText("Sign in to see the contact details.");
  await expect(visitor.getByTestId("contacts-sign-in").getByRole("link", { name: "Sign in" })).toHaveAttribute("href", `/en/sign-in?next=${encodeURIComponent(`/companies/${company.slug}`)}`);
  await expect(visitor.getByText("office@dunav-engineering.example")).toHaveCount(0);
  await expectAccessible(visitor);
  await visitor.screenshot({ path: test.info().outputPath("public-visitor.png"), fullPage: true });
  await visitorContext.close();

  await page.goto(`/companies/${company.slug}`);
  await expect(page.getByTestId("contacts").getByRole("link", { name: "office@dunav-engineering.example" })).toBeVisible();

  // The member's workspace shows the company as published.
  await page.goto("/workspace");
  await expect(page.getByTestId("my-company").filter({ hasText: "Инженеринг Дунав ООД" }).getByTestId("company-status")).toHaveText("Published");

  // On a phone the editor fits the screen: nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/workspace/companies/${company.companyId}/profile`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit the profile of Inzhenering Dunav OOD");
  await expect(page.getByTestId("chosen-term")).toHaveCount(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: test.info().outputPath("editor-phone.png"), fullPage: true });
});

test("an owner invites a colleague who joins through the e-mail link; an admin verifies, suspends and reinstates a company", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await useLocale(page, "en");
  const stamp = Date.now().toString(36);
  const ownerEmail = `owner.${stamp}@example.test`;
  const colleagueEmail = `colleague.${stamp}@example.test`;
  await signUpMember(page.request, baseURL!, ownerEmail);
  const { companyId } = await mutate<{ companyId: string }>(page.request, baseURL!, "companies.register", {
    name: `Тракия Хидравлика ${stamp} ЕООД`,
    legalForm: "ЕООД",
    country: "BG",
    registryId: validEik(),
    city: "Стара Загора",
  });

  await page.goto(`/workspace/companies/${companyId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Trakia Hidravlika");
  await expect(page.getByText("The company is not public yet.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Team of");
  await expect(page.getByText("The only owner can be neither removed nor made an editor.")).toBeVisible();
  await page.getByLabel("E-mail address").fill(colleagueEmail);
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByText("Invitation sent.")).toBeVisible();
  await expect(page.getByTestId("pending-invitation")).toContainText(colleagueEmail);
  await expectAccessible(page);

  // The colleague has an account of their own and follows the link from the e-mail.
  const colleagueContext = await browser.newContext({ baseURL });
  const colleague = await colleagueContext.newPage();
  await useLocale(colleague, "en");
  await signUpMember(colleague.request, baseURL!, colleagueEmail);
  const mails = await query<{ template: string; text: string }[]>(colleague.request, "mailbox.list", { to: colleagueEmail });
  const link = new URL(mails.find((m) => m.template === "invitation")!.text.match(/https?:\/\/\S+/)![0]);
  await colleague.goto(`${link.pathname}${link.search}`);
  await expect(colleague.getByRole("heading", { level: 1 })).toHaveText("Join a company's team");
  await expectAccessible(colleague);
  await colleague.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(colleague.getByText(/You joined Тракия Хидравлика .* as Editor\./)).toBeVisible();
  await colleague.getByRole("link", { name: "Open the company" }).click();
  await expect(colleague.getByRole("heading", { level: 1 })).toContainText("Trakia Hidravlika");
  await colleagueContext.close();

  await page.reload();
  await expect(page.getByTestId("team-member")).toHaveCount(2);
  await expect(page.getByTestId("pending-invitation")).toHaveCount(0);

  // The admin's page of a published demo company.
  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await useLocale(admin, "en");
  await mutate(admin.request, baseURL!, "accounts.signIn", { email: "admin@example.test", password: "admin password 123" });
  const firms = await query<{ items: { id: string; slug: string; name: string; verified: boolean }[] }>(admin.request, "companies.list", { pageSize: 50, locale: "en" });
  const firm = firms.items.find((f) => !f.verified)!;
  await admin.goto(`/admin/companies/${firm.id}`);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(firm.name);
  await admin.getByRole("button", { name: "Mark as verified" }).click();
  await expect(admin.getByText("Marked as verified.")).toBeVisible();
  await admin.getByLabel("Reason for suspending").fill("Its registry entry is being checked.");
  await admin.getByRole("button", { name: "Suspend", exact: true }).click();
  await expect(admin.getByText("Suspended.", { exact: true })).toBeVisible();
  await expectAccessible(admin);
  await admin.screenshot({ path: test.info().outputPath("admin-company.png"), fullPage: true });
  expect((await admin.request.get(`/trpc/companies.get?input=${encodeURIComponent(JSON.stringify({ idOrSlug: firm.slug }))}`)).status()).toBe(404);
  await admin.getByRole("button", { name: "Reinstate" }).click();
  await expect(admin.getByText("Reinstated.")).toBeVisible();
  const back = await query<{ verified: boolean }>(admin.request, "companies.get", { idOrSlug: firm.slug, locale: "en" });
  expect(back.verified).toBe(true);
  await adminContext.close();
});
