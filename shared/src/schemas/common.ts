import { z } from "zod";
import { contentLanguages, uiLocales } from "../i18n.ts";
import { safeText } from "../text-safety.ts";

export const uiLocaleSchema = z.enum(uiLocales);
export const contentLanguageSchema = z.enum(contentLanguages);
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2 code expected");
export const languageCodeSchema = z.string().regex(/^[a-z]{2}$/, "ISO 639-1 code expected");
export const capabilityCodeSchema = z.string().regex(/^[A-Z]+(\.[A-Z0-9_]+)?$/, "capability code expected").max(64);
export const certificationCodeSchema = z.string().regex(/^[A-Z0-9_]+$/, "certification code expected").max(64);
export const materialCodeSchema = z.string().regex(/^[a-z_]+$/, "material code expected").max(64);

/** Language → text, at least one non-empty entry. */
export const localizedTextSchema = z
  .partialRecord(contentLanguageSchema, safeText(z.string().trim().min(1).max(10_000)))
  .refine((value) => Object.keys(value).length > 0, "at least one language is required");

export const paginationInputSchema = z.object({
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

export const pageMetaSchema = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  pageCount: z.number().int(),
});

/** Page metadata for a paginated list. */
export function pageMeta(total: number, page: number, pageSize: number) {
  return { total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

export const labelledCodeSchema = z.object({ code: z.string(), label: z.string() });
export type LabelledCode = z.infer<typeof labelledCodeSchema>;

export const localizedValueSchema = z.object({ text: z.string(), lang: z.string() });
