import { companyProfileDraftSchema, type EditableCompany } from "@cluster-match/shared/schemas/company-editor";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderPage } from "../../../test/render.tsx";
import { StubError, type Handlers } from "../../../test/trpcStub.ts";
import { ProfileEditorPage } from "./ProfileEditorPage.tsx";

/** The working copy the editor loads: a draft complete enough to save, not yet to publish. */
const editable: EditableCompany = {
  companyId: "c1",
  slug: "metal-works",
  status: "DRAFT",
  verified: false,
  suspendedReason: null,
  registryId: "121212128",
  country: "BG",
  publishedAt: null,
  actingAs: "OWNER",
  data: {
    name: "Metal Works Ltd",
    nameLatin: "Metal Works Ltd",
    legalForm: "Ltd",
    city: "Plovdiv",
    cityLatin: "Plovdiv",
    region: null,
    lat: null,
    lng: null,
    website: null,
    email: null,
    phone: null,
    foundedYear: null,
    employees: null,
    languages: [],
    capabilities: [],
    certifications: [],
    materials: [],
    machines: [],
    naceCodes: [],
    exportMarkets: [],
    description: {},
    seeks: [],
    logoKey: null,
  },
  logoUrl: null,
  revision: null,
  version: 3,
};

function renderEditor(companies: Handlers["companies"] = {}) {
  const page = render(companies);
  /** Replaces a field's text as a paste does (one input event: typing a whole form key by key is slow in jsdom). */
  const fill = async (field: HTMLElement, text: string) => {
    await page.user.clear(field);
    await page.user.click(field);
    await page.user.paste(text);
  };
  return { ...page, fill };
}

function render(companies: Handlers["companies"]) {
  return renderPage(<ProfileEditorPage />, {
    url: "/workspace/companies/c1/profile",
    path: "/workspace/companies/:companyId/profile",
    handlers: {
      companies: {
        getEditable: () => editable,
        mine: () => [],
        // Saved as the server would: parsed by the shared schema, at the next version.
        updateProfile: ({ data, version }) => ({ ...editable, data: companyProfileDraftSchema.parse(data), version: version + 1 }),
        ...companies,
      },
      taxonomy: { picker: () => ({ capabilities: [], materials: [], certifications: [] }) },
      accounts: { me: () => null },
    },
  });
}

describe("the company profile form", () => {
  it("says what is wrong with each field and sends nothing", async () => {
    const page = renderEditor();
    const name = await screen.findByLabelText(/Legal name/);

    await page.fill(name, "X");
    await page.fill(screen.getByLabelText("Website"), "metal works");
    await page.user.click(screen.getByRole("button", { name: "Save draft" }));

    // A summary at the top links to each field ...
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByText("Please correct the following:")).toBeTruthy();
    const items = within(summary).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual(["Legal name: Enter the legal name (2 to 200 characters).", "Website: Enter a full address starting with https://"]);
    expect(within(items[0]!).getByRole("link").getAttribute("href")).toBe("#ce-field-name");
    // ... and each field says it too, tied to its input for screen readers.
    expect(name.getAttribute("aria-invalid")).toBe("true");
    const nameError = document.getElementById(`${name.id}-error`);
    expect(nameError?.textContent).toBe("Enter the legal name (2 to 200 characters).");
    expect(name.getAttribute("aria-describedby")).toContain(nameError!.id);
    expect(page.callsTo("companies.updateProfile")).toEqual([]);
  });

  it("saves the typed profile at the version it loaded", async () => {
    const page = renderEditor();
    const name = await screen.findByLabelText(/Legal name/);

    await page.fill(name, "Metal Works Plovdiv Ltd");
    await page.fill(screen.getByLabelText("Website"), "https://metal.example");
    await page.fill(screen.getByLabelText("Phone"), "+359 32 123456");
    await page.fill(screen.getByLabelText("Year founded"), "1994");
    await page.user.click(screen.getByRole("button", { name: "Save draft" }));

    expect(await screen.findByText("Draft saved.")).toBeTruthy();
    expect(page.callsTo("companies.updateProfile")).toEqual([
      {
        companyId: "c1",
        version: 3,
        data: { ...editable.data, name: "Metal Works Plovdiv Ltd", website: "https://metal.example", phone: "+359 32 123456", foundedYear: 1994 },
      },
    ]);
  });

  it("after someone else saved first, takes their changes into the form and saves on their version", async () => {
    const theirs = { ...editable.data, phone: "+359 2 999 000" };
    let refused = false;
    const page = renderEditor({
      updateProfile: ({ data, version }) => {
        if (!refused) {
          refused = true;
          throw new StubError("EDIT_CONFLICT", { version: 7, fields: ["phone", "name"], current: theirs });
        }
        return { ...editable, data: companyProfileDraftSchema.parse(data), version: version + 1 };
      },
    });
    await page.fill(await screen.findByLabelText(/Legal name/), "Metal Works Plovdiv Ltd");
    await page.user.click(screen.getByRole("button", { name: "Save draft" }));

    const conflict = await screen.findByTestId("edit-conflict");
    expect(conflict.textContent).toContain("They changed: Phone.");
    await page.user.click(within(conflict).getByRole("button", { name: "Take their changes into my form" }));

    expect((screen.getByLabelText("Phone") as HTMLInputElement).value).toBe("+359 2 999 000");
    expect((screen.getByLabelText(/Legal name/) as HTMLInputElement).value).toBe("Metal Works Plovdiv Ltd");
    expect(screen.getByTestId("edit-conflict").textContent).toContain("Their changes are now in the form.");

    await page.user.click(screen.getByRole("button", { name: "Save draft" }));
    expect(await screen.findByText("Draft saved.")).toBeTruthy();
    expect(page.callsTo("companies.updateProfile").at(-1)).toEqual({
      companyId: "c1",
      version: 7,
      data: { ...editable.data, name: "Metal Works Plovdiv Ltd", phone: "+359 2 999 000" },
    });
  });
});
