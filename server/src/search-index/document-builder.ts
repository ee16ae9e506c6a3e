import { bgToLatin, type LocalizedText, type Seek } from "@cluster-match/shared";
import { centralCapabilityCount, documentFormat, type CompanyDocument, type OpportunityDocument } from "./documents.ts";
import { countryNames } from "./query/countries.ts";
import type { CompanyIndexRow, OpportunityIndexRow } from "./search.repository.ts";
import type { SearchVocabulary } from "./search-vocabulary.ts";

const languages = ["bg", "en", "de", "pl", "hu"] as const;
const text = (value: unknown, lang: string) => ((value ?? {}) as LocalizedText)[lang] ?? "";

export function companyDocument(row: CompanyIndexRow, vocabulary: SearchVocabulary): CompanyDocument {
  const own = row.capabilities.map((c) => c.capabilityCode);
  const materials = row.materials.map((m) => m.materialCode);
  const certifications = row.certifications.map((c) => c.certificationCode);
  const seeks = (row.seeks ?? []) as Seek[];
  const descriptions = Object.fromEntries(languages.map((l) => [`description_${l}`, text(row.description, l)])) as Record<
    `description_${(typeof languages)[number]}`,
    string
  >;
  return {
    id: row.id,
    documentFormat,
    slug: row.slug,
    name: row.name,
    nameLatin: row.nameLatin,
    legalForm: row.legalForm,
    country: row.country,
    countryNames: countryNames[row.country] ?? [],
    city: row.city,
    cityLatin: row.cityLatin,
    region: row.region,
    regionCodes: row.region ? [...new Set([row.region, row.region.slice(0, 3)])] : [],
    _geo: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    size: row.size,
    employees: row.employees,
    foundedYear: row.foundedYear,
    verified: row.verified,
    languages: row.languages,
    capabilityCodes: vocabulary.withAncestors(own),
    ownCapabilityCodes: own,
    // The rows come in the firm's own order (position), main capabilities first.
    centralCapabilityCodes: vocabulary.withAncestors(own.slice(0, centralCapabilityCount)),
    capabilityTerms: vocabulary.capabilityTerms(own),
    certificationCodes: certifications,
    certificationNames: certifications.map((c) => vocabulary.certificationName(c)),
    materialCodes: materials,
    materialTerms: vocabulary.materialTerms(materials),
    machines: row.machines,
    naceCodes: row.naceCodes,
    exportMarkets: row.exportMarkets,
    clusterSlugs: row.clusters.map((c) => c.cluster.slug),
    seekTypes: [...new Set(seeks.map((s) => s.type))],
    seekCapabilityCodes: vocabulary.withAncestors(seeks.flatMap((s) => s.capabilities)),
    ...descriptions,
    description_bg_latin: bgToLatin(descriptions.description_bg),
    profileQuality: profileQuality(row, descriptions, own.length, certifications.length),
  };
}

/**
 * A prior for firms the query cannot tell apart: verified by the cluster (30), described in more
 * of the five languages (6 each), certified (5 per certificate, up to 15), capabilities stated
 * (2 each, up to 10), placed on the map (5), size and founding year given (5), languages spoken
 * (1 each, up to 5). A fuller profile tells a buyer more, so it is the better first answer.
 */
function profileQuality(row: CompanyIndexRow, descriptions: Record<string, string>, capabilities: number, certificates: number): number {
  const described = Object.values(descriptions).filter((d) => d.trim().length > 0).length;
  return (
    (row.verified ? 30 : 0) +
    6 * described +
    5 * Math.min(certificates, 3) +
    2 * Math.min(capabilities, 5) +
    (row.lat !== null && row.lng !== null ? 5 : 0) +
    (row.employees !== null || row.foundedYear !== null ? 5 : 0) +
    Math.min(row.languages.length, 5)
  );
}

export function opportunityDocument(row: OpportunityIndexRow, vocabulary: SearchVocabulary): OpportunityDocument {
  const own = row.requiredCapabilities.map((c) => c.capabilityCode);
  const titles = Object.fromEntries(languages.map((l) => [`title_${l}`, text(row.title, l)]));
  const descriptions = Object.fromEntries(languages.map((l) => [`description_${l}`, text(row.description, l)]));
  const { company } = row;
  // An anonymous opportunity carries nothing that names or locates its owner beyond the country.
  const owner = row.anonymous
    ? { ownerCompanyId: null, ownerName: null, ownerNameLatin: null, _geo: null }
    : {
        ownerCompanyId: company.id,
        ownerName: company.name,
        ownerNameLatin: company.nameLatin,
        _geo: company.lat !== null && company.lng !== null ? { lat: company.lat, lng: company.lng } : null,
      };
  return {
    id: row.id,
    documentFormat,
    type: row.type,
    ...(titles as Pick<OpportunityDocument, `title_${(typeof languages)[number]}`>),
    ...(descriptions as Pick<OpportunityDocument, `description_${(typeof languages)[number]}`>),
    capabilityCodes: vocabulary.withAncestors(own),
    ownCapabilityCodes: own,
    capabilityTerms: vocabulary.capabilityTerms(own),
    certificationCodes: row.certificationsRequired.map((c) => c.certificationCode),
    targetCountries: row.targetCountries,
    openTo: row.targetCountries.length ? row.targetCountries : ["*"],
    cooperationTypes: row.cooperationTypes,
    deadlineDay: Math.floor(row.deadline.getTime() / 86_400_000),
    publishedMinute: row.publishedAt ? Math.floor(row.publishedAt.getTime() / 60_000) : 0,
    ownerCountry: company.country,
    anonymous: row.anonymous,
    ...owner,
  };
}
