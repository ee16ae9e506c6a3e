import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../lib/format.ts";
import { useFollowingState } from "../lib/useFollowingState.ts";
import { useLocale } from "../lib/useLocale.ts";

export interface CheckboxOption {
  value: string;
  label: string;
  /** How many results have this value (search facets). */
  count?: number;
}

/**
 * A group of checkboxes for a filter that takes several values (e.g. countries). With `limit`,
 * longer lists show their first options (and every checked one) until the user asks for all.
 */
export function CheckboxGroup({
  legend,
  name,
  options,
  selected,
  onChange,
  limit,
}: {
  legend: string;
  name: string;
  options: CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  limit?: number;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const listId = useId();
  const [checked, setChecked] = useFollowingState(selected, selected.join(","));
  const [expanded, setExpanded] = useState(false);
  const toggle = (value: string, isChecked: boolean) => {
    const next = isChecked ? [...checked, value] : checked.filter((item) => item !== value);
    setChecked(next);
    onChange(next);
  };
  // Collapsing only pays when it hides more than a couple of options.
  const collapsible = limit !== undefined && options.length > limit + 2;
  const visible = collapsible && !expanded ? options.filter((option, index) => index < limit || checked.includes(option.value)) : options;
  const withCounts = options.some((option) => option.count !== undefined);

  return (
    <fieldset className="filter filter-checkboxes">
      <legend>{legend}</legend>
      <div id={listId} className={withCounts ? "checkbox-options checkbox-options-counted" : "checkbox-options"}>
        {visible.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={checked.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span className="checkbox-label">{option.label}</span>
            {option.count !== undefined && <span className="checkbox-count">{formatNumber(option.count, locale)}</span>}
          </label>
        ))}
      </div>
      {collapsible && (
        <button type="button" className="button button-link" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
          {expanded ? t("common.showFewer") : t("common.showAll", { n: formatNumber(options.length, locale) })}
        </button>
      )}
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
