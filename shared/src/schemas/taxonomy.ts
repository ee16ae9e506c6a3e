import { z } from "zod";
import {
  capabilityCodeSchema,
  certificationCodeSchema,
  contentLanguageSchema,
  materialCodeSchema,
  uiLocaleSchema,
} from "./common.ts";

const labelsSchema = z
  .partialRecord(contentLanguageSchema, z.string().trim().min(1).max(200))
  .refine((v) => typeof v.en === "string", "an English label is required");
const synonymsSchema = z.partialRecord(contentLanguageSchema, z.array(z.string().trim().min(1).max(200)).max(100));

/** A record of taxonomy.json. */
export const taxonomyTermImportSchema = z.object({
  code: capabilityCodeSchema,
  group: z.string().regex(/^[A-Z]+$/),
  parent: capabilityCodeSchema.nullable(),
  labels: labelsSchema,
  synonyms: synonymsSchema.default({}),
});
export type TaxonomyTermImport = z.infer<typeof taxonomyTermImportSchema>;

/** A record of materials.json. */
export const materialImportSchema = z.object({
  code: materialCodeSchema,
  labels: labelsSchema,
  synonyms: synonymsSchema.default({}),
});
export type MaterialImport = z.infer<typeof materialImportSchema>;

/** A record of certifications.json. */
export const certificationImportSchema = z.object({
  code: certificationCodeSchema,
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(2000).default(""),
});
export type CertificationImport = z.infer<typeof certificationImportSchema>;

export const localeInputSchema = z.object({ locale: uiLocaleSchema.default("en") });

export const taxonomyTermSchema = z.object({
  code: z.string(),
  group: z.string(),
  parentCode: z.string().nullable(),
  isGroup: z.boolean(),
  label: z.string(),
});
export type TaxonomyTerm = z.infer<typeof taxonomyTermSchema>;

export const taxonomyOutputSchema = z.object({
  capabilities: z.array(taxonomyTermSchema),
  certifications: z.array(z.object({ code: z.string(), name: z.string(), description: z.string() })),
  materials: z.array(z.object({ code: z.string(), label: z.string() })),
});
export type TaxonomyOutput = z.infer<typeof taxonomyOutputSchema>;
