import { pickLocalized, type CompanyCard } from "@cluster-match/shared";
import type { Vocabulary } from "../taxonomy/vocabulary.ts";
import type { CompanyDocument } from "./documents.ts";

const SUMMARY_MAX = 280;

/** The directory card of a company, built from its search document in the reader's language. */
export function companyCardFromDocument(doc: CompanyDocument, vocabulary: Vocabulary): CompanyCard {
  const picked = pickLocalized(
    { bg: doc.description_bg, en: doc.description_en, de: doc.description_de, pl: doc.description_pl, hu: doc.description_hu },
    vocabulary.locale,
  );
  const summary =
    picked && picked.text.length > SUMMARY_MAX
      ? { lang: picked.lang, text: `${picked.text.slice(0, picked.text.lastIndexOf(" ", SUMMARY_MAX))}…` }
      : picked;
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
