import type { ReactNode } from "react";
import { useFollowingState } from "../lib/useFollowingState.ts";

export interface CheckboxOption {
  value: string;
  label: string;
}

/** A group of checkboxes for a filter that takes several values (e.g. countries). */
export function CheckboxGroup({
  legend,
  name,
  options,
  selected,
  onChange,
}: {
  legend: string;
  name: string;
  options: CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}) {
  const [checked, setChecked] = useFollowingState(selected, selected.join(","));
  const toggle = (value: string, isChecked: boolean) => {
    const next = isChecked ? [...checked, value] : checked.filter((item) => item !== value);
    setChecked(next);
    onChange(next);
  };

  return (
    <fieldset className="filter filter-checkboxes">
      <legend>{legend}</legend>
      <div className="checkbox-options">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={checked.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A labelled select for a single-valued filter; the empty value means "all". */
export function SelectFilter({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  children: ReactNode;
}) {
  const [selected, setSelected] = useFollowingState(value ?? "", value ?? "");
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={selected}
        onChange={(event) => {
          setSelected(event.target.value);
          onChange(event.target.value || undefined);
        }}
      >
        {children}
      </select>
    </div>
  );
}
