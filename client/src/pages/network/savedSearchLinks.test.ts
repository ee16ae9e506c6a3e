import { describe, expect, it } from "vitest";
import { companyQueryFromState, savedSearchPath } from "./savedSearchLinks.ts";

const state = {
  q: "CNC Plovdiv",
  facets: { countries: ["BG"], capabilities: ["MACH.CNC_MILLING"], certifications: [], sizes: ["SMALL"], clusters: [] },
  sort: "distance" as const,
  near: "Plovdiv",
  radius: 100,
  ignore: ["place"],
  page: 3,
};

describe("saved search links", () => {
  it("saves what the search page shows, without its page", () => {
    const query = companyQueryFromState(state);
    expect(query).toEqual({
      q: "CNC Plovdiv",
      countries: ["BG"],
      capabilities: ["MACH.CNC_MILLING"],
      certifications: [],
      sizes: ["SMALL"],
      clusters: [],
      near: { city: "Plovdiv", radiusKm: 100 },
      sort: "distance",
      ignore: ["place"],
    });
    expect(companyQueryFromState({ ...state, near: undefined })).not.toHaveProperty("near");
  });

  it("opens a company search on the search page with the same URL state", () => {
    const path = savedSearchPath("COMPANIES", companyQueryFromState(state) as Record<string, unknown>);
    const url = new URL(path, "http://x");
    expect(url.pathname).toBe("/search");
    expect(url.searchParams.get("q")).toBe("CNC Plovdiv");
    expect(url.searchParams.getAll("country")).toEqual(["BG"]);
    expect(url.searchParams.getAll("capability")).toEqual(["MACH.CNC_MILLING"]);
    expect(url.searchParams.getAll("size")).toEqual(["SMALL"]);
    expect(url.searchParams.get("near")).toBe("Plovdiv");
    expect(url.searchParams.get("radius")).toBe("100");
    expect(url.searchParams.get("sort")).toBe("distance");
    expect(url.searchParams.getAll("ignore")).toEqual(["place"]);
    expect(url.searchParams.has("page")).toBe(false);
  });

  it("leaves defaults out of the URL and survives a malformed stored query", () => {
    expect(savedSearchPath("COMPANIES", { q: "", sort: "relevance", near: { city: "Sofia", radiusKm: 50 } })).toBe("/search?near=Sofia");
    expect(savedSearchPath("COMPANIES", { countries: "BG", q: 42, near: null })).toBe("/search");
  });

  it("opens an opportunity search on the board", () => {
    expect(savedSearchPath("OPPORTUNITIES", { types: ["RND_OFFER", "RND_REQUEST"], capabilities: ["GREEN.HEAT_PUMPS", "SHEET.BENDING"], openTo: "DE" })).toBe(
      "/opportunities?type=RND_OFFER&type=RND_REQUEST&capability=GREEN.HEAT_PUMPS&country=DE",
    );
    expect(savedSearchPath("OPPORTUNITIES", {})).toBe("/opportunities");
  });
});
