import type { CompanyProfile, CompanyProfileInput } from "@cluster-match/shared/schemas/company-editor";
import type { Seek } from "@cluster-match/shared/schemas/company";

/** The profile as the form edits it: text inputs hold strings, lists stay lists. */
export interface ProfileFormState {
  name: string;
  nameLatin: string;
  legalForm: string;
  city: string;
  cityLatin: string;
  /** The place picked in the city picker. Region and position are the server's (derived from the city), shown, never typed. */
  placeId: number | null;
  region: string | null;
  lat: number | null;
  lng: number | null;
  website: string;
  email: string;
  phone: string;
  foundedYear: string;
  employees: string;
  languages: string[];
  capabilities: string[];
  certifications: { code: string; validUntil: string }[];
  materials: string[];
  machines: string[];
  naceCodes: string[];
  exportMarkets: string[];
  description: Partial<Record<string, string>>;
  seeks: { type: Seek["type"]; capabilities: string[]; countries: string[] }[];
  logoKey: string | null;
}

const text = (value: string | number | null) => (value === null ? "" : String(value));

export function formFromProfile(profile: CompanyProfile): ProfileFormState {
  return {
    name: profile.name,
    nameLatin: profile.nameLatin,
    legalForm: profile.legalForm,
    city: profile.city,
    cityLatin: profile.cityLatin,
    placeId: profile.placeId ?? null,
    region: profile.region,
    lat: profile.lat,
    lng: profile.lng,
    website: text(profile.website),
    email: text(profile.email),
    phone: text(profile.phone),
    foundedYear: text(profile.foundedYear),
    employees: text(profile.employees),
    languages: [...profile.languages],
    capabilities: [...profile.capabilities],
    certifications: profile.certifications.map((c) => ({ code: c.code, validUntil: c.validUntil ?? "" })),
    materials: [...profile.materials],
    machines: [...profile.machines],
    naceCodes: [...profile.naceCodes],
    exportMarkets: [...profile.exportMarkets],
    description: { ...profile.description },
    seeks: profile.seeks.map((s) => ({ type: s.type, capabilities: [...s.capabilities], countries: [...s.countries] })),
    logoKey: profile.logoKey,
  };
}

/**
 * A stored profile (with any extra fields, such as the admin's registry id) as the form would
 * send it back unchanged: for comparing it with what the user typed.
 */
export function asSentByForm(record: Record<string, unknown>): Record<string, unknown> {
  return { ...record, ...profileFromForm(formFromProfile(record as unknown as CompanyProfile)) };
}

/** The form with `fields` taken from `other`, the rest as the user left it. */
export function takeFields(form: ProfileFormState, other: ProfileFormState, fields: readonly string[]): ProfileFormState {
  const next = { ...form };
  for (const field of fields) {
    if (field in other) Object.assign(next, { [field]: other[field as keyof ProfileFormState] });
  }
  return next;
}

const orNull = (value: string) => (value.trim() === "" ? null : value.trim());

/** A number typed by a person ("1 200", "42,5"); anything else stays NaN, which the schema refuses. */
export function parseNumber(value: string): number | null {
  const compact = value.trim().replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (compact === "") return null;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

/** What the API takes: empty inputs become null, numbers are parsed, empty languages dropped. */
export function profileFromForm(form: ProfileFormState): CompanyProfileInput {
  const description: Record<string, string> = {};
  for (const [lang, value] of Object.entries(form.description)) {
    if (value && value.trim() !== "") description[lang] = value.trim();
  }
  return {
    name: form.name.trim(),
    nameLatin: form.nameLatin.trim(),
    legalForm: form.legalForm.trim(),
    city: form.city.trim(),
    cityLatin: form.cityLatin.trim(),
    // Without a picked place the server finds the city by its name.
    ...(form.placeId !== null ? { placeId: form.placeId } : {}),
    region: form.region,
    lat: form.lat,
    lng: form.lng,
    website: orNull(form.website),
    email: orNull(form.email),
    phone: orNull(form.phone),
    foundedYear: parseNumber(form.foundedYear),
    employees: parseNumber(form.employees),
    languages: form.languages,
    capabilities: form.capabilities,
    certifications: form.certifications.map((c) => ({ code: c.code, validUntil: orNull(c.validUntil) })),
    materials: form.materials,
    machines: form.machines.map((m) => m.trim()).filter(Boolean),
    naceCodes: form.naceCodes,
    exportMarkets: form.exportMarkets,
    description,
    seeks: form.seeks.filter((s) => s.capabilities.length > 0),
    logoKey: form.logoKey,
  };
}

/** Issues of a zod error, one per top-level field (the first one found). */
export function errorsByField(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    if (field && !(field in errors)) errors[field] = issue.message;
  }
  return errors;
}

/** Fields a VALIDATION error of the server names in its details (unknown codes, incomplete profile). */
export function serverErrorFields(details: unknown): string[] {
  if (!details || typeof details !== "object") return [];
  const { fields, unknownCodes } = details as { fields?: unknown; unknownCodes?: unknown };
  const named = Array.isArray(fields) ? fields.filter((f): f is string => typeof f === "string") : [];
  const unknown = unknownCodes && typeof unknownCodes === "object" ? Object.keys(unknownCodes) : [];
  return [...new Set([...named, ...unknown])];
}
