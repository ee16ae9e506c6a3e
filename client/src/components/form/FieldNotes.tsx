import type { ReactNode } from "react";
import { describedBy } from "../../lib/describedBy.ts";

/** The accessibility attributes of a field's control: invalid while it shows an error, described by its notes. */
export function describedControl(id: string, hint: unknown, error: unknown, ...more: string[]) {
  return { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error, ...more) };
}

/** A field's hint and error under its control, with the ids `describedBy` gives the control. */
export function FieldNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
