import { describe, expect, it } from "vitest";
import { fieldsToFill, type MergeableFields } from "./merge-fields.ts";

const empty: MergeableFields = {
  region: null,
  lat: null,
  lng: null,
  website: null,
  email: null,
  phone: null,
  foundedYear: null,
  employees: null,
  logoKey: null,
  languages: [],
  machines: [],
  naceCodes: [],
  exportMarkets: [],
  description: {},
  seeks: [],
};

describe("fieldsToFill", () => {
  it("fills only what the target lacks and keeps the target's own values", () => {
    const target = { ...empty, website: "https://target.example", languages: ["bg"], description: { bg: "Цел" } };
    const source = {
      ...empty,
      website: "https://source.example",
      email: "office@source.example",
      employees: 60,
      lat: 42.7,
      lng: 23.3,
      languages: ["en", "bg"],
      description: { bg: "Източник", en: "Source" },
      seeks: [{ type: "SUPPLY", capabilities: [], countries: [] }],
    };
    const { data, filled } = fieldsToFill(target, source);
    expect(data).toEqual({
      email: "office@source.example",
      employees: 60,
      size: "MEDIUM",
      lat: 42.7,
      lng: 23.3,
      languages: ["bg", "en"],
      description: { bg: "Цел", en: "Source" },
      seeks: source.seeks,
    });
    expect(filled).toEqual(["email", "employees", "lat", "languages", "description", "seeks"]);
  });

  it("fills nothing when the source has nothing the target lacks", () => {
    expect(fieldsToFill({ ...empty, website: "https://a.example" }, { ...empty, website: "https://b.example" })).toEqual({ data: {}, filled: [] });
  });
});
