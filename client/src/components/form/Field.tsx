import { useId } from "react";

/**
 * How a field looks: each area styles its forms its own way (styles/<area>.css). "account": the
 * sign-in and account pages (.form-field); "editor": the company editor, its team and admin pages
 * (.ce-field; a required field's label shows a star); "network": introductions, messages and
 * saved searches (.net-field).
 */
export type FieldLook = "account" | "editor" | "network";

export const fieldFrameClass: Record<FieldLook, string> = { account: "form-field", editor: "ce-field", network: "net-field" };

/** The id of a named field's control, so an error summary can link to it. */
export const fieldId = (name: string) => `ce-field-${name}`;

/** A named field's id (see `fieldId`), else a generated one. */
export function useFieldId(name: string | undefined): string {
  const generated = useId();
  return name ? fieldId(name) : generated;
}

/** A field's label; in the editor a required field shows a star (its control says `required` to screen readers). */
export function FieldLabel({ look, id, label, required }: { look: FieldLook; id: string; label: string; required?: boolean | undefined }) {
  if (look !== "editor") return <label htmlFor={id}>{label}</label>;
  return (
    <label htmlFor={id} className="ce-label">
      {label}
      {required && <span aria-hidden="true"> *</span>}
    </label>
  );
}
