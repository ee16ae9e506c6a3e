import {
  checkRegistryId,
  companyImportSchema,
  normalizeRegistryId,
  type BulkImportFormat,
  type BulkImportRow,
  type BulkImportRowError,
  type BulkImportRowWarning,
  type BulkImportTotals,
  type CompanyImport,
} from "@cluster-match/shared";
import { z } from "zod";
import { cityKey, isProbableDuplicate } from "../companies/duplicate-names.ts";
import type { CompanyContactColumns, CompanyProfileColumns } from "../db/company-select.ts";
import { locate } from "../places/places.service.ts";
import { companyRecordFields } from "./company-record.ts";
import { canonicalJson } from "./import-runner.ts";
import type { RawRow } from "./bulk-import.parse.ts";

/**
 * What a bulk import sets on a firm, in canonical form. A file sets exactly the fields its
 * format carries: CSV has no coordinates and no "seeks", so an update from CSV keeps those;
 * `verified` (set by admins) and `clusterId` (the importing cluster) are never taken from a file.
 */
export type BulkState = Omit<CompanyProfileColumns, "description" | "lat" | "lng" | "seeks"> &
  CompanyContactColumns & {
    registryId: string;
    country: string;
    description: Record<string, string>;
    capabilities: string[];
    certifications: string[];
    materials: string[];
    /** JSON only. */
    lat?: number | null;
    lng?: number | null;
    seeks?: unknown[];
  };

export type BulkFields = Omit<BulkState, "lat" | "lng" | "seeks"> & {
  lat: number | null;
  lng: number | null;
  seeks: unknown[];
  /** Gazetteer place the position came from (not compared: it follows the city). */
  placeId?: number | null;
};

/** The state for a format from every field (a stored firm or a parsed record). */
export function bulkStateOf(format: BulkImportFormat, f: BulkFields): BulkState {
  const { lat, lng, seeks, placeId: _placeId, ...common } = f;
  const state = { ...common, certifications: [...f.certifications].sort(), materials: [...f.materials].sort() };
  return format === "JSON" ? { ...state, lat, lng, seeks } : state;
}

/** Registry ids as stored: normalised, and a Bulgarian EIK without the optional "BG" VAT prefix. */
export function canonicalRegistryId(country: unknown, raw: string): string {
  const id = normalizeRegistryId(raw);
  return country === "BG" && /^BG\d{9}$/.test(id) ? id.slice(2) : id;
}

export interface ExistingCompany {
  id: string;
  externalId: string | null;
  status: string;
  /** Member of the importing cluster. */
  inCluster: boolean;
  fields: BulkFields;
}

/** What validation needs to know of the database. */
export interface BulkContext {
  known: { capabilities: Set<string>; certifications: Set<string>; materials: Set<string> };
  /** Stored firms whose registry id (canonical) appears in the file. */
  byRegistryId: Map<string, ExistingCompany>;
  /** External id → firm id, for the external ids of the file. */
  externalIds: Map<string, string>;
  /** Firms (not archived) in the cities of the file, by folded Latin city: the duplicate-name check of registration. */
  firmsByCity?: Map<string, SimilarCandidate[]>;
}

export interface SimilarCandidate {
  id: string;
  name: string;
  nameLatin: string;
  cityLatin: string;
}

export interface PlannedRow {
  report: BulkImportRow;
  /** What to write when the file is committed (only for create and update rows). */
  write?: {
    kind: "create" | "update";
    state: BulkState;
    fields: BulkFields;
    externalId: string;
    before?: BulkState;
    companyId?: string;
    /** On an update: the file's external id for a firm that has none yet (a firm keeps the one it has). */
    newExternalId?: string | null;
  };
}

// Contact fields of the CSV that companies.jsonl does not have.
const contactSchema = z.object({
  email: z.email().max(254).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()./-]{5,30}$/, "phone number expected (digits, spaces, + ( ) . / -)")
    .optional(),
});

/** The CSV column an issue is about ("description.bg" → "description_bg", "capabilities.2" → "capabilities"). */
function fieldOf(format: BulkImportFormat, path: PropertyKey[]): string {
  if (path.length === 0) return "row";
  if (format === "CSV" && path[0] === "description" && typeof path[1] === "string") return `description_${path[1]}`;
  if (format === "CSV") return String(path[0]);
  return path.map(String).join(".");
}

function zodErrors(format: BulkImportFormat, error: z.ZodError): BulkImportRowError[] {
  return error.issues.map((issue) => {
    const item = format === "CSV" && typeof issue.path[1] === "number" ? `item ${issue.path[1] + 1}: ` : "";
    return { field: fieldOf(format, issue.path), code: "invalid", message: `${item}${issue.message}` };
  });
}

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

function referenceErrors(value: Record<string, unknown>, context: BulkContext): BulkImportRowError[] {
  const checks = [
    ["capabilities", "capability", context.known.capabilities],
    ["certifications", "certification", context.known.certifications],
    ["materials", "material", context.known.materials],
  ] as const;
  return checks.flatMap(([field, noun, known]) =>
    stringList(value[field])
      .filter((code) => !known.has(code))
      .map((code): BulkImportRowError => ({ field, code: "unknown_code", message: `unknown ${noun} code ${code}` })),
  );
}

/**
 * The registry id's own check: the schema's cross-field check does not run while another field
 * of the row is invalid, and every error of a row is to be reported at once.
 */
function registryIdError(value: Record<string, unknown>, reported: BulkImportRowError[]): BulkImportRowError[] {
  const { country, registryId } = value;
  if (reported.some((e) => e.field === "registryId") || typeof country !== "string" || !/^[A-Z]{2}$/.test(country)) return [];
  if (typeof registryId !== "string" || registryId.trim().length < 4 || registryId.trim().length > 20) return [];
  const problem = checkRegistryId(country, registryId.trim());
  return problem ? [{ field: "registryId", code: "invalid", message: registryIdMessages[problem] }] : [];
}

const registryIdMessages = {
  format: "registry id has the wrong format for its country (EIK: 9 digits; VAT: country prefix and digits)",
  checksum: "registry id check digit is wrong",
  country_prefix: "VAT id prefix does not match the company's country",
} as const;

/**
 * Where the firm is: the file's coordinates (JSON), else the position a stored firm has in the
 * same city, else the gazetteer's for city and country; the NUTS 2 region from the gazetteer when
 * it knows the city. A city it does not know is a warning naming it: the firm is imported
 * without a map position.
 */
function placeOf(format: BulkImportFormat, fields: BulkFields, existing: ExistingCompany | undefined, warnings: BulkImportRowWarning[]): BulkFields {
  const at = locate({ city: fields.city, cityLatin: fields.cityLatin, country: fields.country });
  const sameCity = existing && cityKey(existing.fields.cityLatin) === cityKey(fields.cityLatin) ? existing.fields : null;
  const region = at.region ?? fields.region ?? sameCity?.region ?? null;
  if (format === "JSON" && fields.lat !== null && fields.lng !== null) return { ...fields, region, placeId: at.placeId };
  if (sameCity && sameCity.lat !== null && sameCity.lng !== null) return { ...fields, region, lat: sameCity.lat, lng: sameCity.lng, placeId: at.placeId ?? sameCity.placeId ?? null };
  if (!at.found) {
    warnings.push({ field: "city", code: "place_not_found", message: `city «${fields.city}» (${fields.country}) is not in the gazetteer: imported without a map position` });
  }
  return { ...fields, region, lat: at.lat, lng: at.lng, placeId: at.placeId };
}

/** A firm of the same city with a very similar name, as registration refuses it. */
function similarFirm(fields: BulkFields, context: BulkContext): SimilarCandidate | undefined {
  return context.firmsByCity?.get(cityKey(fields.cityLatin))?.find((firm) => isProbableDuplicate(fields, firm));
}

function fieldsOf(record: CompanyImport & z.infer<typeof contactSchema>): BulkFields {
  return {
    ...companyRecordFields(record),
    registryId: canonicalRegistryId(record.country, record.registryId),
    email: record.email ?? null,
    phone: record.phone ?? null,
    description: record.description as Record<string, string>,
  };
}

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);

/**
 * Decides for every row of a file what a commit would do (create, update, unchanged) or why it
 * cannot (errors per field). Every row of the file is in the result, in file order.
 */
export function planRows(format: BulkImportFormat, rows: RawRow[], context: BulkContext): PlannedRow[] {
  const seenRegistry = new Map<string, number>();
  const seenExternal = new Map<string, number>();
  return rows.map((raw): PlannedRow => {
    const value = raw.value ?? {};
    const registryText = text(value.registryId);
    const externalId = text(value.externalId);
    const report: BulkImportRow = {
      row: raw.row,
      action: "error",
      name: text(value.name) ?? "",
      registryId: registryText ? canonicalRegistryId(value.country, registryText) : null,
      externalId,
      companyId: null,
      errors: [],
      warnings: [],
    };
    if (raw.malformed) {
      report.errors.push({ field: "row", code: "malformed_row", message: raw.malformed });
      return { report };
    }
    const errors = report.errors;
    const parsed = companyImportSchema.safeParse(value);
    const contact = contactSchema.safeParse({ email: value.email, phone: value.phone });
    if (!parsed.success) errors.push(...zodErrors(format, parsed.error));
    if (!contact.success) errors.push(...zodErrors(format, contact.error));
    errors.push(...referenceErrors(value, context));
    errors.push(...registryIdError(value, errors));

    // Duplicates within the file: the first occurrence stands, later ones are refused.
    if (report.registryId) {
      const first = seenRegistry.get(report.registryId);
      if (first !== undefined) errors.push({ field: "registryId", code: "duplicate_in_file", message: `same registry id as row ${first}` });
      else seenRegistry.set(report.registryId, raw.row);
    }
    if (externalId) {
      const first = seenExternal.get(externalId);
      if (first !== undefined) errors.push({ field: "externalId", code: "duplicate_in_file", message: `same external id as row ${first}` });
      else seenExternal.set(externalId, raw.row);
    }

    const existing = report.registryId ? context.byRegistryId.get(report.registryId) : undefined;
    if (existing && existing.status === "ARCHIVED") {
      errors.push({ field: "registryId", code: "archived", message: "the firm with this registry id is archived; ask the platform's administrators" });
    } else if (existing && !existing.inCluster) {
      errors.push({
        field: "registryId",
        code: "registry_id_elsewhere",
        message: "a firm with this registry id is already on the platform and is not a member of this cluster",
      });
    }
    const externalOwner = externalId ? context.externalIds.get(externalId) : undefined;
    if (externalOwner !== undefined && externalOwner !== existing?.id) {
      errors.push({ field: "externalId", code: "external_id_taken", message: "this external id belongs to another firm" });
    }

    if (!existing && parsed.success) {
      const similar = similarFirm(fieldsOf({ ...parsed.data, ...(contact.data ?? {}) }), context);
      if (similar) {
        errors.push({ field: "name", code: "similar_name", message: `a firm with a very similar name is registered in this city: «${similar.name}»` });
      }
    }

    if (errors.length > 0 || !parsed.success || !contact.success) return { report };
    const fields = placeOf(format, fieldsOf({ ...parsed.data, ...contact.data }), existing, report.warnings);
    const state = bulkStateOf(format, fields);
    if (!existing) {
      report.action = "create";
      return { report, write: { kind: "create", state, fields, externalId: parsed.data.externalId } };
    }
    report.companyId = existing.id;
    const before = bulkStateOf(format, existing.fields);
    if (canonicalJson(before) === canonicalJson(state) && existing.externalId !== null) {
      report.action = "unchanged";
      return { report };
    }
    report.action = "update";
    const newExternalId = existing.externalId === null ? parsed.data.externalId : null;
    return { report, write: { kind: "update", state, fields, before, externalId: parsed.data.externalId, companyId: existing.id, newExternalId } };
  });
}

export function totalsOf(rows: PlannedRow[]): BulkImportTotals {
  const totals: BulkImportTotals = { rows: rows.length, create: 0, update: 0, unchanged: 0, error: 0 };
  for (const { report } of rows) totals[report.action]++;
  return totals;
}
