import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, useLocale } from "./helpers.ts";

// Bulgarian is the default UI language: no test here chooses another one.
const admin = { email: "admin@example.test", password: "admin password 123" };

/** A fresh address per run and test, so the tests never see each other's accounts or e-mails. */
function newPerson(label: string) {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return { name: `Ана Петрова ${label}`, email: `ana.${label}.${stamp}@example.test`, password: "зелена машина 2026" };
}
type Person = ReturnType<typeof newPerson>;

const userMenuButton = (page: Page, name: string) => page.getByRole("button", { name: new RegExp(name) });

/** Opens the newest e-mail with this subject to this address in the development mailbox, as a person would. */
async function openMail(page: Page, to: string, subject: RegExp) {
  await page.goto("/dev/mailbox");
  await expect(page.getByRole("heading", { level: 1, name: "Пощенска кутия за разработка" })).toBeVisible();
  await page.getByLabel("Адрес на получателя").fill(to);
  await page.getByRole("button", { name: "Филтрирай" }).click();
  await expect(page).toHaveURL(new RegExp(`to=${encodeURIComponent(to).replace(/\./g, "\\.")}`));
  await page.getByTestId("mail-item").getByRole("link", { name: subject }).first().click();
  const view = page.getByTestId("mail-view");
  await expect(view.getByRole("heading", { name: subject })).toBeVisible();
  await expect(view).toContainText(to);
  return view;
}

async function signUpAndConfirm(page: Page, person: Person, { checkAccessibility = false } = {}) {
  await page.goto("/sign-up");
  await expect(page.locator("html")).toHaveAttribute("lang", "bg");
  await expect(page.getByRole("heading", { level: 1, name: "Регистрация" })).toBeVisible();
  await page.getByLabel("Вашето име").fill(person.name);
  await page.getByLabel("Имейл адрес").fill(person.email);
  await page.getByLabel("Парола", { exact: true }).fill(person.password);
  await expect(page.getByText("Дължината е достатъчна.")).toBeVisible();
  if (checkAccessibility) {
    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath("sign-up-bg.png"), fullPage: true });
  }

  // Without the privacy checkbox the form refuses, in Bulgarian, and sends nothing.
  await page.getByRole("button", { name: "Създай профил" }).click();
  await expect(page.getByText("Моля, потвърдете, че сте прочели декларацията за поверителност.")).toBeVisible();
  await page.getByRole("checkbox", { name: /декларацията за поверителност/ }).check();
  await page.getByRole("button", { name: "Създай профил" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Проверете имейла си" })).toBeVisible();
  await expect(page.getByText(person.email)).toBeVisible();
  if (checkAccessibility) await expectAccessible(page);

  const mail = await openMail(page, person.email, /Потвърдете имейла си/);
  if (checkAccessibility) {
    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath("mailbox-bg.png"), fullPage: true });
  }
  await mail.getByRole("link", { name: /\/verify-email\?token=/ }).click();
  // The link alone confirms nothing: the page says which address it confirms and waits for a click.
  await expect(page.getByRole("heading", { level: 1, name: "Потвърждаване на имейл адреса" })).toBeVisible();
  await expect(page.getByText(`Тази връзка потвърждава адреса ${person.email}.`)).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Вход" })).toBeVisible();
  if (checkAccessibility) await expectAccessible(page);
  await page.getByRole("button", { name: "Потвърди имейл адреса ми" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  await expect(userMenuButton(page, person.name)).toBeVisible();
}

async function signIn(page: Page, email: string, password: string) {
  // The sign-in page loads with its route: wait for it, not for another page's e-mail field.
  await expect(page.getByRole("heading", { level: 1, name: "Вход" })).toBeVisible();
  await page.getByLabel("Имейл адрес").fill(email);
  await page.getByLabel("Парола", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Влез" }).click();
}

async function signOut(page: Page, name: string) {
  await userMenuButton(page, name).click();
  await page.getByRole("button", { name: "Изход" }).click();
  await expect(page).toHaveURL(/\/companies$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Вход" })).toBeVisible();
}

test("sign up, confirm from the mailbox, use the menu, sign out, sign in again with a wrong and then the right password", async ({ page }) => {
  const person = newPerson("signup");
  await signUpAndConfirm(page, person, { checkAccessibility: true });

  // The menu: a disclosure button listing the member's pages, without the admin's.
  const button = userMenuButton(page, person.name);
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  const menu = page.getByRole("navigation", { name: "Моите страници" });
  for (const [label, href] of [
    ["Моите фирми", "/workspace"],
    ["Входящи", "/inbox"],
    ["Известия", "/notifications"],
    ["Запазени търсения", "/saved-searches"],
    ["Профил", "/account"],
  ] as const) {
    // Every page is under its language (/bg/…).
    await expect(menu.getByRole("link", { name: label, exact: true })).toHaveAttribute("href", `/bg${href}`);
  }
  await expect(menu.getByRole("link", { name: "Администрация" })).toHaveCount(0);
  await expect(menu.getByRole("link", { name: "Управление на клъстера" })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("user-menu-desktop.png") });
  // Escape closes it and gives the focus back to the button.
  await page.keyboard.press("Escape");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toBeFocused();
  await expect(menu).toBeHidden();

  await signOut(page, person.name);

  // The sign-in link comes back to the page it was followed from.
  await page.goto("/clusters");
  await page.getByRole("banner").getByRole("link", { name: "Вход" }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fclusters$/);
  await signIn(page, person.email, "съвсем грешна парола");
  await expect(page.getByRole("alert")).toHaveText("Грешен имейл или парола.");
  await expectAccessible(page);
  await signIn(page, person.email, person.password);
  await expect(page).toHaveURL(/\/clusters$/);
  await expect(userMenuButton(page, person.name)).toBeVisible();
});

test("an unconfirmed address cannot sign in and gets the link again; a broken link says so", async ({ page }) => {
  const person = newPerson("unconfirmed");
  await page.goto("/sign-up");
  await page.getByLabel("Вашето име").fill(person.name);
  await page.getByLabel("Имейл адрес").fill(person.email);
  await page.getByLabel("Парола", { exact: true }).fill("кратка");
  await page.getByRole("checkbox", { name: /декларацията за поверителност/ }).check();
  await page.getByRole("button", { name: "Създай профил" }).click();
  // The shared rule of 10–128 characters, checked before anything is sent.
  await expect(page.getByText("Паролата трябва да е между 10 и 128 знака.")).toBeVisible();
  await expect(page.getByLabel("Парола", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Парола", { exact: true }).fill(person.password);
  await page.getByRole("button", { name: "Създай профил" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Проверете имейла си" })).toBeVisible();

  await page.getByRole("banner").getByRole("link", { name: "Вход" }).click();
  await signIn(page, person.email, person.password);
  await expect(page.getByRole("alert")).toHaveText("Първо потвърдете имейл адреса си. Изпратихме ви връзката отново.");
  await page.getByRole("button", { name: "Изпрати връзката отново" }).click();
  await expect(page.getByRole("status")).toHaveText("Ако за този адрес има профил, който чака потвърждение, изпратихме нова връзка.");
  await expectAccessible(page);
  await openMail(page, person.email, /Потвърдете имейла си/);
  // Sign-up, the refused sign-in and the button each sent a link.
  await expect(page.getByTestId("mail-item")).toHaveCount(3);

  await page.goto("/verify-email?token=not-a-real-token-123");
  await expect(page.getByRole("heading", { level: 1, name: "Имейл адресът не беше потвърден" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveText("Връзката за потвърждение е невалидна, вече е използвана или е изтекла.");
  await expect(page.getByRole("banner").getByRole("link", { name: "Вход" })).toBeVisible();
  await expectAccessible(page);
});

test("forgot password: the link from the mailbox sets a new password, which then signs in", async ({ page }) => {
  const person = newPerson("reset");
  await signUpAndConfirm(page, person);
  await signOut(page, person.name);

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Забравена парола?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  // The page loads with its route: until it is there the sign-in page, with its own "Имейл адрес" field, stays.
  await expect(page.getByRole("heading", { level: 1, name: "Забравена парола" })).toBeVisible();
  await page.getByLabel("Имейл адрес").fill(person.email);
  await page.getByRole("button", { name: "Изпрати връзката" }).click();
  await expect(page.getByRole("status")).toContainText(person.email);
  await expectAccessible(page);

  const mail = await openMail(page, person.email, /Нова парола/);
  await mail.getByRole("link", { name: /\/reset-password\?token=/ }).click();
  await expect(page).toHaveURL(/\/reset-password\?token=/);
  const resetUrl = page.url();
  const newPassword = "нова зелена парола 42";
  await page.getByLabel("Нова парола", { exact: true }).fill(newPassword);
  await page.getByLabel("Повторете новата парола").fill("друга парола 1234");
  await page.getByRole("button", { name: "Запази новата парола" }).click();
  await expect(page.getByText("Двете пароли не съвпадат.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Повторете новата парола").fill(newPassword);
  await page.getByRole("button", { name: "Запази новата парола" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Паролата е сменена" })).toBeVisible();

  // The link works once.
  await page.goto(resetUrl);
  await page.getByLabel("Нова парола", { exact: true }).fill("трета парола 12345");
  await page.getByLabel("Повторете новата парола").fill("трета парола 12345");
  await page.getByRole("button", { name: "Запази новата парола" }).click();
  await expect(page.getByRole("alert")).toContainText("Връзката е невалидна, вече е използвана или е изтекла.");

  await page.goto("/sign-in");
  await signIn(page, person.email, person.password);
  await expect(page.getByRole("alert")).toHaveText("Грешен имейл или парола.");
  await signIn(page, person.email, newPassword);
  await expect(page).toHaveURL(/\/workspace$/);
  await expect(userMenuButton(page, person.name)).toBeVisible();
});

test("the admin sees the Admin link; a next address on another site is ignored", async ({ page }) => {
  await page.goto("/sign-in?next=//evil.example/steal");
  await expectAccessible(page);
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/bg\/workspace$/);
  await userMenuButton(page, "Administrator").click();
  const menu = page.getByRole("navigation", { name: "Моите страници" });
  await expect(menu.getByRole("link", { name: "Администрация" })).toHaveAttribute("href", "/bg/admin");
  await expect(menu.getByRole("link", { name: "Управление на клъстера" })).toHaveCount(0);
});

test("account page: preferences, data export, account deletion", async ({ page }) => {
  const person = newPerson("account");
  await signUpAndConfirm(page, person);

  await userMenuButton(page, person.name).click();
  await page.getByRole("navigation", { name: "Моите страници" }).getByRole("link", { name: "Профил", exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Моят профил" })).toBeVisible();
  await expect(page.getByLabel("Вашето име")).toHaveValue(person.name);

  // Preferences: a topic × channel table; switch two off and keep them after a reload.
  const table = page.getByRole("table", { name: "Известия по теми и канали" });
  await expect(table.getByRole("checkbox")).toHaveCount(12);
  const messagesByEmail = table.getByRole("checkbox", { name: "Съобщения: Имейл" });
  const digestsInApp = table.getByRole("checkbox", { name: "Запазени търсения: В приложението" });
  await expect(messagesByEmail).toBeChecked();
  await messagesByEmail.uncheck();
  await digestsInApp.uncheck();
  const preferences = page.getByRole("region", { name: "Известия" });
  await preferences.getByRole("button", { name: "Запази" }).click();
  await expect(preferences.getByRole("status")).toHaveText("Настройките на известията са запазени.");
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("account-bg.png"), fullPage: true });
  await page.reload();
  await expect(messagesByEmail).not.toBeChecked();
  await expect(digestsInApp).not.toBeChecked();
  await expect(table.getByRole("checkbox", { name: "Съобщения: В приложението" })).toBeChecked();

  // Export: a JSON file with the account in it.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Изтегли данните ми" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^cluster-match-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile((await download.path())!, "utf8")) as {
    account: { email: string; name: string; notificationPrefs: { email: { messages: boolean } } };
  };
  expect(exported.account.email).toBe(person.email);
  expect(exported.account.name).toBe(person.name);
  expect(exported.account.notificationPrefs.email.messages).toBe(false);

  // Delete: needs the password and the word DELETE; a wrong password changes nothing.
  const danger = page.getByRole("region", { name: "Изтриване на профила" });
  await danger.getByLabel("Парола", { exact: true }).fill("грешна парола 123");
  await danger.getByLabel(/Въведете DELETE/).fill("delete");
  await danger.getByRole("button", { name: "Изтрий профила ми завинаги" }).click();
  await expect(danger.getByText("Въведете DELETE с главни латински букви.")).toBeVisible();
  await danger.getByLabel(/Въведете DELETE/).fill("DELETE");
  await danger.getByRole("button", { name: "Изтрий профила ми завинаги" }).click();
  await expect(danger.getByRole("alert")).toHaveText("Паролата е грешна.");
  await danger.getByLabel("Парола", { exact: true }).fill(person.password);
  await danger.getByRole("button", { name: "Изтрий профила ми завинаги" }).click();

  await expect(page).toHaveURL(/\/account\/deleted$/);
  await expect(page.getByRole("heading", { level: 1, name: "Профилът ви е изтрит" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Вход" })).toBeVisible();
  await expectAccessible(page);

  // Gone for good: /account asks to sign in, and the old password no longer works.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  await signIn(page, person.email, person.password);
  await expect(page.getByRole("alert")).toHaveText("Грешен имейл или парола.");
});

test("account page: change the password, the name and the language", async ({ page }) => {
  const person = newPerson("profile");
  await signUpAndConfirm(page, person);
  await page.goto("/account");

  const passwordSection = page.getByRole("region", { name: "Смяна на паролата" });
  const newPassword = "още по-зелена машина";
  await passwordSection.getByLabel("Текуща парола").fill("не е тази парола");
  await passwordSection.getByLabel("Нова парола", { exact: true }).fill(newPassword);
  await passwordSection.getByLabel("Повторете новата парола").fill(newPassword);
  await passwordSection.getByRole("button", { name: "Смени паролата" }).click();
  await expect(passwordSection.getByRole("alert")).toHaveText("Текущата парола е грешна.");
  await passwordSection.getByLabel("Текуща парола").fill(person.password);
  await passwordSection.getByRole("button", { name: "Смени паролата" }).click();
  await expect(passwordSection.getByRole("status")).toHaveText("Паролата ви е сменена. Излязохте от профила си на другите устройства.");
  await expect(passwordSection.getByLabel("Текуща парола")).toHaveValue("");

  // A new name and German: the page switches at once, the header shows the new name.
  const profile = page.getByRole("region", { name: "Име и език" });
  const newName = `${person.name} Иванова`;
  await profile.getByLabel("Вашето име").fill(newName);
  await profile.getByLabel("Език").selectOption("de");
  await profile.getByRole("button", { name: "Запази" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1, name: "Mein Konto" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Name und Sprache" }).getByRole("status")).toHaveText("Gespeichert.");
  await expect(userMenuButton(page, newName)).toBeVisible();
  await expectAccessible(page);

  // The stored language follows the account into a fresh browser; the new password signs in.
  await page.context().clearCookies();
  await page.evaluate(() => window.localStorage.clear());
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "bg");
  await signIn(page, person.email, newPassword);
  await expect(page).toHaveURL(/\/workspace$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(userMenuButton(page, newName)).toBeVisible();
});

test("the privacy notice is linked from every page's footer; the development mailbox is not", async ({ page }) => {
  await page.goto("/companies");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: "Декларация за поверителност" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Пощенска кутия за разработка" })).toHaveCount(0);
  await footer.getByRole("link", { name: "Декларация за поверителност" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole("heading", { level: 1, name: "Декларация за поверителност" })).toBeVisible();
  for (const heading of ["Кой отговаря за данните", "Какви данни обработваме", "Правни основания", "Колко дълго ги пазим", "Кой получава данните", "Вашите права"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText(/Технологичен център София/).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "„Моят профил“" })).toHaveAttribute("href", "/bg/account");
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("privacy-bg.png"), fullPage: true });
});

for (const [locale, texts] of [
  ["en", { register: "Register", password: "Password", notice: "Privacy notice", rights: "Your rights", signIn: "Sign in" }],
  ["de", { register: "Registrieren", password: "Passwort", notice: "Datenschutzerklärung", rights: "Ihre Rechte", signIn: "Anmelden" }],
] as const) {
  test(`the account pages and the privacy notice in ${locale}`, async ({ page }) => {
    await useLocale(page, locale);
    await page.goto("/sign-up");
    await expect(page.getByRole("heading", { level: 1, name: texts.register })).toBeVisible();
    await expect(page.getByLabel(texts.password, { exact: true })).toBeVisible();
    await page.getByRole("contentinfo").getByRole("link", { name: texts.notice }).click();
    await expect(page.getByRole("heading", { level: 1, name: texts.notice })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: texts.rights })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: texts.signIn })).toBeVisible();
    await expectAccessible(page);
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true });

  test("the header fits and the user menu opens with a tap", async ({ page }) => {
    await page.goto("/companies");
    await expect(page.getByRole("banner").getByRole("link", { name: "Регистрация" })).toBeVisible();
    await page.getByRole("banner").getByRole("link", { name: "Вход" }).tap();
    await signIn(page, admin.email, admin.password);
    await expect(page).toHaveURL(/\/companies$/);
    const button = userMenuButton(page, "Administrator");
    await button.tap();
    const menu = page.getByRole("navigation", { name: "Моите страници" });
    await expect(menu.getByRole("link", { name: "Профил", exact: true })).toBeInViewport();
    await expect(page.getByRole("button", { name: "Изход" })).toBeInViewport();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath("user-menu-phone.png") });
    // A tap outside closes it.
    await page.getByRole("heading", { level: 1 }).tap({ position: { x: 4, y: 4 } });
    await expect(button).toHaveAttribute("aria-expanded", "false");
  });
});
