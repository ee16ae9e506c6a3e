import { z } from "zod";
import { displayName } from "../text-safety.ts";
import { countryCodeSchema, pageMetaSchema, paginationInputSchema, uiLocaleSchema } from "./common.ts";

/** A gazetteer place id (GeoNames). */
export const placeIdSchema = z.number().int().positive().max(2_147_483_647);

export const placeSuggestInputSchema = z.object({
  q: displayName(z.string().trim().min(1).max(80)),
  country: countryCodeSchema.optional(),
  locale: uiLocaleSchema,
});

export const placeSchema = z.object({
  placeId: placeIdSchema,
  /** In the reader's script: Cyrillic for Bulgarian readers of Bulgarian places. */
  name: z.string(),
  /** In the place's own script (Cyrillic for Bulgarian places): what a firm's city holds. */
  nameLocal: z.string(),
  nameLatin: z.string(),
  country: z.string(),
  /** NUTS 2 code. */
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  lat: z.number(),
  lng: z.number(),
  population: z.number().int(),
});
export type PlaceSuggestion = z.infer<typeof placeSchema>;

export const placeSuggestOutputSchema = z.array(placeSchema);

export const placeResolveInputSchema = z.object({ placeId: placeIdSchema, locale: uiLocaleSchema });
export const placeResolveOutputSchema = placeSchema.nullable();

// ---- the managers' data-quality view ------------------------------------------------------

export const dataQualityIssues = ["no_coordinates", "no_foreign_description", "no_contact", "no_members"] as const;
export type DataQualityIssue = (typeof dataQualityIssues)[number];

const dataQualityListShape = {
  issue: z.enum(dataQualityIssues),
  ...paginationInputSchema.shape,
};

/** A cluster's firms (its managers and admins). */
export const dataQualityInputSchema = z.object({ clusterId: z.string().trim().min(1).max(60), ...dataQualityListShape });
/** Every firm (admins only). */
export const dataQualityAllInputSchema = z.object(dataQualityListShape);

export const dataQualityOutputSchema = z.object({
  /** How many of the firms have each issue. */
  counts: z.record(z.enum(dataQualityIssues), z.number().int()),
  /** Firms looked at (published, in review, suspended: not drafts or archived ones). */
  total: z.number().int(),
  items: z.array(
    z.object({
      companyId: z.string(),
      slug: z.string(),
      name: z.string(),
      nameLatin: z.string(),
      country: z.string(),
      city: z.string(),
      cityLatin: z.string(),
      status: z.enum(["PUBLISHED", "PENDING_REVIEW", "SUSPENDED"]),
    }),
  ),
  meta: pageMetaSchema,
});
export type DataQualityOutput = z.infer<typeof dataQualityOutputSchema>;
