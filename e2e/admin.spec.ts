import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, useLocale } from "./helpers.ts";

// The administrator start-app.mjs creates (ADMIN_EMAIL / ADMIN_PASSWORD).
const admin = { email: "admin@example.test", password: "admin password 123" };

/** Signs in through the API; the session cookie lands in the page's browser context. */
async function signInAsAdmin(page: Page, baseURL: string) {
  const res = await page.request.post("/trpc/accounts.signIn", { headers: { origin: baseURL }, data: admin });
  expect(res.ok(), await res.text()).toBe(true);
}

/** An admin-only query, with the page's session. */
async function adminQuery<T>(page: Page, procedure: string, input: unknown): Promise<T> {
  const res = await page.request.get(`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

async function adminMutation<T>(page: Page, baseURL: string, procedure: string, input: unknown): Promise<T> {
  const res = await page.request.post(`/trpc/${procedure}`, { headers: { origin: baseURL }, data: input });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

/** A valid Bulgarian EIK for eight digits (see ../shared/data/README.md). */
function eik(body: string): string {
  const d = [...body].map(Number);
  let r = d.reduce((s, v, i) => s + v * (i + 1), 0) % 11;
  if (r === 10) r = d.reduce((s, v, i) => s + v * (i + 3), 0) % 11 % 10;
  return `${body}${r}`;
}

const columns = ["externalId", "name", "legalForm", "country", "registryId", "city", "region", "employees", "capabilities", "certifications", "description_bg", "description_en"];
function csv(rows: Record<string, string>[]): string {
  const cell = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c] ?? "")).join(","))].join("\n") + "\n";
}
const alfa = {
  externalId: "e2e-alfa",
  name: "Е2Е Алфа Машини ООД",
  legalForm: "ООД",
  country: "BG",
  registryId: eik("88812345"),
  city: "Габрово",
  region: "BG32",
  employees: "35",
  capabilities: "MACH.CNC_MILLING;MACH.CNC_TURNING",
  certifications: "ISO_9001",
  description_bg: "Фрезоване и струговане с ЦПУ.",
  description_en: "CNC milling and turning of small batches.",
};
const beta = { ...alfa, externalId: "e2e-beta", name: "Е2Е Бета Машини ЕООД", legalForm: "ЕООД", registryId: eik("88812346"), capabilities: "JOIN.TIG" };

test.beforeEach(async ({ page, baseURL }) => {
  await useLocale(page, "en");
  await signInAsAdmin(page, baseURL!);
});

test("the dashboard draws every chart, each with its numbers as a table", async ({ page }) => {
  const data = await adminQuery<{ membersByCountry: { code: string; label: string; count: number }[] }>(page, "admin.dashboard", { locale: "en" });
  await page.goto("/admin/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  for (const id of ["chart-countries", "chart-clusters", "chart-capabilities", "chart-types", "chart-statuses", "chart-introductions"]) {
    await expect(page.getByTestId(id).locator("svg.recharts-surface").first()).toBeVisible();
  }
  const countries = page.getByTestId("chart-countries");
  await expect(countries.getByRole("img", { name: /^Bar chart\. Largest: Bulgaria/ })).toBeVisible();
  await countries.getByText("Show the numbers as a table").click();
  const bulgaria = data.membersByCountry.find((r) => r.code === "BG")!;
  await expect(countries.getByRole("row", { name: new RegExp(`Bulgaria ${bulgaria.count}`) })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("admin-dashboard.png"), fullPage: true });

  await page.goto("/admin");
  await expect(page.getByTestId("queue-counts")).toBeVisible();
  await expectAccessible(page);
});

test("the audit log finds an admin's change and compares before and after", async ({ page, baseURL }) => {
  const email = `e2e-manager-${Date.now()}@example.test`;
  const signUp = await page.request.post("/trpc/accounts.signUp", {
    headers: { origin: baseURL! },
    data: { name: "Petra Partner", email, password: "a long password 1", locale: "en", acceptPrivacy: true },
  });
  expect(signUp.ok()).toBe(true);
  const users = await adminQuery<{ items: { id: string }[] }>(page, "admin.users", { q: email });
  await adminMutation(page, baseURL!, "admin.setUserRole", { userId: users.items[0]!.id, role: "CLUSTER_MANAGER" });

  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  await page.getByLabel("Text, e-mail or record id").fill(email);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=e2e-manager/);
  const entry = page.getByTestId("audit-entry");
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("user.setRole");
  await expect(entry).toContainText(`Role of ${email}: MEMBER → CLUSTER_MANAGER`);
  await entry.getByText("Show the comparison (1 change)").click();
  await expect(entry.getByRole("row", { name: /^role \(changed\) MEMBER CLUSTER_MANAGER$/ })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("admin-audit.png"), fullPage: true });
});

test("imports a partner cluster's CSV: a bad row blocks it, the fixed file goes in, the firms are searchable and can be merged", async ({ page }) => {
  await page.goto("/admin/imports");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bulk import");
  await page.getByLabel("Cluster", { exact: true }).selectOption({ label: "Green Technologies and Machine Building Cluster" });
  await expect(page.getByTestId("import-template")).toHaveAttribute("href", /^data:text\/csv/);

  const file = page.getByLabel("File (CSV or JSON, up to 2 MB)");
  await file.setInputFiles({ name: "members.csv", mimeType: "text/csv", buffer: Buffer.from(csv([alfa, { ...beta, capabilities: "JOIN.TELEPORTING" }])) });
  await page.getByRole("button", { name: "Check the file" }).click();
  const report = page.getByTestId("import-report");
  await expect(report.getByTestId("import-error-count")).toHaveText("1 with errors");
  const bad = report.locator('[data-testid="import-row"][data-action="error"]');
  await expect(bad).toHaveCount(1);
  await expect(bad).toContainText("Е2Е Бета Машини ЕООД");
  await expect(bad).toContainText("capabilities: unknown code — unknown capability code JOIN.TELEPORTING");
  await expect(page.getByTestId("import-commit")).toBeDisabled();
  await expect(page.getByTestId("commit-blocked")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("admin-import-error.png"), fullPage: true });

  await file.setInputFiles({ name: "members-fixed.csv", mimeType: "text/csv", buffer: Buffer.from(csv([alfa, beta])) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(report.locator('[data-testid="import-row"][data-action="create"]')).toHaveCount(2);
  await expect(page.getByTestId("import-commit")).toBeEnabled();
  await page.getByTestId("import-commit").click();
  await expect(page.getByTestId("import-outcome")).toHaveText("Imported: 2 new, 0 updated, 0 unchanged.");
  await expect(page.getByTestId("import-history").getByRole("row", { name: /members-fixed\.csv Import/ })).toBeVisible();

  // The search index follows through the outbox; the new firm is found by its transliterated name.
  // An English reader sees the Latin form first (ООД → OOD), the registered name below it.
  const latin = "E2E Alfa Mashini OOD";
  await expect(async () => {
    await page.goto(`/search?q=${encodeURIComponent("Alfa Mashini")}`);
    await expect(page.getByRole("link", { name: latin }).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText("Е2Е Алфа Машини ООД").first()).toBeVisible();
  await page.getByRole("link", { name: latin }).first().click();
  await expect(page).toHaveURL(/\/companies\/e2e-alfa-mashini-ood$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(latin);

  // Merge the second firm into the first.
  await page.goto("/admin/merge");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merge duplicates");
  const source = page.getByTestId("merge-source");
  await source.getByLabel("Search by name, registry id or id").fill("Beta Mashini");
  await source.getByRole("button", { name: /Е2Е Бета Машини ЕООД/ }).click();
  const target = page.getByTestId("merge-target");
  await target.getByLabel("Search by name, registry id or id").fill("Alfa Mashini");
  await target.getByRole("button", { name: /Е2Е Алфа Машини ООД/ }).click();
  await page.getByRole("button", { name: "Check what would move" }).click();
  const counts = page.getByTestId("merge-counts");
  await expect(counts.getByRole("row", { name: "Capabilities added 1" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Merge…" }).click();
  await page.getByRole("dialog", { name: "Merge these two firms?" }).getByRole("button", { name: "Merge now" }).click();
  await expect(page.getByTestId("merge-done")).toContainText("«Е2Е Бета Машини ЕООД» was merged into «Е2Е Алфа Машини ООД», which stays");
  const after = await adminQuery<{ items: { status: string; mergedIntoId: string | null }[] }>(page, "admin.companies", { q: "Beta Mashini" });
  expect(after.items.map((c) => c.status)).toEqual(["ARCHIVED"]);
  await page.screenshot({ path: test.info().outputPath("admin-merged.png"), fullPage: true });

  await page.goto("/admin/companies?status=ARCHIVED");
  await expect(page.getByTestId("admin-company-row").filter({ hasText: "Е2Е Бета Машини ЕООД" })).toBeVisible();
  await expectAccessible(page);
});

test("users and the review queue open for the admin and are accessible", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
  await expect(page.getByTestId("admin-user").filter({ hasText: admin.email })).toContainText("You cannot demote or suspend yourself.");
  await expectAccessible(page);
  await page.goto("/admin/reviews");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review queue");
  await expectAccessible(page);
});

test("a cluster manager assigned by the admin imports for their cluster from /manage", async ({ page, browser, baseURL }) => {
  const email = `e2e-cluster-manager-${Date.now()}@example.test`;
  const context = await browser.newContext({ baseURL });
  const manager = await context.newPage();
  await useLocale(manager, "en");
  const headers = { origin: baseURL! };
  expect((await manager.request.post("/trpc/accounts.signUp", { headers, data: { name: "Marta Manager", email, password: "a long password 2", locale: "en", acceptPrivacy: true } })).ok()).toBe(true);
  const mails = await adminQuery<{ template: string; text: string }[]>(manager, "mailbox.list", { to: email });
  const token = new URL(mails.find((m) => m.template === "verify_email")!.text.match(/https?:\/\/\S+/)![0]).searchParams.get("token");
  // Confirming the address signs the manager in, in their own browser context.
  expect((await manager.request.post("/trpc/accounts.verifyEmail", { headers, data: { token } })).ok()).toBe(true);

  const users = await adminQuery<{ items: { id: string }[] }>(page, "admin.users", { q: email });
  const clusters = await adminQuery<{ id: string; country: string; name: string }[]>(page, "clusters.list", { locale: "en" });
  const home = clusters.find((c) => c.country === "BG")!;
  await adminMutation(page, baseURL!, "admin.assignClusterManager", { userId: users.items[0]!.id, clusterId: home.id });

  await manager.goto("/manage");
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText("Cluster management");
  await expect(manager.getByRole("link", { name: home.name })).toBeVisible();
  await expectAccessible(manager);
  await manager.getByRole("link", { name: "Bulk import" }).first().click();
  await expect(manager.getByRole("heading", { level: 2, name: `File for ${home.name}` })).toBeVisible();
  await expect(manager.getByTestId("import-history")).toBeVisible();
  await expectAccessible(manager);
  // The admin console stays closed to them.
  await manager.goto("/admin/users");
  await expect(manager).not.toHaveURL(/\/admin\/users/);
  await context.close();
});
