import { z } from "zod";
import { cooperationTypes, opportunityStatuses, opportunityTypes } from "../enums.ts";
import {
  capabilityCodeSchema,
  certificationCodeSchema,
  countryCodeSchema,
  labelledCodeSchema,
  localizedTextSchema,
  localizedValueSchema,
  pageMetaSchema,
  paginationInputSchema,
  uiLocaleSchema,
} from "./common.ts";

const isoDateSchema = z.iso.date();

/** A record of opportunities.jsonl. */
export const opportunityImportSchema = z
  .object({
    externalId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
    companyExternalId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
    type: z.enum(opportunityTypes),
    title: localizedTextSchema,
    description: localizedTextSchema,
    requiredCapabilities: z.array(capabilityCodeSchema).min(1).max(10),
    targetCountries: z.array(countryCodeSchema).max(40).default([]),
    certificationsRequired: z.array(certificationCodeSchema).max(20).default([]),
    cooperationTypes: z.array(z.enum(cooperationTypes)).min(1).max(7),
    anonymous: z.boolean().default(false),
    deadline: isoDateSchema,
  })
  .superRefine((o, ctx) => {
    const missing = Object.keys(o.title).filter((lang) => !(lang in o.description));
    if (missing.length > 0) {
      ctx.addIssue({ code: "custom", path: ["description"], message: `description lacks languages of the title: ${missing.join(", ")}` });
    }
  });
export type OpportunityImport = z.infer<typeof opportunityImportSchema>;

export const opportunityListInputSchema = paginationInputSchema.extend({
  locale: uiLocaleSchema.default("en"),
  types: z.array(z.enum(opportunityTypes)).max(6).default([]),
  capability: capabilityCodeSchema.optional(),
  country: countryCodeSchema.optional(),
  companyId: z.string().trim().min(1).max(60).optional(),
  /** deadline: soonest first; newest: latest published first. */
  sort: z.enum(["deadline", "newest"]).default("deadline"),
});
export type OpportunityListInput = z.input<typeof opportunityListInputSchema>;

/** The owner as shown to the public: null while the opportunity is anonymous. */
export const opportunityOwnerSchema = z
  .object({ id: z.string(), slug: z.string(), name: z.string(), nameLatin: z.string(), city: z.string(), cityLatin: z.string() })
  .nullable();

export const opportunityCardSchema = z.object({
  id: z.string(),
  type: z.enum(opportunityTypes),
  status: z.enum(opportunityStatuses),
  title: localizedValueSchema,
  owner: opportunityOwnerSchema,
  ownerCountry: z.string(),
  anonymous: z.boolean(),
  requiredCapabilities: z.array(labelledCodeSchema),
  targetCountries: z.array(z.string()),
  cooperationTypes: z.array(z.enum(cooperationTypes)),
  deadline: z.string(),
});
export type OpportunityCard = z.infer<typeof opportunityCardSchema>;

export const opportunityListOutputSchema = pageMetaSchema.extend({ items: z.array(opportunityCardSchema) });
export type OpportunityListOutput = z.infer<typeof opportunityListOutputSchema>;

export const opportunityGetInputSchema = z.object({ id: z.string().trim().min(1).max(60), locale: uiLocaleSchema.default("en") });

export const opportunityDetailSchema = opportunityCardSchema.extend({
  description: localizedValueSchema,
  certificationsRequired: z.array(labelledCodeSchema),
  publishedAt: z.string().nullable(),
});
export type OpportunityDetail = z.infer<typeof opportunityDetailSchema>;




