import type { CompanyCard } from "@cluster-match/shared";
import { summarize } from "../companies/summary.ts";
import type { Vocabulary } from "@cluster-match/shared";
import type { CompanyDocument } from "../search-index/documents.ts";

/** The directory card of a company, built from its search document in the reader's language. */
export function companyCardFromDocument(doc: CompanyDocument, vocabulary: Vocabulary): CompanyCard {
  const summary = summarize(
    { bg: doc.description_bg, en: doc.description_en, de: doc.description_de, pl: doc.description_pl, hu: doc.description_hu },
    vocabulary.locale,
  );
  return {
    id: doc.id,
    slug: doc.slug,
    name: doc.name,
    nameLatin: doc.nameLatin,
    legalForm: doc.legalForm,
    country: doc.country,
    city: doc.city,
    cityLatin: doc.cityLatin,
    size: doc.size as CompanyCard["size"],
    employees: doc.employees,
    verified: doc.verified,
    capabilities: doc.ownCapabilityCodes.map((c) => vocabulary.capability(c)),
    certifications: doc.certificationCodes.map((c) => vocabulary.certification(c)),
    summary,
  };
}
