import { useId, type ReactNode } from "react";

export interface Choice {
  value: string;
  label: string;
}

/** A group of checkboxes with its hint and error tied to it, for the editor's list fields. */
export function ChoiceList({
  legend,
  hint,
  error,
  choices,
  selected,
  onChange,
  name,
  columns = true,
}: {
  legend: string;
  hint?: string;
  error?: ReactNode;
  choices: Choice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  name: string;
  columns?: boolean;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="opp-field opp-choices" aria-describedby={describedBy} data-invalid={error ? true : undefined} id={`field-${name}`} tabIndex={-1}>
      <legend>{legend}</legend>
      {hint && (
        <p className="muted small" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className={columns ? "checkbox-options opp-choice-columns" : "checkbox-options"}>
        {choices.map((choice) => (
          <label key={choice.value} className="checkbox">
            <input
              type="checkbox"
              name={name}
              value={choice.value}
              checked={selected.includes(choice.value)}
              onChange={(event) => onChange(event.target.checked ? [...selected, choice.value] : selected.filter((v) => v !== choice.value))}
            />
            <span className="checkbox-label">{choice.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
