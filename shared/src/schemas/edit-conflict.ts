import { z } from "zod";

/**
 * The version of a record as an editor loaded it (optimistic concurrency): every save sends it
 * back, and the save is refused with EDIT_CONFLICT when someone else saved in between.
 */
export const versionSchema = z.number().int().min(0).max(2_147_483_647);

/**
 * `details` of an EDIT_CONFLICT error: what is saved now, so the editor can say what changed,
 * keep the user's typing and merge. Saving again with `version` overwrites deliberately.
 */
export const editConflictDetailsSchema = z.object({
  /** The version saved now. */
  version: z.number().int(),
  /** The fields in which the saved record differs from what the refused save sent. */
  fields: z.array(z.string()),
  /** The saved record, in the shape the editor sends (profile or opportunity draft). */
  current: z.record(z.string(), z.unknown()),
});
export type EditConflictDetails = z.infer<typeof editConflictDetailsSchema>;

/** Deep equality of JSON values, object keys in any order (jsonb keeps its own order). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    const keys = new Set([...Object.keys(ra), ...Object.keys(rb)].filter((k) => ra[k] !== undefined || rb[k] !== undefined));
    return [...keys].every((k) => sameJson(ra[k], rb[k]));
  }
  return false;
}

/** The top-level fields in which two records differ. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, derived: readonly string[] = []): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((k) => !derived.includes(k) && !sameJson(before[k], after[k]));
}

/** What the server derives from a firm's city (server/src/places): never a person's edit, so never a conflict. */
export const derivedPositionFields = ["region", "lat", "lng", "placeId"] as const;
