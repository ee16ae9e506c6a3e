import type { CompanyImport } from "@cluster-match/shared";

/**
 * The profile fields of a parsed company record (companies.jsonl or a bulk file) as the company
 * row stores them: absent optional fields as null. The registry id is as the record gives it;
 * each import normalises it its own way.
 */
export function companyRecordFields(r: CompanyImport) {
  return {
    name: r.name,
    nameLatin: r.nameLatin,
    legalForm: r.legalForm,
    registryId: r.registryId,
    country: r.country,
    region: r.region ?? null,
    city: r.city,
    cityLatin: r.cityLatin,
    lat: r.lat ?? null,
    lng: r.lng ?? null,
    website: r.website ?? null,
    foundedYear: r.foundedYear ?? null,
    employees: r.employees ?? null,
    languages: r.languages,
    machines: r.machines,
    naceCodes: r.naceCodes,
    exportMarkets: r.exportMarkets,
    description: r.description,
    seeks: r.seeks,
    capabilities: r.capabilities,
    certifications: r.certifications,
    materials: r.materials,
  };
}
