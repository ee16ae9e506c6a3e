import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { FieldLabel, fieldFrameClass, useFieldId, type FieldLook } from "./Field.tsx";
import { describedControl, FieldNotes } from "./FieldNotes.tsx";

/**
 * A labelled multi-line text with its hint and, when invalid, its error. With `countTo` it counts
 * the characters typed against that maximum under the box, and the hint moves above the box.
 */
export function TextAreaField({
  look,
  name,
  label,
  value,
  onChange,
  hint,
  error,
  rows = 5,
  maxLength,
  countTo,
  required,
  lang,
}: {
  look: FieldLook;
  /** The field's key in the form's errors: its control gets the id an error summary links to. */
  name?: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  rows?: number;
  maxLength?: number;
  countTo?: number;
  required?: boolean;
  lang?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useFieldId(name);
  const countId = `${id}-count`;
  const counted = countTo !== undefined;

  return (
    <div className={fieldFrameClass[look]}>
      <FieldLabel look={look} id={id} label={label} required={required} />
      {counted && <FieldNotes id={id} hint={hint} />}
      <textarea
        id={id}
        className="text-input textarea-tall"
        rows={rows}
        value={value}
        required={required}
        maxLength={maxLength}
        lang={lang}
        {...describedControl(id, hint, error, ...(counted ? [countId] : []))}
        onChange={(event) => onChange(event.target.value)}
      />
      {counted && (
        <p id={countId} className="field-hint net-count">
          {t("network.charCount", { n: formatNumber(value.trim().length, locale), max: formatNumber(countTo, locale) })}
        </p>
      )}
      <FieldNotes id={id} hint={counted ? undefined : hint} error={error} />
    </div>
  );
}
