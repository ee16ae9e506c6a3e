import { z } from "zod";
import { companySizes } from "../company-size.ts";
import { seekTypes } from "../enums.ts";
import { checkRegistryId } from "../registry-id.ts";
import { displayName } from "../text-safety.ts";
import {
  capabilityCodeSchema,
  certificationCodeSchema,
  countryCodeSchema,
  labelledCodeSchema,
  languageCodeSchema,
  localizedTextSchema,
  localizedValueSchema,
  materialCodeSchema,
  pageMetaSchema,
  paginationInputSchema,
  uiLocaleSchema,
} from "./common.ts";

export const seekSchema = z.object({
  type: z.enum(seekTypes),
  capabilities: z.array(capabilityCodeSchema).max(20),
  countries: z.array(countryCodeSchema).max(40).default([]),
});
export type Seek = z.infer<typeof seekSchema>;

const registryIdMessages = {
  format: "registry id has the wrong format for its country (EIK: 9 digits; VAT: country prefix and digits)",
  checksum: "registry id check digit is wrong",
  country_prefix: "VAT id prefix does not match the company's country",
} as const;

/** A record of companies.jsonl: the import format, validated field by field. */
export const companyImportSchema = z
  .object({
    externalId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
    name: displayName(z.string().trim().min(2).max(200)),
    nameLatin: displayName(z.string().trim().min(2).max(200).regex(/^[^\u0400-\u04FF]*$/, "Latin form must not contain Cyrillic")),
    legalForm: displayName(z.string().trim().min(1).max(40)),
    country: countryCodeSchema,
    registryId: z.string().trim().min(4).max(20),
    city: displayName(z.string().trim().min(1).max(100)),
    cityLatin: displayName(z.string().trim().min(1).max(100)),
    region: z.string().regex(/^[A-Z]{2}[A-Z0-9]{1,3}$/, "NUTS code expected").optional(),
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
    website: z.url({ protocol: /^https?$/ }).max(300).optional(),
    foundedYear: z.number().int().min(1800).max(new Date().getFullYear()).optional(),
    employees: z.number().int().min(1).max(1_000_000).optional(),
    languages: z.array(languageCodeSchema).max(20).default([]),
    capabilities: z.array(capabilityCodeSchema).min(1).max(30),
    certifications: z.array(certificationCodeSchema).max(30).default([]),
    materials: z.array(materialCodeSchema).max(30).default([]),
    machines: z.array(displayName(z.string().trim().min(1).max(200))).max(100).default([]),
    naceCodes: z.array(z.string().regex(/^\d{2}(\.\d{1,2})?$/, "NACE code like 25.62 expected")).max(10).default([]),
    exportMarkets: z.array(countryCodeSchema).max(60).default([]),
    clusterId: z.string().max(40).nullable().default(null),
    verified: z.boolean().default(false),
    description: localizedTextSchema,
    seeks: z.array(seekSchema).max(20).default([]),
  })
  .superRefine((c, ctx) => {
    const problem = checkRegistryId(c.country, c.registryId);
    if (problem) ctx.addIssue({ code: "custom", path: ["registryId"], message: registryIdMessages[problem] });
    if ((c.lat === undefined) !== (c.lng === undefined)) {
      ctx.addIssue({ code: "custom", path: ["lat"], message: "lat and lng go together" });
    }
  });
export type CompanyImport = z.infer<typeof companyImportSchema>;

export const companyListInputSchema = paginationInputSchema.extend({
  locale: uiLocaleSchema.default("en"),
  countries: z.array(countryCodeSchema).max(20).default([]),
  cluster: z.string().trim().min(1).max(100).optional(),
  capability: capabilityCodeSchema.optional(),
  certification: certificationCodeSchema.optional(),
});
export type CompanyListInput = z.input<typeof companyListInputSchema>;

export const companyCardSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  nameLatin: z.string(),
  legalForm: z.string(),
  country: z.string(),
  city: z.string(),
  cityLatin: z.string(),
  size: z.enum(companySizes).nullable(),
  employees: z.number().int().nullable(),
  verified: z.boolean(),
  capabilities: z.array(labelledCodeSchema),
  certifications: z.array(labelledCodeSchema),
  summary: localizedValueSchema.nullable(),
});
export type CompanyCard = z.infer<typeof companyCardSchema>;

export const companyListOutputSchema = pageMetaSchema.extend({ items: z.array(companyCardSchema) });
export type CompanyListOutput = z.infer<typeof companyListOutputSchema>;

export const companyGetInputSchema = z.object({
  idOrSlug: z.string().trim().min(1).max(120),
  locale: uiLocaleSchema.default("en"),
});

export const companyDetailSchema = companyCardSchema.extend({
  registryId: z.string(),
  region: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  website: z.string().nullable(),
  foundedYear: z.number().int().nullable(),
  languages: z.array(z.string()),
  machines: z.array(z.string()),
  naceCodes: z.array(z.string()),
  exportMarkets: z.array(z.string()),
  materials: z.array(labelledCodeSchema),
  descriptions: z.array(localizedValueSchema),
  seeks: z.array(z.object({ type: z.enum(seekTypes), capabilities: z.array(labelledCodeSchema), countries: z.array(z.string()) })),
  clusters: z.array(z.object({ slug: z.string(), name: z.string() })),
  updatedAt: z.string(),
  /** `/files/logos/…` of the published logo, or null. */
  logoUrl: z.string().nullable(),
  /** Only for signed-in users; null for visitors (the website stays public). */
  contacts: z.object({ email: z.string().nullable(), phone: z.string().nullable() }).nullable(),
});
export type CompanyDetail = z.infer<typeof companyDetailSchema>;
