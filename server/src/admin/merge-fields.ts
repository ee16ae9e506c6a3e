import { sizeFromEmployees } from "@cluster-match/shared";

/** The fields of a firm a merge may fill in; the target's own values always win. */
export interface MergeableFields {
  region: string | null;
  lat: number | null;
  lng: number | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  foundedYear: number | null;
  employees: number | null;
  logoKey: string | null;
  languages: string[];
  machines: string[];
  naceCodes: string[];
  exportMarkets: string[];
  description: unknown;
  seeks: unknown;
}

const scalarFields = ["region", "website", "email", "phone", "foundedYear", "employees", "logoKey"] as const;
const listFields = ["languages", "machines", "naceCodes", "exportMarkets"] as const;

const asTexts = (value: unknown): Record<string, string> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, string>) : {};

/**
 * What the target takes from the source: empty scalar fields (coordinates as a pair), list
 * entries it lacks, descriptions in languages it lacks, and the source's "seeks" when it has none.
 */
export function fieldsToFill(target: MergeableFields, source: MergeableFields): { data: Record<string, unknown>; filled: string[] } {
  const data: Record<string, unknown> = {};
  for (const field of scalarFields) {
    if (target[field] === null && source[field] !== null) data[field] = source[field];
  }
  if ("employees" in data) data.size = sizeFromEmployees(data.employees as number);
  if (target.lat === null && target.lng === null && source.lat !== null && source.lng !== null) {
    data.lat = source.lat;
    data.lng = source.lng;
  }
  for (const field of listFields) {
    const missing = source[field].filter((item) => !target[field].includes(item));
    if (missing.length > 0) data[field] = [...target[field], ...missing];
  }
  const targetTexts = asTexts(target.description);
  const missingTexts = Object.entries(asTexts(source.description)).filter(([lang, text]) => text && !targetTexts[lang]);
  if (missingTexts.length > 0) data.description = { ...targetTexts, ...Object.fromEntries(missingTexts) };
  const seeks = (value: unknown) => (Array.isArray(value) ? value : []);
  if (seeks(target.seeks).length === 0 && seeks(source.seeks).length > 0) data.seeks = source.seeks;
  return { data, filled: Object.keys(data).filter((f) => f !== "size" && f !== "lng") };
}
