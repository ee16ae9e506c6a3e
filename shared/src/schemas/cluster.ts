import { z } from "zod";
import { displayName } from "../text-safety.ts";
import { countryCodeSchema } from "./common.ts";

/** A record of clusters.json. */
export const clusterImportSchema = z.object({
  externalId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: z.object({ local: displayName(z.string().trim().min(1).max(300)), en: displayName(z.string().trim().min(1).max(300)) }),
  country: countryCodeSchema,
  city: z.string().trim().min(1).max(100),
  cityLatin: z.string().trim().min(1).max(100),
  website: z.url().max(300).optional(),
  managedBy: z.object({ local: displayName(z.string().trim().min(1).max(300)), en: displayName(z.string().trim().min(1).max(300)) }),
});
export type ClusterImport = z.infer<typeof clusterImportSchema>;

export const clusterSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  nameLocal: z.string(),
  country: z.string(),
  city: z.string(),
  cityLatin: z.string(),
  memberCount: z.number().int(),
});
export type ClusterSummary = z.infer<typeof clusterSummarySchema>;

export const clusterDetailSchema = clusterSummarySchema.extend({
  nameEn: z.string(),
  website: z.string().nullable(),
  managedBy: z.string(),
  managedByEn: z.string(),
  managedByLocal: z.string(),
  membersByCountry: z.array(z.object({ country: z.string(), count: z.number().int() })),
});
export type ClusterDetail = z.infer<typeof clusterDetailSchema>;

export const clusterGetInputSchema = z.object({ idOrSlug: z.string().trim().min(1).max(100), locale: z.enum(["bg", "en", "de"]).default("en") });
