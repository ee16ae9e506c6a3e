/**
 * What the search index holds. Documents are denormalised so that a firm described only in
 * Bulgarian is still found from German, Polish or Hungarian: every capability, material and
 * certification brings its labels and synonyms in all five languages, and Cyrillic names and
 * cities come with their Latin transliteration.
 */

/**
 * The shape of the documents this code writes. Raise it whenever a field is added or its meaning
 * changes: a Meilisearch index holding documents of another format is rebuilt at start.
 */
export const documentFormat = 4;

export interface CompanyDocument {
  id: string;
  /** documentFormat at the time of writing (absent before format 2). */
  documentFormat?: number;
  /**
   * How complete and trustworthy the profile is, 0–100 (profileQuality in document-builder.ts):
   * among firms the query ranks alike, the fuller profile first, before the id decides.
   */
  profileQuality?: number;
  slug: string;
  name: string;
  nameLatin: string;
  legalForm: string;
  country: string;
  /** The country's name in all five languages (and adjectives), for free-text matches. */
  countryNames: string[];
  city: string;
  cityLatin: string;
  region: string | null;
  /** The NUTS-2 code and its NUTS-1 prefix ("DED2", "DED"): a region filter matches either level. */
  regionCodes: string[];
  _geo: { lat: number; lng: number } | null;
  size: string | null;
  employees: number | null;
  foundedYear: number | null;
  verified: boolean;
  languages: string[];
  /** Own capabilities and all their ancestors: "has X" is `capabilityCodes` containing X. */
  capabilityCodes: string[];
  /** Own capabilities only, main ones first (for display and facets). */
  ownCapabilityCodes: string[];
  /**
   * The firm's main trade: its first own capabilities (see centralCapabilityCount) with their
   * ancestors. A firm asked for one of them is central to the query; one listing it further down
   * does it on the side.
   */
  centralCapabilityCodes: string[];
  /** Labels and synonyms of the own capabilities in bg, en, de, pl, hu. */
  capabilityTerms: string[];
  certificationCodes: string[];
  certificationNames: string[];
  materialCodes: string[];
  materialTerms: string[];
  machines: string[];
  naceCodes: string[];
  exportMarkets: string[];
  clusterSlugs: string[];
  seekTypes: string[];
  /** Capabilities the company looks for in partners (with ancestors). */
  seekCapabilityCodes: string[];
  description_bg: string;
  description_en: string;
  description_de: string;
  description_pl: string;
  description_hu: string;
  /** The Bulgarian description in Latin letters, for queries typed without Cyrillic. */
  description_bg_latin: string;
}

export interface OpportunityDocument {
  id: string;
  documentFormat?: number;
  type: string;
  title_bg: string;
  title_en: string;
  title_de: string;
  title_pl: string;
  title_hu: string;
  description_bg: string;
  description_en: string;
  description_de: string;
  description_pl: string;
  description_hu: string;
  /** Required capabilities and their ancestors. */
  capabilityCodes: string[];
  ownCapabilityCodes: string[];
  capabilityTerms: string[];
  certificationCodes: string[];
  targetCountries: string[];
  /** Countries a partner may come from: the targets, or "*" when open to anywhere. */
  openTo: string[];
  cooperationTypes: string[];
  /** Deadline as days since 1970-01-01 (sortable and filterable as a number). */
  deadlineDay: number;
  /** Publication time in minutes since 1970-01-01 (sortable: newest first); 0 when never published. */
  publishedMinute: number;
  ownerCountry: string;
  anonymous: boolean;
  /** Null for anonymous opportunities: the owner is never indexed in any field. */
  ownerCompanyId: string | null;
  ownerName: string | null;
  ownerNameLatin: string | null;
  _geo: { lat: number; lng: number } | null;
}

/** How many of a firm's capabilities, in its own order, are its main trade (centralCapabilityCodes). */
export const centralCapabilityCount = 2;

/** Fields that filters, facets and sorting may use, per index (Meilisearch must declare them). */
export const filterableFields = {
  companies: [
    "id", "country", "city", "cityLatin", "region", "regionCodes", "size", "employees", "foundedYear", "verified", "languages",
    "capabilityCodes", "ownCapabilityCodes", "centralCapabilityCodes", "certificationCodes", "materialCodes", "clusterSlugs",
    "seekTypes", "seekCapabilityCodes", "exportMarkets", "_geo", "documentFormat",
  ],
  opportunities: [
    "type", "capabilityCodes", "ownCapabilityCodes", "certificationCodes", "targetCountries", "openTo",
    "cooperationTypes", "deadlineDay", "ownerCountry", "anonymous", "ownerCompanyId", "_geo", "documentFormat",
  ],
} as const;

export const sortableFields = {
  companies: ["nameLatin", "employees", "foundedYear", "_geo"],
  opportunities: ["deadlineDay", "publishedMinute", "_geo"],
} as const;

/** Fields a ranking search may prefer values of (SearchRequest.prefer). */
export const preferableFields = {
  companies: ["centralCapabilityCodes"],
  opportunities: [],
} as const satisfies Record<string, readonly (typeof filterableFields)[keyof typeof filterableFields][number][]>;

/** Searchable fields in order of importance. */
export const searchableFields = {
  companies: [
    "capabilityTerms", "name", "nameLatin", "city", "cityLatin", "materialTerms", "certificationNames",
    "description_bg", "description_en", "description_de", "description_pl", "description_hu",
    "description_bg_latin", "machines", "countryNames",
  ],
  opportunities: [
    "capabilityTerms", "title_bg", "title_en", "title_de", "title_pl", "title_hu",
    "description_bg", "description_en", "description_de", "description_pl", "description_hu", "ownerName", "ownerNameLatin",
  ],
} as const;
