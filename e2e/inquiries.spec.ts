import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { linkIn, mutate, signInAdmin, signUpMember } from "./api.ts";
import { expectAccessible, query, useLocale } from "./helpers.ts";

// A request for quotation with a drawing to three firms: a German buyer selects suppliers in the
// search results and sends one inquiry with a PDF; one supplier (a firm with a member) downloads
// the drawing, accepts and quotes; the buyer compares the answers, each row in its true state.
// Accounts and memberships are set up through the API (sign-in and teams belong to other areas).

const drawingPath = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures/bracket-drawing.pdf");

interface Hit {
  id: string;
  slug: string;
  name: string;
  nameLatin: string;
}

const stateLabel: Record<string, string> = {
  waiting: "Wartet auf Antwort",
  withContactPoint: "Bei der Kontaktstelle des Clusters",
  accepted: "In Bearbeitung",
  quoted: "Angebot erhalten",
  declined: "Abgelehnt",
  withdrawn: "Zurückgezogen",
};

test("a buyer sends one request for quotation with a drawing to three firms, a supplier quotes, the buyer compares", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const admin = await browser.newContext({ baseURL });
  const buyerSide = await browser.newContext({ baseURL });
  const supplierSide = await browser.newContext({ baseURL });
  await signInAdmin(admin.request, baseURL!);

  // Three suppliers from what the buyer will find; the buyer's own firm is another published one.
  const found = await query<{ items: Hit[] }>(admin.request, "search.companies", { q: "Laserschneiden", locale: "de", pageSize: 20 });
  expect(found.items.length).toBeGreaterThanOrEqual(4);
  const suppliers = found.items.slice(0, 3);
  const directory = await query<{ items: Hit[] }>(admin.request, "companies.list", { pageSize: 50, locale: "de" });
  const buyerFirm = directory.items.find((c) => !found.items.some((s) => s.id === c.id))!;

  const join = async (side: typeof buyerSide, email: string, companyId: string, name: string, locale: "de" | "en") => {
    await signUpMember(side.request, baseURL!, email, { name, locale });
    await mutate(admin.request, baseURL!, "team.invite", { companyId, email, role: "OWNER" });
    const invitation = await linkIn(side.request, email, "invitation");
    await mutate(side.request, baseURL!, "team.acceptInvitation", { token: new URL(invitation).searchParams.get("token") });
  };
  await join(buyerSide, `rfq-buyer-${stamp}@example.test`, buyerFirm.id, "Katrin Berger", "de");
  // The first supplier has a member; the other two are left as the search found them.
  await join(supplierSide, `rfq-supplier-${stamp}@example.test`, suppliers[0]!.id, "Petar Dimitrov", "en");

  // --- The buyer searches, selects three firms and opens the request form.
  const buyer = await buyerSide.newPage();
  await useLocale(buyer, "de");
  await buyer.goto("/search?q=Laserschneiden");
  for (const supplier of suppliers) {
    await buyer.locator(`[id="result-${supplier.id}"]`).getByTestId("select-for-inquiry").check();
  }
  const bar = buyer.getByTestId("inquiry-bar");
  await expect(bar).toContainText("3 Unternehmen ausgewählt");
  await expectAccessible(buyer);
  // The selection survives browsing on.
  await buyer.reload();
  await expect(buyer.getByTestId("inquiry-bar")).toContainText("3 Unternehmen ausgewählt");
  await buyer.getByRole("link", { name: "Angebot anfragen" }).click();
  await expect(buyer.getByRole("heading", { level: 1 })).toHaveText("Angebotsanfrage");
  await expect(buyer.getByTestId("inquiry-recipients").getByRole("listitem")).toHaveCount(3);

  // A program renamed to .pdf is refused, naming the file; the real drawing is taken.
  await buyer.getByLabel("Zeichnungen und Unterlagen").setInputFiles({ name: "zeichnung.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\u0090\u0000This program cannot be run in DOS mode.") });
  await expect(buyer.getByRole("alert").filter({ hasText: "„zeichnung.pdf“ ist keine PDF-, DXF-, STEP-, PNG- oder JPEG-Datei." })).toBeVisible();
  await buyer.getByLabel("Zeichnungen und Unterlagen").setInputFiles(drawingPath);
  await expect(buyer.getByTestId("inquiry-file").filter({ hasText: "bracket-drawing.pdf" })).toContainText("bereit");

  // Too short a subject is named before anything is sent.
  await buyer.getByRole("button", { name: "An 3 Unternehmen senden" }).click();
  await expect(buyer.getByText("Bitte schreiben Sie mindestens 3 Zeichen.")).toBeVisible();
  await expect(buyer.getByLabel("Betreff")).toBeFocused();
  const subject = `Halter B-100 aus S235, 2 mm (${stamp})`;
  await buyer.getByLabel("Betreff").fill(subject);
  await buyer.getByLabel("Ihre Anfrage").fill("Wir benötigen 500 lasergeschnittene und gekantete Halter nach Zeichnung, verzinkt, Lieferung nach Chemnitz.");
  await buyer.getByLabel("Menge").fill("500 Stück");
  const replyBy = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  await buyer.getByLabel("Angebote erbeten bis").fill(replyBy);
  await expectAccessible(buyer);
  await buyer.getByRole("button", { name: "An 3 Unternehmen senden" }).click();
  await expect(buyer.getByRole("heading", { level: 1 })).toHaveText(subject);
  await expect(buyer.getByRole("status").filter({ hasText: "Ihre Anfrage ist unterwegs" })).toBeVisible();
  await expect(buyer.getByTestId("inquiry-row")).toHaveCount(3);
  const comparisonUrl = buyer.url();
  const [, buyerCompanyId, inquiryId] = new URL(comparisonUrl).pathname.match(/inquiries\/([^/]+)\/([^/]+)$/)!;
  expect(buyerCompanyId).toBe(buyerFirm.id);
  // The selection is used up.
  await expect(buyer.getByTestId("inquiry-bar")).toHaveCount(0);

  // --- The supplier reads of it, downloads the drawing, accepts and quotes.
  const supplier = await supplierSide.newPage();
  await useLocale(supplier, "en");
  await supplier.goto("/notifications");
  await supplier.getByRole("link", { name: new RegExp(`sends you a request for quotation: “${subject.replace(/[()]/g, "\\$&")}”`) }).click();
  await expect(supplier.getByTestId("inquiry-extras")).toContainText(subject);
  await expect(supplier.getByTestId("inquiry-extras")).toContainText("500 Stück");
  const [download] = await Promise.all([supplier.waitForEvent("download"), supplier.getByRole("link", { name: "bracket-drawing.pdf" }).click()]);
  expect(download.suggestedFilename()).toBe("bracket-drawing.pdf");
  expect(readFileSync((await download.path())!).equals(readFileSync(drawingPath))).toBe(true);
  await expect(supplier.getByText("Accept the request to answer it and submit a quote.")).toBeVisible();
  await expectAccessible(supplier);
  await supplier.getByRole("button", { name: "Accept" }).click();
  const quoteForm = supplier.getByTestId("quote-form");
  await quoteForm.getByLabel("Price").fill("1250.00");
  await quoteForm.getByLabel("Lead time (days)").fill("21");
  await quoteForm.getByLabel("Valid until").fill(replyBy);
  await quoteForm.getByLabel("Note").fill("Galvanised, delivered DAP Chemnitz.");
  await expectAccessible(supplier);
  await quoteForm.getByRole("button", { name: "Send quote" }).click();
  await expect(supplier.getByRole("status").filter({ hasText: "Your quote has been saved and the buyer notified." })).toBeVisible();

  // --- The buyer is told and compares: the quote, and the other two rows as they truly stand.
  await buyer.goto("/notifications");
  await expect(buyer.getByRole("link", { name: new RegExp(`hat ein Angebot zu Ihrer Anfrage „${subject.replace(/[()]/g, "\\$&")}“ abgegeben`) })).toBeVisible();
  await buyer.goto(comparisonUrl);
  const rowOf = (slug: string) => buyer.getByTestId("inquiry-row").filter({ has: buyer.locator(`a[href$="/companies/${slug}"]`) });
  const quoted = rowOf(suppliers[0]!.slug);
  await expect(quoted).toContainText("Angebot erhalten");
  await expect(quoted).toContainText("1.250,00 €");
  await expect(quoted).toContainText("21 Tage");
  await expect(quoted).toContainText("Galvanised, delivered DAP Chemnitz.");
  const truth = await query<{ suppliers: { supplier: { id: string }; state: string }[] }>(buyerSide.request, "inquiries.get", { companyId: buyerCompanyId, id: inquiryId });
  for (const other of suppliers.slice(1)) {
    const state = truth.suppliers.find((s) => s.supplier.id === other.id)!.state;
    // Firms nobody has joined go to their cluster's contact point; never shown as simply "sent".
    expect(["withContactPoint", "waiting"]).toContain(state);
    await expect(rowOf(other.slug)).toContainText(stateLabel[state]!);
  }
  // Sorting by price puts the quoted row first.
  await buyer.getByRole("button", { name: "Preis" }).click();
  await expect(buyer.getByTestId("inquiry-row").first()).toHaveAttribute("data-state", "quoted");
  await expectAccessible(buyer);

  // An outsider (the admin is allowed; a fresh member of no involved firm is not) gets 404 for the drawing.
  const attachments = await query<{ attachments: { url: string }[] }>(buyerSide.request, "inquiries.get", { companyId: buyerCompanyId, id: inquiryId });
  const outsider = await browser.newContext({ baseURL });
  await signUpMember(outsider.request, baseURL!, `rfq-outsider-${stamp}@example.test`, { name: "Otto Außenseiter", locale: "de" });
  expect((await outsider.request.get(attachments.attachments[0]!.url)).status()).toBe(404);
  const own = await buyerSide.request.get(attachments.attachments[0]!.url);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-disposition"]).toContain('attachment; filename="bracket-drawing.pdf"');
  expect(own.headers()["x-content-type-options"]).toBe("nosniff");
  await Promise.all([admin.close(), buyerSide.close(), supplierSide.close(), outsider.close()]);
});
