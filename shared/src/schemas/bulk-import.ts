import { z } from "zod";
import { displayName } from "../text-safety.ts";

// Bulk import of a partner cluster's members (router `imports`): a CSV or JSON file, checked row
// by row, committed all-or-nothing.

/** Largest file accepted (bytes of UTF-8): larger ones are refused with FILE_TOO_LARGE. */
export const bulkImportMaxBytes = 2 * 1024 * 1024;
/** Most rows in one file. */
export const bulkImportMaxRows = 5000;

export const bulkImportFormats = ["CSV", "JSON"] as const;
export type BulkImportFormat = (typeof bulkImportFormats)[number];

/**
 * The documented CSV columns, in template order. Lists (languages … exportMarkets) are separated
 * by ";". Columns that are not listed here are reported as ignored.
 */
export const bulkImportCsvColumns = [
  "externalId",
  "name",
  "nameLatin",
  "legalForm",
  "country",
  "registryId",
  "city",
  "cityLatin",
  // No region and no coordinates: the gazetteer derives them from city and country (server/src/places).
  "website",
  "email",
  "phone",
  "employees",
  "foundedYear",
  "languages",
  "capabilities",
  "certifications",
  "materials",
  "machines",
  "naceCodes",
  "exportMarkets",
  "description_bg",
  "description_en",
  "description_de",
  "description_pl",
  "description_hu",
] as const;
export type BulkImportCsvColumn = (typeof bulkImportCsvColumns)[number];
/** CSV columns holding lists. */
export const bulkImportListColumns = ["languages", "capabilities", "certifications", "materials", "machines", "naceCodes", "exportMarkets"] as const;
/** Columns a file must have (the rest may be left out). */
export const bulkImportRequiredColumns = ["externalId", "name", "legalForm", "country", "registryId", "city", "capabilities"] as const;

export const bulkImportInputSchema = z.object({
  clusterId: z.string().trim().min(1).max(60),
  fileName: displayName(z.string().trim().min(1).max(200)),
  format: z.enum(bulkImportFormats),
  // The byte limit is checked by the service (FILE_TOO_LARGE); this only bounds what is parsed at all.
  content: z.string().max(bulkImportMaxBytes * 4),
});
export type BulkImportInput = z.infer<typeof bulkImportInputSchema>;

export const bulkImportActions = ["create", "update", "unchanged", "error"] as const;
export type BulkImportAction = (typeof bulkImportActions)[number];

/** Why a row (or a field of it) is refused; the SPA translates the code and shows `message` as detail. */
export const bulkImportErrorCodes = [
  /** The value does not fit the field (format, length, check digit …): `message` says how. */
  "invalid",
  /** A capability, certification or material code that does not exist. */
  "unknown_code",
  /** The same registry id or external id appears in an earlier row of the file. */
  "duplicate_in_file",
  /** A firm with this registry id exists on the platform and is not a member of this cluster. */
  "registry_id_elsewhere",
  /** The firm with this registry id was archived (merged or closed); an admin must decide. */
  "archived",
  /** The external id belongs to another firm. */
  "external_id_taken",
  /** The row itself is broken (CSV fields missing or too many, not a JSON object). */
  "malformed_row",
  /** A firm with a very similar name is already registered in the same city (as registration checks). */
  "similar_name",
] as const;
export type BulkImportErrorCode = (typeof bulkImportErrorCodes)[number];

export const bulkImportRowErrorSchema = z.object({
  field: z.string(),
  code: z.enum(bulkImportErrorCodes),
  message: z.string(),
});
export type BulkImportRowError = z.infer<typeof bulkImportRowErrorSchema>;

/** What an importable row lacks: it is imported all the same. */
export const bulkImportWarningCodes = [
  /** The city is not in the gazetteer for the row's country: the firm has no map position. */
  "place_not_found",
] as const;
export const bulkImportRowWarningSchema = z.object({
  field: z.string(),
  code: z.enum(bulkImportWarningCodes),
  message: z.string(),
});
export type BulkImportRowWarning = z.infer<typeof bulkImportRowWarningSchema>;

export const bulkImportRowSchema = z.object({
  /** CSV: the line in the file where the record starts (the header is line 1). JSON: the array position, from 1. */
  row: z.number().int(),
  action: z.enum(bulkImportActions),
  name: z.string(),
  registryId: z.string().nullable(),
  externalId: z.string().nullable(),
  /** The firm this row created or updates (after a commit, or the existing firm on a preview). */
  companyId: z.string().nullable(),
  errors: z.array(bulkImportRowErrorSchema),
  /** Reported, not refused (a city the gazetteer does not know). Older reports have none. */
  warnings: z.array(bulkImportRowWarningSchema).default([]),
});
export type BulkImportRow = z.infer<typeof bulkImportRowSchema>;

export const bulkImportTotalsSchema = z.object({
  rows: z.number().int(),
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  error: z.number().int(),
});
export type BulkImportTotals = z.infer<typeof bulkImportTotalsSchema>;

export const bulkImportReportSchema = z.object({
  batchId: z.string(),
  fileName: z.string(),
  format: z.enum(bulkImportFormats),
  dryRun: z.boolean(),
  /** True when the companies were written; a commit with any error writes none. */
  committed: z.boolean(),
  /** Problems of the whole file (not valid JSON, missing columns …): nothing can be imported. */
  fileErrors: z.array(z.string()),
  /** Header columns that are not documented, so their values were not read. */
  ignoredColumns: z.array(z.string()),
  rows: z.array(bulkImportRowSchema),
  totals: bulkImportTotalsSchema,
});
export type BulkImportReport = z.infer<typeof bulkImportReportSchema>;

export const bulkImportHistoryInputSchema = z.object({ clusterId: z.string().trim().min(1).max(60) });
export const bulkImportHistoryOutputSchema = z.array(
  z.object({
    id: z.string(),
    fileName: z.string(),
    format: z.enum(bulkImportFormats),
    dryRun: z.boolean(),
    committed: z.boolean(),
    rowCount: z.number().int(),
    createdCount: z.number().int(),
    updatedCount: z.number().int(),
    errorCount: z.number().int(),
    createdAt: z.string(),
    userName: z.string().nullable(),
  }),
);
export type BulkImportHistory = z.infer<typeof bulkImportHistoryOutputSchema>;
