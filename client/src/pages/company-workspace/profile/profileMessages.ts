import { unsafeTextMessage } from "@cluster-match/shared/text-safety";
import type { TFunction } from "i18next";

/** Field names of the profile, in form order, for the error summary. */
export const profileFieldNames = [
  "registryId", "country", "name", "nameLatin", "legalForm", "logoKey", "city", "cityLatin", "region", "lat", "lng", "website", "email", "phone",
  "foundedYear", "employees", "capabilities", "certifications", "materials", "machines", "naceCodes", "exportMarkets", "languages",
  "description", "seeks",
] as const;
export type ProfileFieldName = (typeof profileFieldNames)[number];

const isField = (field: string): field is ProfileFieldName => (profileFieldNames as readonly string[]).includes(field);

export function fieldLabels(t: TFunction): Record<ProfileFieldName, string> {
  return Object.fromEntries(profileFieldNames.map((field) => [field, t(`companyWorkspace.fields.${field}`)])) as Record<ProfileFieldName, string>;
}

/** A field's label (its name for a field the profile does not have). */
export function fieldLabel(t: TFunction, field: string): string {
  return isField(field) ? t(`companyWorkspace.fields.${field}`) : field;
}

/**
 * What to do about a field, in the reader's language (zod's own messages are for developers).
 * `issues` (field → zod message, from errorsByField) tells hidden or control characters apart.
 */
export function fieldErrors(t: TFunction, fields: Iterable<string>, issues: Record<string, string> = {}): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    errors[field] =
      issues[field] === unsafeTextMessage
        ? t("companyWorkspace.fieldErrors.unsafeCharacters")
        : isField(field)
          ? t(`companyWorkspace.fieldErrors.${field}`)
          : t("companyWorkspace.fieldErrors.generic");
  }
  // In form order, so the summary reads top to bottom.
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}

const rank = (field: string) => {
  const index = (profileFieldNames as readonly string[]).indexOf(field);
  return index === -1 ? profileFieldNames.length : index;
};
