import { changedFields, derivedPositionFields, editConflictDetailsSchema, sameJson, type EditConflictDetails } from "@cluster-match/shared/schemas/edit-conflict";
import { appCodeOf } from "./errors.ts";

/** What an EDIT_CONFLICT error says (the version and record saved now), or null for any other failure. */
export function editConflictOf(error: unknown): EditConflictDetails | null {
  if (appCodeOf(error) !== "EDIT_CONFLICT") return null;
  const parsed = editConflictDetailsSchema.safeParse((error as { data?: { details?: unknown } }).data?.details);
  return parsed.success ? parsed.data : null;
}

/** A refused save, compared field by field with what the editor loaded and what the user has typed. */
export interface EditConflictView {
  /** The version saved now: saving on it is a deliberate overwrite. */
  version: number;
  /** The record saved now. */
  theirs: Record<string, unknown>;
  /** Fields someone else changed since the editor loaded the record. */
  changedByThem: string[];
  /** Of those, the ones the user changed to something else too: merging keeps the user's value. */
  changedByBoth: string[];
  /** Set once their changes were taken into the form. */
  merged: boolean;
}

type Values = Record<string, unknown>;

/**
 * Three-way comparison of what the editor loaded (`base`), what the user has now (`mine`) and
 * what is saved now: who changed which field. `normalize` brings saved records into the shape
 * the form produces (trimmed, empty entries dropped), so that only real edits count.
 */
export function describeConflict(details: EditConflictDetails, base: Values, mine: Values, normalize: (record: Values) => Values = (r) => r): EditConflictView {
  const [was, theirs] = [normalize(base), normalize(details.current)];
  // The map position follows the city on the server: never an edit to show or to merge by hand.
  const changedByThem = changedFields(was, theirs, derivedPositionFields);
  const changedByMe = new Set(changedFields(was, mine, derivedPositionFields));
  return {
    version: details.version,
    theirs: details.current,
    changedByThem,
    changedByBoth: changedByThem.filter((field) => changedByMe.has(field) && !sameJson(mine[field], theirs[field])),
    merged: false,
  };
}

/** The fields to take from the saved record into the form: changed by them, not by the user. */
export function fieldsToTake(conflict: EditConflictView): string[] {
  return conflict.changedByThem.filter((field) => !conflict.changedByBoth.includes(field));
}

/** A saved value as plain text, to show next to the user's own when both changed a field. */
export function plainValue(value: unknown, yesNo: (value: boolean) => string): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return yesNo(value);
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.map((item) => plainValue(item, yesNo)).join(", ");
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined && v !== "");
    return entries.length === 0 ? "—" : entries.map(([key, v]) => `${key}: ${plainValue(v, yesNo)}`).join("; ");
  }
  return String(value);
}
