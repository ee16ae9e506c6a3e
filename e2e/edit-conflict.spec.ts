import { expect, test, type Page } from "@playwright/test";
import { mutate, signInAdmin, signUpMember, validEik } from "./api.ts";
import { expectAccessible, query, useLocale } from "./helpers.ts";

// Two editors of one company, each in a tab of their own, change different fields and save one
// after the other: the second save is refused with what the first changed (translated), the
// second editor's typing stays in the form, and either way on keeps both changes or overwrites
// deliberately. Accounts and the company are made through the API.

const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A new member with a company of their own (a draft) and a second tab for the same person. */
async function twoTabs(page: Page, baseURL: string, locale: "en" | "bg") {
  await useLocale(page, locale);
  await signUpMember(page.request, baseURL, `conflict.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`, { locale });
  const { companyId } = await mutate<{ companyId: string }>(page.request, baseURL, "companies.register", {
    name: "Конфликт Машини ООД",
    legalForm: "ООД",
    country: "BG",
    registryId: validEik(),
    city: "Русе",
    confirmNotDuplicate: true,
  });
  const second = await page.context().newPage();
  await useLocale(second, locale);
  return { companyId, first: page, second };
}

test("profile: the second save shows what the first changed, keeps the typing, and merges both changes", async ({ page, baseURL }) => {
  const { companyId, first, second } = await twoTabs(page, baseURL!, "en");
  for (const tab of [first, second]) {
    await tab.goto(`/workspace/companies/${companyId}/profile`);
    await expect(tab.getByRole("heading", { level: 1 })).toHaveText("Edit the profile of Konflikt Mashini OOD");
  }

  await first.getByLabel("Phone", { exact: true }).fill("+359 82 111 222");
  await first.getByRole("button", { name: "Save draft" }).click();
  await expect(first.getByText("Draft saved.")).toBeVisible();

  await second.getByLabel("Website", { exact: true }).fill("https://konflikt.example");
  await second.getByRole("button", { name: "Save draft" }).click();
  const conflict = second.getByTestId("edit-conflict");
  await expect(conflict).toContainText("Someone else saved this in the meantime, so your changes were not saved yet.");
  await expect(conflict).toContainText("They changed: Phone.");
  await expect(conflict).toBeFocused();
  await expect(second.getByLabel("Website", { exact: true })).toHaveValue("https://konflikt.example");
  await expect(second.getByLabel("Phone", { exact: true })).toHaveValue("");
  await expectAccessible(second);
  await second.screenshot({ path: test.info().outputPath("profile-conflict.png"), fullPage: true });

  await conflict.getByRole("button", { name: "Take their changes into my form" }).click();
  await expect(conflict).toContainText("Their changes are now in the form.");
  await expect(second.getByLabel("Phone", { exact: true })).toHaveValue("+359 82 111 222");
  await expect(second.getByLabel("Website", { exact: true })).toHaveValue("https://konflikt.example");
  await second.getByRole("button", { name: "Save draft" }).click();
  await expect(second.getByText("Draft saved.")).toBeVisible();
  await expect(second.getByTestId("edit-conflict")).toHaveCount(0);

  const stored = await query<{ data: { phone: string | null; website: string | null } }>(page.request, "companies.getEditable", { companyId });
  expect(stored.data).toMatchObject({ phone: "+359 82 111 222", website: "https://konflikt.example" });
});

test("opportunity, in Bulgarian: the second save is refused with a translated notice, and saving again overwrites deliberately", async ({ page, baseURL }) => {
  const { companyId, first, second } = await twoTabs(page, baseURL!, "bg");
  const { id } = await mutate<{ id: string }>(page.request, baseURL!, "opportunities.create", {
    companyId,
    data: {
      type: "SUPPLY_REQUEST",
      title: { bg: "Търсим заварени рамки от неръждаема стомана" },
      description: { bg: "Търсим подизпълнител за заварени рамки от неръждаема стомана, около 200 броя годишно." },
      requiredCapabilities: ["MACH.CNC_MILLING"],
      targetCountries: [],
      certificationsRequired: [],
      cooperationTypes: ["subcontracting"],
      anonymous: false,
      deadline: dayFromToday(30),
    },
  });
  for (const tab of [first, second]) {
    await tab.goto(`/workspace/companies/${companyId}/opportunities/${id}/edit`);
    await expect(tab.getByLabel("Краен срок")).toHaveValue(dayFromToday(30));
  }

  await first.getByRole("checkbox", { name: "Анонимно публикуване" }).check();
  await first.getByRole("button", { name: "Запазване на черновата" }).click();
  await expect(first.getByText("Черновата е запазена.")).toBeVisible();

  await second.getByLabel("Краен срок").fill(dayFromToday(45));
  await second.getByRole("button", { name: "Запазване на черновата" }).click();
  const conflict = second.getByTestId("edit-conflict");
  await expect(conflict).toContainText("Друг редактор е записал промени междувременно, затова вашите още не са записани.");
  await expect(conflict).toContainText("Другият редактор промени: Анонимно публикуване.");
  await expect(second.getByLabel("Краен срок")).toHaveValue(dayFromToday(45));
  await expectAccessible(second);

  await conflict.getByRole("button", { name: "Запиши моята версия върху записаната" }).click();
  await expect(second.getByText("Черновата е запазена.")).toBeVisible();
  await expect(second.getByTestId("edit-conflict")).toHaveCount(0);
  const stored = await query<{ anonymous: boolean; deadline: string }>(page.request, "opportunities.getOwn", { companyId, id, locale: "bg" });
  expect(stored).toMatchObject({ anonymous: false, deadline: dayFromToday(45) });
});

test("admin edit: two tabs on one firm, the second save names the first's change and both end up published", async ({ page, baseURL }) => {
  await useLocale(page, "en");
  await signInAdmin(page.request, baseURL!);
  const firms = await query<{ items: { id: string; name: string }[] }>(page.request, "companies.list", { pageSize: 40, locale: "en" });
  const firm = firms.items.at(-1)!;
  const second = await page.context().newPage();
  await useLocale(second, "en");
  for (const tab of [page, second]) {
    await tab.goto(`/admin/companies/${firm.id}`);
    await expect(tab.getByRole("heading", { level: 1 })).toHaveText(firm.name);
  }
  const phone = `+359 2 ${String(Date.now()).slice(-7, -4)} ${String(Date.now()).slice(-4)}`;
  await page.getByLabel("Phone", { exact: true }).fill(phone);
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByText("Saved and published.")).toBeVisible();

  await second.getByLabel("Year founded").fill("1987");
  await second.getByRole("button", { name: "Save and publish" }).click();
  const conflict = second.getByTestId("edit-conflict");
  await expect(conflict).toContainText("They changed: Phone.");
  await conflict.getByRole("button", { name: "Take their changes into my form" }).click();
  await expect(second.getByLabel("Phone", { exact: true })).toHaveValue(phone);
  await expect(second.getByLabel("Year founded")).toHaveValue("1987");
  await second.getByRole("button", { name: "Save and publish" }).click();
  await expect(second.getByText("Saved and published.")).toBeVisible();
  const stored = await query<{ data: { phone: string | null; foundedYear: number | null } }>(page.request, "companies.adminGet", { companyId: firm.id });
  expect(stored.data).toMatchObject({ phone, foundedYear: 1987 });
});
