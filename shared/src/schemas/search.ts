import { z } from "zod";
import { companyCardSchema } from "./company.ts";
import { countryCodeSchema, labelledCodeSchema, pageMetaSchema, uiLocaleSchema } from "./common.ts";
import { opportunityCardSchema } from "./opportunity.ts";
import { companyFacets, facetCountsShape, facetInputShape, opportunityFacets } from "./search-facets.ts";

/** Longest query we read; longer input is cut, not rejected. */
export const maxQueryLength = 300;

/** Free text from a search box: control characters removed, whitespace collapsed, length capped. */
export const searchTextSchema = z
  .string()
  .max(20_000)
  .default("")
  .transform((s) =>
    s
      // Control and invisible format characters (zero-width, bidi marks, BOM) become spaces.
      .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, maxQueryLength),
  );

/** A part of the interpretation the user removed (a chip): "capability:MACH.CNC_MILLING", "place", "radius". */
export const ignoredPartSchema = z
  .string()
  .regex(/^((capability|material|certification|country|region|company):[A-Za-z0-9_.-]{1,64}|place|radius)$/, "unknown interpretation part");

/**
 * Distance around a place when none is given: a city named in the query ("CNC Plovdiv") or the
 * search page's "near" field. Not written into URLs.
 */
export const defaultRadiusKm = 50;

export const nearSchema = z.object({
  /** A city name in any script or language ("Sofia", "София", "Wien"), or coordinates. */
  city: z.string().trim().min(1).max(100).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
  radiusKm: z.number().min(1).max(2000).default(defaultRadiusKm),
});

export const companySearchSortSchema = z.enum(["relevance", "name", "distance"]);

/** The last page a search pages to (engines count up to 10,000 hits: 500 pages of 20). */
export const maxSearchPage = 500;

export const companySearchInputSchema = z.object({
  q: searchTextSchema,
  locale: uiLocaleSchema.default("en"),
  page: z.number().int().min(1).max(maxSearchPage).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
  ...facetInputShape(companyFacets),
  near: nearSchema.optional(),
  sort: companySearchSortSchema.default("relevance"),
  ignore: z.array(ignoredPartSchema).max(20).default([]),
});
export type CompanySearchInput = z.input<typeof companySearchInputSchema>;

const recognisedSchema = z.object({ code: z.string(), label: z.string(), text: z.string() });

/** What the system understood from the query, shown as removable chips. */
export const interpretationSchema = z.object({
  capabilities: z.array(recognisedSchema),
  capabilityMode: z.enum(["all", "any"]),
  materials: z.array(recognisedSchema),
  certifications: z.array(recognisedSchema),
  countries: z.array(recognisedSchema),
  regions: z.array(recognisedSchema),
  /** Firms named in the query (code: company id; label: its name), listed first. */
  companies: z.array(recognisedSchema),
  place: z.object({ name: z.string(), nameLatin: z.string(), country: z.string(), text: z.string() }).nullable(),
  radiusKm: z.number().nullable(),
  freeText: z.string(),
});
export type Interpretation = z.infer<typeof interpretationSchema>;

export const companySearchHitSchema = companyCardSchema.extend({
  /** Field → text with matched words wrapped in <mark>…</mark>; everything else is escaped. */
  highlights: z.record(z.string(), z.string()),
  distanceKm: z.number().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  /** True when the firm meets every wish of the query (same city, all any-of capabilities). */
  exactMatch: z.boolean(),
});
export type CompanySearchHit = z.infer<typeof companySearchHitSchema>;

export const companySearchOutputSchema = pageMetaSchema.extend({
  items: z.array(companySearchHitSchema),
  interpretation: interpretationSchema,
  facets: z.object(facetCountsShape(companyFacets)),
  /** The centre used for distances, when the query or the input named one. */
  center: z.object({ lat: z.number(), lng: z.number(), label: z.string() }).nullable(),
});
export type CompanySearchOutput = z.infer<typeof companySearchOutputSchema>;

export const suggestInputSchema = z.object({ q: searchTextSchema, locale: uiLocaleSchema.default("en") });
export const suggestionSchema = z.object({
  kind: z.enum(["capability", "place", "company"]),
  /** Text to put in the search box. */
  value: z.string(),
  label: z.string(),
  /** Company slug, capability code or place name. */
  key: z.string(),
});
export const suggestOutputSchema = z.array(suggestionSchema);
export type Suggestion = z.infer<typeof suggestionSchema>;

export const matchExplanationSchema = z.object({
  coveredCapabilities: z.array(labelledCodeSchema),
  missingCapabilities: z.array(labelledCodeSchema),
  certificationsMet: z.array(labelledCodeSchema),
  distanceKm: z.number().nullable(),
  sharedLanguages: z.array(z.string()),
  reciprocity: z.array(labelledCodeSchema),
  verified: z.boolean(),
});
export type MatchExplanation = z.infer<typeof matchExplanationSchema>;

export const companyMatchSchema = z.object({
  company: companyCardSchema,
  score: z.number().int().min(0).max(100),
  explanation: matchExplanationSchema,
});
export type CompanyMatch = z.infer<typeof companyMatchSchema>;

export const opportunityMatchSchema = z.object({
  opportunity: opportunityCardSchema,
  score: z.number().int().min(0).max(100),
  explanation: matchExplanationSchema,
});
export type OpportunityMatch = z.infer<typeof opportunityMatchSchema>;

export const matchForOpportunityInputSchema = z.object({
  id: z.string().trim().min(1).max(60),
  locale: uiLocaleSchema.default("en"),
  limit: z.number().int().min(1).max(50).default(10),
});

export const matchForCompanyInputSchema = z.object({
  idOrSlug: z.string().trim().min(1).max(120),
  locale: uiLocaleSchema.default("en"),
  limit: z.number().int().min(1).max(50).default(10),
});

export const matchForCompanyOutputSchema = z.object({
  opportunities: z.array(opportunityMatchSchema),
  partners: z.array(companyMatchSchema),
  /**
   * What the partners were matched on: what the company looks for ("seeks"), or, when it lists
   * nothing it looks for, what it offers itself ("offers": firms of a similar profile).
   */
  partnersBasis: z.enum(["seeks", "offers"]),
});
export type MatchForCompanyOutput = z.infer<typeof matchForCompanyOutputSchema>;

/** The orders of the opportunity search ("relevance" needs words to rank by). */
export const opportunitySorts = ["relevance", "deadline", "newest"] as const;
export type OpportunitySort = (typeof opportunitySorts)[number];

export const opportunitySearchInputSchema = z.object({
  q: searchTextSchema,
  locale: uiLocaleSchema.default("en"),
  page: z.number().int().min(1).max(maxSearchPage).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
  ...facetInputShape(opportunityFacets),
  /** Opportunities open to partners from this country (including those open to anywhere). */
  openTo: countryCodeSchema.optional(),
  /** relevance: best match to the words; deadline: soonest first; newest: latest published first. */
  sort: z.enum(opportunitySorts).default("relevance"),
  ignore: z.array(ignoredPartSchema).max(20).default([]),
});
export type OpportunitySearchInput = z.input<typeof opportunitySearchInputSchema>;

export const opportunitySearchOutputSchema = pageMetaSchema.extend({
  items: z.array(opportunityCardSchema),
  interpretation: interpretationSchema,
  facets: z.object(facetCountsShape(opportunityFacets)),
});
export type OpportunitySearchOutput = z.infer<typeof opportunitySearchOutputSchema>;
