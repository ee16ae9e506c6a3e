import { describe, expect, it } from "vitest";
import { publishableProfile } from "../../test/company-builders.ts";
import { withDerivedLocation } from "./profile-checks.ts";

// Where a firm sits on the map comes from its city (the gazetteer), never from what an edit sends.
describe("withDerivedLocation", () => {
  const site = { city: "Русе", cityLatin: "Ruse", region: "BG32", lat: 43.8101, lng: 25.9999, placeId: null };

  it("keeps the firm's own position while the city stays the same, whatever the edit sends", () => {
    const edited = withDerivedLocation(publishableProfile({ city: "Русе", cityLatin: "Ruse", lat: 1, lng: 2, region: "XX1", placeId: null }), "BG", site);
    expect([edited.lat, edited.lng, edited.region]).toEqual([site.lat, site.lng, site.region]);
  });

  it("places a firm that moves to a city the gazetteer knows, with its NUTS 2 region", () => {
    const moved = withDerivedLocation(publishableProfile({ city: "Пловдив", cityLatin: "Plovdiv", lat: 1, lng: 2, placeId: null }), "BG", site);
    expect(moved.region).toBe("BG42");
    expect(moved.placeId).toEqual(expect.any(Number));
    expect(Math.abs(moved.lat! - 42.15)).toBeLessThan(0.1);
  });

  it("places a firm without a position from its unchanged city", () => {
    const placed = withDerivedLocation(publishableProfile({ city: "Русе", cityLatin: "Ruse", placeId: null }), "BG", { ...site, lat: null, lng: null });
    expect(placed.region).toBe("BG32");
    expect(placed.lat).not.toBeNull();
  });

  it("has no position in a new city the gazetteer does not know", () => {
    const unknown = withDerivedLocation(publishableProfile({ city: "Несъществуващо", cityLatin: "Nesashtestvuvashto", placeId: null }), "BG", site);
    expect([unknown.lat, unknown.lng, unknown.region, unknown.placeId]).toEqual([null, null, null, null]);
  });
});
