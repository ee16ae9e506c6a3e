import { beforeAll, describe, expect, it } from "vitest";
import type { OpportunityDocument } from "../search-index/documents.ts";
import { createEmbeddedIndex } from "../search-index/embedded/embedded-index.ts";
import type { SearchIndex } from "../search-index/search-port.ts";
import { searchOpportunities } from "./opportunity-search.service.ts";
import { demoLexicon } from "../../test/demo-lexicon.ts";

const lexicon = demoLexicon();

const now = new Date("2026-12-01T10:00:00Z");
const today = Math.floor(now.getTime() / 86_400_000);

function opportunity(id: string, deadlineDay: number, description: string, publishedMinute = 0): OpportunityDocument {
  return {
    id, type: "SUPPLY_REQUEST", title_bg: "", title_en: "Laser-cut parts wanted", title_de: "", title_pl: "", title_hu: "",
    description_bg: "", description_en: description, description_de: "", description_pl: "", description_hu: "",
    capabilityCodes: ["SHEET", "SHEET.LASER_CUTTING"], ownCapabilityCodes: ["SHEET.LASER_CUTTING"], capabilityTerms: ["Laser cutting"],
    certificationCodes: [], targetCountries: [], openTo: ["*"], cooperationTypes: [], deadlineDay, publishedMinute, ownerCountry: "BG",
    anonymous: false, ownerCompanyId: "c-9", ownerName: "Owner", ownerNameLatin: "Owner", _geo: null,
  };
}

describe("opportunity search ranking", () => {
  let index: SearchIndex;
  const search = (text: string, sort: "relevance" | "deadline" | "newest" = "relevance") =>
    searchOpportunities(
      { search: { index, lexicon: async () => lexicon } },
      { text, page: 1, pageSize: 10, sort, ignore: [], now, types: [], capabilities: [], ownerCountries: [] },
    );

  beforeAll(async () => {
    index = await createEmbeddedIndex();
    await index.configure({ synonyms: [] });
    await index.upsert("opportunities", [
      opportunity("o-1", today + 5, "Brackets for a machine frame.", 100),
      opportunity("o-2", today + 30, "Steel parts for shipyards.", 50),
      opportunity("o-3", today + 10, "Frames for shipyards, welded.", 200),
    ]);
  });

  it("ranks by the words the query left over once a capability filters, keeping the others", async () => {
    const { interpretation, response } = await search("laser cutting for shipyards");
    expect(interpretation.capabilities.map((c) => c.code)).toEqual(["SHEET.LASER_CUTTING"]);
    const ids = response.hits.map((h) => h.id);
    // Both texts about shipyards before the one that is not.
    expect(ids.slice(0, 2).sort()).toEqual(["o-2", "o-3"]);
    expect(ids.at(-1)).toBe("o-1");
  });

  it("keeps a chosen deadline order", async () => {
    expect((await search("laser cutting for shipyards", "deadline")).response.hits.map((h) => h.id)).toEqual(["o-1", "o-3", "o-2"]);
  });

  it("puts the latest published first when asked for the newest", async () => {
    expect((await search("laser cutting", "newest")).response.hits.map((h) => h.id)).toEqual(["o-3", "o-1", "o-2"]);
    // Words alone (nothing structured understood) still filter: only the firms' texts about shipyards.
    expect((await search("shipyards", "newest")).response.hits.map((h) => h.id)).toEqual(["o-3", "o-2"]);
  });
});
