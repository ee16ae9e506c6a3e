import type { CompanySearchApiOutput } from "@cluster-match/shared";
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderPage } from "../../../test/render.tsx";
import { SearchPage } from "./SearchPage.tsx";

const company = (id: string, name: string, city: string, country: string): CompanySearchApiOutput["items"][number] => ({
  id,
  slug: id,
  name,
  nameLatin: name,
  legalForm: "Ltd",
  country,
  city,
  cityLatin: city,
  size: "SMALL",
  employees: 20,
  verified: false,
  capabilities: [{ code: "MACH.CNC_MILLING", label: "CNC milling" }],
  certifications: [],
  summary: null,
  highlights: {},
  distanceKm: null,
  // No coordinates: the result map stays away (its outlines load lazily in a browser).
  lat: null,
  lng: null,
  exactMatch: false,
});

/** What search.companies answers: two firms, and facet counts for the filters. */
function results(items = [company("c1", "Precision Parts", "Plovdiv", "BG"), company("c2", "Fräswerk Süd", "Munich", "DE")]): CompanySearchApiOutput {
  return {
    page: 1,
    pageSize: 20,
    total: items.length,
    pageCount: 1,
    items,
    interpretation: { capabilities: [], capabilityMode: "all", materials: [], certifications: [], countries: [], regions: [], companies: [], place: null, radiusKm: null, freeText: "cnc" },
    facets: {
      countries: [
        { value: "BG", label: "Bulgaria", count: 1 },
        { value: "DE", label: "Germany", count: 1 },
      ],
      capabilities: [{ value: "MACH.CNC_MILLING", label: "CNC milling", count: 2 }],
      certifications: [],
      sizes: [{ value: "SMALL", label: "Small", count: 2 }],
      clusters: [],
    },
    center: null,
    searchLogId: "log-1",
  };
}

function renderSearch(url: string) {
  return renderPage(<SearchPage />, {
    url,
    handlers: {
      search: { companies: () => results() },
      searchAnalytics: { click: () => ({ recorded: true }) },
      clusters: { list: () => [] },
      accounts: { me: () => null },
    },
  });
}

describe("the search page", () => {
  it("shows a region the query named as a removable chip", async () => {
    const withRegion = { ...results(), interpretation: { ...results().interpretation, regions: [{ code: "DED", label: "Saxony", text: "Sachsen" }], freeText: "" } };
    renderPage(<SearchPage />, {
      url: "/search?q=Stahlbau%20Sachsen",
      handlers: { search: { companies: () => withRegion }, clusters: { list: () => [] }, accounts: { me: () => null } },
    });
    expect(await screen.findByRole("button", { name: "Remove Region: Saxony" })).toBeTruthy();
  });

  it("shows the results and the filters the server answered for the URL's query", async () => {
    const page = renderSearch("/search?q=cnc");

    expect(await screen.findByRole("link", { name: /Precision Parts/ })).toBeTruthy();
    expect(screen.getByRole("link", { name: /Fräswerk Süd/ })).toBeTruthy();
    expect((screen.getByRole("combobox", { name: "Search companies" }) as HTMLInputElement).value).toBe("cnc");

    const filters = screen.getByRole("search", { name: "Refine the results" });
    const countries = within(filters).getByRole("group", { name: "Country" });
    expect(within(countries).getByRole("checkbox", { name: /Germany/ })).toBeTruthy();
    expect(within(countries).getByRole("checkbox", { name: /Bulgaria/ })).toBeTruthy();

    expect(page.callsTo("search.companies")).toEqual([expect.objectContaining({ q: "cnc", locale: "en", page: 1 })]);
  });

  it("puts a checked filter into the URL and searches with it", async () => {
    const page = renderSearch("/search?q=cnc");
    const filters = await screen.findByRole("search", { name: "Refine the results" });
    const germany = await within(filters).findByRole("checkbox", { name: /Germany/ });

    await page.user.click(germany);

    expect(page.location().pathname).toBe("/search");
    const params = new URLSearchParams(page.location().search);
    expect(params.get("q")).toBe("cnc");
    expect(params.getAll("country")).toEqual(["DE"]);
    await screen.findByRole("link", { name: /Precision Parts/ });
    expect(page.callsTo("search.companies").at(-1)).toEqual(expect.objectContaining({ q: "cnc", countries: ["DE"] }));
  });

  it("reports the result opened to the search analytics, with the search's log id, and still opens it", async () => {
    const page = renderSearch("/search?q=cnc");
    await page.user.click(await screen.findByRole("link", { name: /Fräswerk Süd/ }));
    expect(page.location().pathname).toBe("/companies/c2");
    await vi.waitFor(() => expect(page.callsTo("searchAnalytics.click")).toEqual([{ searchLogId: "log-1", companyId: "c2" }]));
  });
});
