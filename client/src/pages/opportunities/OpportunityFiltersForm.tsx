import { useTranslation } from "react-i18next";
import { CapabilitySelect } from "../../components/CapabilitySelect.tsx";
import { CheckboxGroup, SelectFilter } from "../../components/FilterControls.tsx";
import { FiltersHeading, useFiltersDisclosure } from "../../components/FiltersHeading.tsx";
import { countryName, sortByLabel } from "../../lib/format.ts";
import { clusterCountries, otherMarketCountries } from "../../lib/places.ts";
import { opportunityTypeList } from "../../lib/opportunityTypes.ts";
import { useLocale } from "../../lib/useLocale.ts";
import type { OpportunityFilters } from "./useOpportunityBoard.ts";

export function OpportunityFiltersForm({
  filters,
  hasFilters,
  onChange,
  onReset,
}: {
  filters: OpportunityFilters;
  hasFilters: boolean;
  onChange: (key: keyof OpportunityFilters, value: string | string[] | undefined) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  // On a phone the filters fold away above the list; wider screens always show them.
  const disclosure = useFiltersDisclosure();
  const countryOption = (code: string) => (
    <option key={code} value={code}>
      {countryName(code, locale)}
    </option>
  );

  return (
    <form
      className="filters collapsible-filters"
      data-open={disclosure.open}
      role="search"
      aria-label={t("opportunities.filtersLabel")}
      onSubmit={(event) => event.preventDefault()}
    >
      <FiltersHeading {...disclosure} active={filters.types.length + [filters.capability, filters.country].filter(Boolean).length} />
      <div id={disclosure.bodyId} className="filters-body">
        <CheckboxGroup
          legend={t("filters.type")}
          name="type"
          options={opportunityTypeList.map((type) => ({ value: type, label: t(`opportunityType.${type}`) }))}
          selected={filters.types}
          onChange={(types) => onChange("types", types)}
        />
        <CapabilitySelect id="filter-capability" value={filters.capability} onChange={(value) => onChange("capability", value)} />
        <SelectFilter id="filter-country" label={t("filters.targetCountry")} value={filters.country} onChange={(value) => onChange("country", value)}>
          <option value="">{t("filters.allCountries")}</option>
          <optgroup label={t("filters.clusterCountries")}>{clusterCountries.map(countryOption)}</optgroup>
          <optgroup label={t("filters.otherCountries")}>
            {sortByLabel(otherMarketCountries, (code) => countryName(code, locale), locale).map(countryOption)}
          </optgroup>
        </SelectFilter>
        {hasFilters && (
          <button type="button" className="button button-link" onClick={onReset}>
            {t("common.resetFilters")}
          </button>
        )}
      </div>
    </form>
  );
}
