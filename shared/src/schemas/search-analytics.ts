import { z } from "zod";
import { companySearchOutputSchema } from "./search.ts";

// Schemas of the search analytics (router `searchAnalytics`, and the search log id that
// `search.companies` returns so the page can report which result was opened).

const idSchema = z.string().trim().min(1).max(60);

/** The company search as the API answers it: the search's log row, to report a click on (null when not logged). */
export const companySearchApiOutputSchema = companySearchOutputSchema.extend({ searchLogId: z.string().nullable() });
export type CompanySearchApiOutput = z.infer<typeof companySearchApiOutputSchema>;

/**
 * A result opened from the results of a logged search. The position is the server's: where the
 * firm stood among the results that search showed.
 */
export const searchClickInputSchema = z.object({ searchLogId: idSchema, companyId: idSchema });
export type SearchClickInput = z.infer<typeof searchClickInputSchema>;
/** `recorded` is false when the search already has its click (only the first one counts). */
export const searchClickOutputSchema = z.object({ recorded: z.boolean() });

/** The periods the analytics page offers, in days. */
export const searchAnalyticsPeriods = [7, 30, 90] as const;
export type SearchAnalyticsPeriod = (typeof searchAnalyticsPeriods)[number];
/** "Few results": at most this many firms found. */
export const fewResultsLimit = 3;

export const searchAnalyticsInputSchema = z.object({
  days: z.union([z.literal(7), z.literal(30), z.literal(90)]).default(30),
});
export type SearchAnalyticsInput = z.input<typeof searchAnalyticsInputSchema>;

/** Searches of one normalized text. */
export const searchQueryGroupSchema = z.object({
  normalized: z.string(),
  /** The most recent query of the group as it was typed. */
  example: z.string(),
  count: z.number().int(),
  /** Interface languages it was searched in. */
  locales: z.array(z.string()),
  lastSeen: z.string(),
  /** The most firms one of its searches found (0 in the zero-results list). */
  maxResults: z.number().int(),
});
export type SearchQueryGroup = z.infer<typeof searchQueryGroupSchema>;

export const unreadWordSchema = z.object({
  word: z.string(),
  count: z.number().int(),
  /** The most recent query that left it unread. */
  example: z.string(),
  lastSeen: z.string(),
});
export type UnreadWord = z.infer<typeof unreadWordSchema>;

export const searchAnalyticsOutputSchema = z.object({
  days: z.number().int(),
  since: z.string(),
  /** Logged searches in the period. */
  searches: z.number().int(),
  zeroResults: z.array(searchQueryGroupSchema),
  fewResults: z.array(searchQueryGroupSchema),
  unreadWords: z.array(unreadWordSchema),
});
export type SearchAnalytics = z.infer<typeof searchAnalyticsOutputSchema>;
