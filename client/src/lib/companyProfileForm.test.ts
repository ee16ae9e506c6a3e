import { companyProfileDraftSchema, companyProfileSchema, type CompanyProfile } from "@cluster-match/shared/schemas/company-editor";
import { describe, expect, it } from "vitest";
import { asSentByForm, errorsByField, formFromProfile, parseNumber, profileFromForm, serverErrorFields, takeFields } from "./companyProfileForm.ts";
import { registryIdExample, registryIdState } from "./registryIdHint.ts";

const profile: CompanyProfile = {
  name: "Тест ООД", nameLatin: "Test OOD", legalForm: "ООД", city: "Русе", cityLatin: "Ruse", region: "BG32", lat: 43.8, lng: 25.9,
  website: "https://test.example", email: null, phone: null, foundedYear: 2001, employees: 12, languages: ["bg"],
  capabilities: ["MACH.CNC_MILLING"], certifications: [{ code: "ISO_9001", validUntil: null }], materials: [], machines: ["Lathe"],
  naceCodes: ["25.62"], exportMarkets: [], description: { bg: "Текст." }, seeks: [], logoKey: null,
};

describe("profile form", () => {
  it("round-trips a profile through the form state", () => {
    expect(profileFromForm(formFromProfile(profile))).toEqual(profile);
  });

  it("turns empty inputs into null, trims, parses numbers and drops empty languages", () => {
    const form = { ...formFromProfile(profile), website: "  ", employees: "1 200", description: { bg: "Текст.", en: "   " } };
    const data = profileFromForm(form);
    // Region and position are the server's (derived from the city): sent back as they came.
    expect(data).toMatchObject({ website: null, employees: 1200, lat: 43.8, lng: 25.9, region: "BG32", description: { bg: "Текст." } });
    expect(companyProfileDraftSchema.safeParse(data).success).toBe(true);
  });

  it("leaves a wrong number for the schema to refuse, by field", () => {
    expect(parseNumber("twelve")).toBeNaN();
    const data = profileFromForm({ ...formFromProfile(profile), employees: "twelve", capabilities: [] });
    const strict = companyProfileSchema.safeParse(data);
    expect(strict.success).toBe(false);
    expect(Object.keys(errorsByField(strict.error!.issues)).sort()).toEqual(["capabilities", "employees"]);
  });

  it("takes someone else's fields into the form and leaves the user's typing alone", () => {
    const mine = { ...formFromProfile(profile), phone: "+359 82 000 111", employees: "1 300" };
    const theirs = formFromProfile({ ...profile, website: "https://theirs.example", employees: 14 });
    const merged = takeFields(mine, theirs, ["website"]);
    expect(merged).toMatchObject({ website: "https://theirs.example", phone: "+359 82 000 111", employees: "1 300" });
    expect(mine.website).toBe("https://test.example");
    // A stored record compares like the form would send it, extra fields kept.
    expect(asSentByForm({ ...profile, registryId: "123" })).toMatchObject({ region: "BG32", registryId: "123" });
  });

  it("reads the fields a server refusal names", () => {
    expect(serverErrorFields({ unknownCodes: { materials: ["x"] }, fields: ["capabilities"] }).sort()).toEqual(["capabilities", "materials"]);
    expect(serverErrorFields(null)).toEqual([]);
  });
});

describe("registry id hint", () => {
  it("checks as the server does, with an example per country", () => {
    expect(registryIdState("BG", "")).toEqual({ kind: "empty" });
    expect(registryIdState("BG", registryIdExample("BG"))).toMatchObject({ kind: "ok" });
    expect(registryIdState("BG", "123456787")).toEqual({ kind: "problem", problem: "checksum" });
    expect(registryIdState("DE", "AT136695976")).toEqual({ kind: "problem", problem: "country_prefix" });
    for (const country of ["DE", "AT", "PL", "HU"]) expect(registryIdState(country, registryIdExample(country)).kind, country).toBe("ok");
  });
});
