import { filterableFields, searchableFields } from "../documents.ts";
import type { IndexName } from "../search-port.ts";

export type FieldType = "string" | "string[]" | "enum" | "enum[]" | "number" | "boolean" | "geopoint";

// Types of the fields that filters, facets and sorting use.
const filterTypes: Record<string, FieldType> = {
  country: "enum", city: "enum", cityLatin: "enum", region: "enum", size: "enum", employees: "number",
  foundedYear: "number", verified: "boolean", languages: "enum[]", capabilityCodes: "enum[]",
  ownCapabilityCodes: "enum[]", certificationCodes: "enum[]", materialCodes: "enum[]", clusterSlugs: "enum[]",
  seekTypes: "enum[]", seekCapabilityCodes: "enum[]", exportMarkets: "enum[]", _geo: "geopoint",
  type: "enum", targetCountries: "enum[]", cooperationTypes: "enum[]", deadlineDay: "number",
  ownerCountry: "enum", anonymous: "boolean", ownerCompanyId: "enum",
};

const arrayText = new Set(["capabilityTerms", "materialTerms", "certificationNames", "machines", "countryNames"]);

/**
 * The Orama schema of an index. A field that is both searched as text and filtered exactly gets a
 * second, exact copy named `f_<field>`; `_geo` becomes the geopoint `location`.
 */
export function oramaSchema(index: IndexName) {
  const schema: Record<string, FieldType> = { id: "enum" };
  const searchable = new Set<string>(searchableFields[index]);
  for (const field of searchable) schema[field] = arrayText.has(field) ? "string[]" : "string";
  for (const field of filterableFields[index]) schema[storedFilterField(index, field)] = filterTypes[field] ?? "enum";
  if (index === "companies") schema.nameLatinSort = "string";
  return schema;
}

/** Where a filterable field lives in the Orama document. */
export function storedFilterField(index: IndexName, field: string): string {
  if (field === "_geo") return "location";
  return (searchableFields[index] as readonly string[]).includes(field) ? `f_${field}` : field;
}

export function filterType(field: string): FieldType {
  return filterTypes[field] ?? "enum";
}
