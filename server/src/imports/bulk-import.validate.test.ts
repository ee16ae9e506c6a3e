import { describe, expect, it } from "vitest";
import { bulkStateOf, canonicalRegistryId, planRows, type BulkContext, type BulkFields, type ExistingCompany } from "./bulk-import.validate.ts";

const record = (n: number, extra: Record<string, unknown> = {}) => ({
  externalId: `x-${n}`,
  name: `Firma ${n} OOD`,
  nameLatin: `Firma ${n} OOD`,
  legalForm: "OOD",
  country: "BG",
  registryId: n === 1 ? "204123454" : "200000015",
  city: "Sofia",
  cityLatin: "Sofia",
  capabilities: ["MACH.CNC_MILLING"],
  description: { en: "Milling." },
  ...extra,
});

const fieldsOf = (r: ReturnType<typeof record>): BulkFields => ({
  name: r.name,
  nameLatin: r.nameLatin,
  legalForm: r.legalForm,
  registryId: r.registryId,
  country: r.country,
  // The gazetteer's region of Sofia: what an import derives.
  region: "BG41",
  city: r.city,
  cityLatin: r.cityLatin,
  website: null,
  email: null,
  phone: null,
  foundedYear: null,
  employees: null,
  languages: [],
  machines: [],
  naceCodes: [],
  exportMarkets: [],
  description: r.description,
  capabilities: r.capabilities,
  certifications: [],
  materials: [],
  lat: 42.7,
  lng: 23.3,
  seeks: [],
});

function context(existing: Partial<ExistingCompany> & { fields: BulkFields }, externalIds: [string, string][] = []): BulkContext {
  const firm: ExistingCompany = { id: "c-1", externalId: "x-1", status: "PUBLISHED", inCluster: true, ...existing };
  return {
    known: { capabilities: new Set(["MACH.CNC_MILLING"]), certifications: new Set(), materials: new Set() },
    byRegistryId: new Map([[firm.fields.registryId, firm]]),
    externalIds: new Map(externalIds),
  };
}

describe("planRows", () => {
  it("finds a stored firm unchanged when the file says what it holds (CSV ignores the coordinates it has no column for)", () => {
    const ctx = context({ fields: fieldsOf(record(1)) });
    const [row] = planRows("CSV", [{ row: 2, value: record(1) }], ctx);
    expect(row!.report).toMatchObject({ action: "unchanged", companyId: "c-1", errors: [] });
    // JSON may carry coordinates: a file without them keeps the position the firm has in its city.
    expect(planRows("JSON", [{ row: 1, value: record(1) }], ctx)[0]!.report.action).toBe("unchanged");
    // Coordinates in the file win.
    expect(planRows("JSON", [{ row: 1, value: record(1, { lat: 42.5, lng: 23.1 }) }], ctx)[0]!.report.action).toBe("update");
  });

  it("places a new firm from city and country, and names a city the gazetteer does not know in a warning", () => {
    const empty: BulkContext = { ...context({ fields: fieldsOf(record(1)) }), byRegistryId: new Map() };
    const [placed] = planRows("CSV", [{ row: 2, value: record(2, { city: "Пловдив", cityLatin: "Plovdiv" }) }], empty);
    expect(placed!.report).toMatchObject({ action: "create", errors: [], warnings: [] });
    expect(placed!.write!.fields).toMatchObject({ region: "BG42", placeId: 728193 });
    expect(placed!.write!.fields.lat).toBeCloseTo(42.15, 1);
    const [lost] = planRows("CSV", [{ row: 3, value: record(2, { city: "Нейде", cityLatin: "Neyde" }) }], empty);
    expect(lost!.report).toMatchObject({ action: "create", errors: [] });
    expect(lost!.report.warnings).toEqual([expect.objectContaining({ field: "city", code: "place_not_found", message: expect.stringContaining("Нейде") })]);
    expect(lost!.write!.fields).toMatchObject({ lat: null, lng: null, placeId: null, region: null });
  });

  it("reports every error of a row, the registry id's check digit among them", () => {
    const [row] = planRows("CSV", [{ row: 2, value: record(2, { registryId: "200000016", name: "X", capabilities: [] }) }], context({ fields: fieldsOf(record(1)) }));
    expect(row!.report.errors.map((e) => e.field).sort()).toEqual(["capabilities", "name", "registryId"]);
    expect(row!.report.errors.find((e) => e.field === "registryId")!.message).toMatch(/check digit/);
  });

  it("refuses a new firm whose name is very similar to one in the same city, as registration does", () => {
    const ctx: BulkContext = {
      ...context({ fields: fieldsOf(record(1)) }),
      firmsByCity: new Map([["chemnitz", [{ id: "c-9", name: "Mechafix GmbH", nameLatin: "Mechafix GmbH", cityLatin: "Chemnitz" }]]]),
    };
    const row = (name: string, city: string) => record(2, { name, nameLatin: name, legalForm: "GmbH", city, cityLatin: city });
    const [same] = planRows("CSV", [{ row: 2, value: row("Mechafix GmbH", "Chemnitz") }], ctx);
    expect(same!.report.errors).toEqual([expect.objectContaining({ field: "name", code: "similar_name", message: expect.stringContaining("Mechafix GmbH") })]);
    expect(planRows("CSV", [{ row: 2, value: row("Mechafix GmbH", "Dresden") }], ctx)[0]!.report.errors).toEqual([]);
  });

  it("updates a firm without an external id to give it the file's", () => {
    const [row] = planRows("CSV", [{ row: 2, value: record(1) }], context({ externalId: null, fields: fieldsOf(record(1)) }));
    expect(row!.report.action).toBe("update");
    expect(row!.write).toMatchObject({ kind: "update", newExternalId: "x-1" });
  });

  it("refuses archived firms and external ids of other firms", () => {
    expect(planRows("CSV", [{ row: 2, value: record(1) }], context({ status: "ARCHIVED", fields: fieldsOf(record(1)) }))[0]!.report.errors).toEqual([
      expect.objectContaining({ field: "registryId", code: "archived" }),
    ]);
    const taken = planRows("CSV", [{ row: 2, value: record(2, { externalId: "x-1" }) }], context({ fields: fieldsOf(record(1)) }, [["x-1", "c-1"]]));
    expect(taken[0]!.report.errors).toEqual([expect.objectContaining({ field: "externalId", code: "external_id_taken" })]);
  });

  it("keeps the EIK without a BG prefix and compares states of one format", () => {
    expect(canonicalRegistryId("BG", "BG 204 123 454")).toBe("204123454");
    expect(canonicalRegistryId("DE", "de136695976")).toBe("DE136695976");
    expect(bulkStateOf("CSV", fieldsOf(record(1)))).not.toHaveProperty("lat");
  });
});
