import type { CompanySearchOutput } from "@cluster-match/shared";
import { companySizes } from "@cluster-match/shared/company-size";
import { companyFacets, countedFacetKeys, type FacetValue, type FacetValueKind } from "@cluster-match/shared/schemas/search-facets";
import { useTranslation } from "react-i18next";
import { CheckboxGroup, type CheckboxOption } from "../../components/FilterControls.tsx";
import { FiltersHeading, useFiltersDisclosure } from "../../components/FiltersHeading.tsx";
import { countryName, formatDistance } from "../../lib/format.ts";
import { useClusterList } from "../../lib/referenceData.ts";
import { useFollowingState } from "../../lib/useFollowingState.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { facetKeys, radiusOptions, type FacetKey, type SearchState } from "./useCompanySearch.ts";

type Facets = CompanySearchOutput["facets"];

/** The facets listed with counts, in registry order: those the URL carries and the API counts. */
const listedFacets = countedFacetKeys(companyFacets).filter((key): key is FacetKey & keyof Facets => (facetKeys as readonly string[]).includes(key));

/** Values of a fixed list read best in the list's order (sizes small to large), whatever their counts. */
const fixedOrder: Partial<Record<FacetValueKind, readonly string[]>> = { size: companySizes };

/** Facet values with their counts; a checked value stays listed even when no result has it. */
function facetOptions(values: FacetValue[], selected: readonly string[], label: (value: FacetValue) => string): CheckboxOption[] {
  const listed = new Set(values.map((v) => v.value));
  return [...values, ...selected.filter((value) => !listed.has(value)).map((value) => ({ value, label: value, count: 0 }))].map((v) => ({
    value: v.value,
    label: label(v),
    count: v.count,
  }));
}

export function SearchFilters({
  state,
  facets,
  hasFilters,
  unknownCity,
  onFacet,
  onNear,
  onReset,
}: {
  state: SearchState;
  facets: Facets | undefined;
  hasFilters: boolean;
  unknownCity: boolean;
  onFacet: (key: FacetKey, values: string[]) => void;
  onNear: (city: string | undefined, radius: number) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const clusters = useClusterList();
  const clusterName = (slug: string) => clusters.data?.find((cluster) => cluster.slug === slug)?.name;
  const [city, setCity] = useFollowingState(state.near ?? "", state.near ?? "");
  const [radius, setRadius] = useFollowingState(state.radius, String(state.radius));
  // On a phone the filters fold away above the results; wider screens always show them.
  const { open, toggle, bodyId } = useFiltersDisclosure();
  const active = Object.values(state.facets).reduce((n, values) => n + values.length, 0) + (state.near ? 1 : 0);

  // Names the client knows better than the server's labels (in the reader's locale, the current
  // cluster names); other kinds show the server's label.
  const valueLabel: Partial<Record<FacetValueKind, (v: FacetValue) => string>> = {
    country: (v) => countryName(v.value, locale),
    size: (v) => t(`size.${v.value as (typeof companySizes)[number]}`),
    cluster: (v) => clusterName(v.value) ?? v.label,
  };
  const groups: { key: FacetKey; legend: string; options: CheckboxOption[] }[] = facets
    ? listedFacets.map((key) => {
        const { kind, label } = companyFacets[key];
        const options = facetOptions(facets[key], state.facets[key], valueLabel[kind] ?? ((v) => v.label));
        const order = fixedOrder[kind];
        return { key, legend: t(label), options: order ? options.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value)) : options };
      })
    : [];

  return (
    <form
      className="filters search-filters collapsible-filters"
      data-open={open}
      role="search"
      aria-label={t("search.filtersLabel")}
      onSubmit={(event) => {
        event.preventDefault();
        onNear(city.trim() || undefined, radius);
      }}
    >
      <FiltersHeading open={open} toggle={toggle} bodyId={bodyId} active={active} />
      <div id={bodyId} className="filters-body">
        <fieldset className="filter near-filter">
          <legend>{t("search.near.legend")}</legend>
          <label htmlFor="near-city" className="near-label">
            {t("search.near.city")}
          </label>
          <input
            id="near-city"
            type="text"
            className="text-input"
            value={city}
            placeholder={t("search.near.placeholder")}
            autoComplete="off"
            maxLength={100}
            aria-invalid={unknownCity || undefined}
            aria-describedby={unknownCity ? "near-city-error" : undefined}
            onChange={(event) => setCity(event.target.value)}
          />
          {unknownCity && (
            <p id="near-city-error" className="field-error">
              {t("search.near.unknown", { city: state.near })}
            </p>
          )}
          <label htmlFor="near-radius" className="near-label">
            {t("search.near.radius")}
          </label>
          <select
            id="near-radius"
            value={radius}
            onChange={(event) => {
              const next = Number(event.target.value);
              setRadius(next);
              // A new radius for a city already applied takes effect at once.
              if (state.near) onNear(state.near, next);
            }}
          >
            {radiusOptions.map((option) => (
              <option key={option} value={option}>
                {t("search.near.within", { distance: formatDistance(option, locale) })}
              </option>
            ))}
          </select>
          <div className="near-actions">
            <button type="submit" className="button button-secondary">
              {t("search.near.apply")}
            </button>
            {state.near && (
              <button type="button" className="button button-link" onClick={() => onNear(undefined, radius)}>
                {t("search.near.clear")}
              </button>
            )}
          </div>
        </fieldset>
        {groups.map(
          (group) =>
            group.options.length > 0 && (
              <CheckboxGroup
                key={group.key}
                legend={group.legend}
                name={group.key}
                options={group.options}
                selected={state.facets[group.key]}
                onChange={(values) => onFacet(group.key, values)}
                limit={6}
              />
            ),
        )}
        {hasFilters && (
          <button type="button" className="button button-link" onClick={onReset}>
            {t("common.resetFilters")}
          </button>
        )}
      </div>
    </form>
  );
}
