import { z } from "zod";
import { displayName } from "../text-safety.ts";
import { companySearchInputSchema, opportunitySearchInputSchema } from "./search.ts";

export const savedSearchKinds = ["COMPANIES", "OPPORTUNITIES"] as const;
export type SavedSearchKind = (typeof savedSearchKinds)[number];
export const digestFrequencies = ["NONE", "DAILY", "WEEKLY"] as const;
export type DigestFrequency = (typeof digestFrequencies)[number];

/** How many searches one user may keep. */
export const maxSavedSearches = 50;

export const savedSearchNameSchema = displayName(z.string().trim().min(1).max(100));
export const digestFrequencySchema = z.enum(digestFrequencies);

/** The stored query is exactly what the search procedure of its kind takes. */
export const savedSearchQuerySchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("COMPANIES"), query: companySearchInputSchema }),
  z.object({ kind: z.literal("OPPORTUNITIES"), query: opportunitySearchInputSchema }),
]);

export const createSavedSearchInputSchema = z.intersection(
  z.object({ name: savedSearchNameSchema, frequency: digestFrequencySchema.default("WEEKLY") }),
  savedSearchQuerySchema,
);
export type CreateSavedSearchInput = z.input<typeof createSavedSearchInputSchema>;

export const updateSavedSearchInputSchema = z.object({
  id: z.string().trim().min(1).max(60),
  data: z.object({
    name: savedSearchNameSchema.optional(),
    frequency: digestFrequencySchema.optional(),
    /** A new query of the search's kind (checked against that kind's schema). */
    query: z.record(z.string(), z.unknown()).optional(),
  }),
});
export const savedSearchIdInputSchema = z.object({ id: z.string().trim().min(1).max(60) });

export const savedSearchSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(savedSearchKinds),
  /** The search input as stored (see search.companies / search.opportunities). */
  query: z.record(z.string(), z.unknown()),
  frequency: digestFrequencySchema,
  lastDigestAt: z.string().nullable(),
  createdAt: z.string(),
});
export type SavedSearch = z.infer<typeof savedSearchSchema>;
export const savedSearchListSchema = z.array(savedSearchSchema);
