import { useId, useState, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FieldLabel, fieldId } from "../../../components/form/Field.tsx";
import { describedControl, FieldNotes } from "../../../components/form/FieldNotes.tsx";
import { describedBy } from "../../../lib/describedBy.ts";

export function SelectField({
  name,
  label,
  value,
  onChange,
  options,
  hint,
  error,
  required,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
}) {
  const id = fieldId(name);
  return (
    <div className="ce-field">
      <FieldLabel look="editor" id={id} label={label} required={required} />
      <select id={id} value={value} required={required} onChange={(event) => onChange(event.target.value)} {...describedControl(id, hint, error)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/** Several choices out of a short list (languages, countries, materials). */
export function CheckboxGroup({
  name,
  legend,
  options,
  value,
  onChange,
  hint,
  error,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  const id = fieldId(name);
  const toggle = (code: string, on: boolean) => onChange(on ? [...value, code] : value.filter((c) => c !== code));
  return (
    <fieldset className="ce-fieldset" id={id} tabIndex={-1} aria-describedby={describedBy(id, hint, error)}>
      <legend className="ce-label">{legend}</legend>
      <div className="ce-checkboxes">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input type="checkbox" checked={value.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
            {option.label}
          </label>
        ))}
      </div>
      <FieldNotes id={id} hint={hint} error={error} />
    </fieldset>
  );
}

/**
 * Free-text entries one by one (machines, NACE codes): type and press Enter or "Add"; each entry
 * has its own remove button. `validate` refuses an entry with a message.
 */
export function TagInput({
  name,
  label,
  value,
  onChange,
  hint,
  error,
  max,
  maxLength = 200,
  validate,
  placeholder,
}: {
  name: string;
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  hint?: ReactNode;
  error?: string | undefined;
  max: number;
  maxLength?: number;
  validate?: (entry: string) => string | null;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const id = fieldId(name);
  const listLabelId = useId();
  const [draft, setDraft] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const add = () => {
    const entry = draft.trim();
    if (entry === "") return;
    const refused = value.includes(entry) ? t("companyWorkspace.tags.duplicate") : value.length >= max ? t("companyWorkspace.tags.full", { max }) : (validate?.(entry) ?? null);
    if (refused) return setProblem(refused);
    onChange([...value, entry]);
    setDraft("");
    setProblem(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      add();
    }
  };
  const shownError = problem ?? error;
  return (
    <div className="ce-field">
      <label htmlFor={id} className="ce-label" id={listLabelId}>
        {label}
      </label>
      <div className="ce-tag-row">
        <input
          id={id}
          className="text-input"
          value={draft}
          maxLength={maxLength}
          placeholder={placeholder}
          onChange={(event) => {
            setDraft(event.target.value);
            setProblem(null);
          }}
          onKeyDown={onKeyDown}
          {...describedControl(id, hint, shownError)}
        />
        <button type="button" className="button button-secondary" onClick={add}>
          {t("companyWorkspace.tags.add")}
        </button>
      </div>
      <FieldNotes id={id} hint={hint} error={shownError ?? undefined} />
      {value.length > 0 && (
        <ul className="badge-list" aria-labelledby={listLabelId}>
          {value.map((entry) => (
            <li key={entry} className="ce-tag">
              <span>{entry}</span>
              <button type="button" className="ce-icon-button" onClick={() => onChange(value.filter((v) => v !== entry))} aria-label={t("companyWorkspace.tags.remove", { entry })}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The list of what is wrong, at the top of a form, each linking to its field. */
export function ErrorSummary({ errors, labels, title }: { errors: Record<string, string>; labels: Record<string, string>; title: string }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="ce-error-summary" role="alert" tabIndex={-1} id="ce-error-summary">
      <p className="ce-error-summary-title">{title}</p>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${fieldId(field)}`}>{labels[field] ?? field}</a>: {message}
          </li>
        ))}
      </ul>
    </div>
  );
}
