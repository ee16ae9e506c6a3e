import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldLabel, fieldFrameClass, useFieldId, type FieldLook } from "./Field.tsx";
import { describedControl, FieldNotes } from "./FieldNotes.tsx";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "value" | "onChange" | "className" | "aria-invalid" | "aria-describedby">;

/** A labelled text input with an optional hint and, when invalid, its error (both tied to the input for screen readers). */
export function TextField({
  look,
  name,
  label,
  value,
  onChange,
  hint,
  error,
  ...input
}: {
  look: FieldLook;
  /** The field's key in the form's errors: its control gets the id an error summary links to. */
  name?: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
} & InputProps) {
  const id = useFieldId(name);
  return (
    <div className={fieldFrameClass[look]}>
      <FieldLabel look={look} id={id} label={label} required={input.required} />
      <input id={id} className="text-input" value={value} onChange={(event) => onChange(event.target.value)} {...describedControl(id, hint, error)} {...input} />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
