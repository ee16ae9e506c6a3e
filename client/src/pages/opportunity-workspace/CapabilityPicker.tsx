import { useId, useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useTaxonomy } from "../../lib/referenceData.ts";
import { capabilityGroups } from "../../lib/taxonomyTree.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { matchesCapability } from "./draftForm.ts";

/**
 * Picks up to `max` capabilities: a search over the taxonomy in the UI language (labels and
 * codes), the matches as checkboxes grouped as in the taxonomy, the chosen ones as removable chips.
 */
export function CapabilityPicker({
  selected,
  onChange,
  max,
  error,
  offer = false,
}: {
  /** An offer's capabilities are what it provides, a request's what a partner needs. */
  offer?: boolean;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  max: number;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const taxonomy = useTaxonomy();
  const [query, setQuery] = useState("");
  const groups = useMemo(() => capabilityGroups(taxonomy.data?.capabilities ?? [], locale), [taxonomy.data, locale]);
  const labels = useMemo(() => new Map((taxonomy.data?.capabilities ?? []).map((c) => [c.code, c.label])), [taxonomy.data]);
  const visible = groups
    .map((group) => ({ ...group, options: group.options.filter((option) => matchesCapability(option, query)) }))
    .filter((group) => group.options.length > 0);
  const full = selected.length >= max;
  const toggle = (code: string, checked: boolean) => onChange(checked ? [...selected, code] : selected.filter((c) => c !== code));
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ");

  return (
    <fieldset className="opp-field opp-picker" aria-describedby={describedBy} data-invalid={error ? true : undefined} id="field-requiredCapabilities" tabIndex={-1}>
      <legend>{t(offer ? "opportunityWorkspace.form.capabilitiesOffer" : "opportunityWorkspace.form.capabilities")}</legend>
      <p className="muted small" id={`${id}-hint`}>
        {t(offer ? "opportunityWorkspace.form.capabilitiesOfferHint" : "opportunityWorkspace.form.capabilitiesHint")}
      </p>
      <p className="opp-picker-selected-title">{t("opportunityWorkspace.form.selected")}</p>
      {selected.length === 0 ? (
        <p className="muted small">{t("opportunityWorkspace.form.noneSelected")}</p>
      ) : (
        <ul className="chip-list" data-testid="selected-capabilities">
          {selected.map((code) => (
            <li key={code} className="chip">
              {labels.get(code) ?? code}
              <button type="button" className="chip-remove" aria-label={t("opportunityWorkspace.form.remove", { label: labels.get(code) ?? code })} onClick={() => toggle(code, false)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <label htmlFor={`${id}-search`}>{t("opportunityWorkspace.form.capabilitySearch")}</label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        placeholder={t("opportunityWorkspace.form.capabilityPlaceholder")}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== "Enter") return;
          // Enter never submits the form around the search; it ticks a match only when there is
          // just one ("лазерно" fits laser cutting and laser welding: the user ticks the one meant).
          event.preventDefault();
          const only = visible.length === 1 && visible[0]!.options.length === 1 ? visible[0]!.options[0]! : null;
          if (only && !selected.includes(only.code) && !full) {
            toggle(only.code, true);
            setQuery("");
          }
        }}
        aria-controls={`${id}-options`}
      />
      <div className="opp-picker-options" id={`${id}-options`} role="group" aria-label={t("opportunityWorkspace.form.capabilityOptions")}>
        {visible.length === 0 && query && <p className="muted">{t("opportunityWorkspace.form.noCapabilityMatch", { q: query })}</p>}
        {visible.map((group) => (
          <div key={group.code} className="opp-picker-group" role="group" aria-labelledby={`${id}-${group.code}`}>
            <p className="opp-picker-group-title" id={`${id}-${group.code}`}>
              {group.label}
            </p>
            {group.options.map((option) => {
              const checked = selected.includes(option.code);
              return (
                <label key={option.code} className="checkbox" style={{ paddingInlineStart: `${Math.max(0, option.depth - 1) * 1.25}rem` }}>
                  <input type="checkbox" value={option.code} checked={checked} disabled={!checked && full} onChange={(event) => toggle(option.code, event.target.checked)} />
                  <span className="checkbox-label">{option.depth === 0 ? t("filters.wholeGroup", { group: option.label }) : option.label}</span>
                </label>
              );
            })}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
