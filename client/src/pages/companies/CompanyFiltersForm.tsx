import { useTranslation } from "react-i18next";
import { CapabilitySelect } from "../../components/CapabilitySelect.tsx";
import { CheckboxGroup, SelectFilter } from "../../components/FilterControls.tsx";
import { FiltersHeading, useFiltersDisclosure } from "../../components/FiltersHeading.tsx";
import { countryName } from "../../lib/format.ts";
import { clusterCountries } from "../../lib/places.ts";
import { useClusterList, useTaxonomy } from "../../lib/referenceData.ts";
import { useLocale } from "../../lib/useLocale.ts";
import type { CompanyFilters } from "./useCompanyDirectory.ts";

export function CompanyFiltersForm({
  filters,
  hasFilters,
  onChange,
  onReset,
}: {
  filters: CompanyFilters;
  hasFilters: boolean;
  onChange: (key: keyof CompanyFilters, value: string | string[] | undefined) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  // On a phone the filters fold away above the list; wider screens always show them.
  const disclosure = useFiltersDisclosure();
  const clusters = useClusterList();
  const taxonomy = useTaxonomy();

  return (
    <form
      className="filters collapsible-filters"
      data-open={disclosure.open}
      role="search"
      aria-label={t("companies.filtersLabel")}
      onSubmit={(event) => event.preventDefault()}
    >
      <FiltersHeading {...disclosure} active={filters.countries.length + [filters.cluster, filters.capability, filters.certification].filter(Boolean).length} />
      <div id={disclosure.bodyId} className="filters-body">
        <CheckboxGroup
          legend={t("filters.country")}
          name="country"
          options={clusterCountries.map((code) => ({ value: code, label: countryName(code, locale) }))}
          selected={filters.countries}
          onChange={(countries) => onChange("countries", countries)}
        />
        <SelectFilter id="filter-cluster" label={t("filters.cluster")} value={filters.cluster} onChange={(value) => onChange("cluster", value)}>
          <option value="">{t("filters.allClusters")}</option>
          {clusters.data?.map((cluster) => (
            <option key={cluster.slug} value={cluster.slug}>
              {cluster.name}
            </option>
          ))}
        </SelectFilter>
        <CapabilitySelect id="filter-capability" value={filters.capability} onChange={(value) => onChange("capability", value)} />
        <SelectFilter
          id="filter-certification"
          label={t("filters.certification")}
          value={filters.certification}
          onChange={(value) => onChange("certification", value)}
        >
          <option value="">{t("filters.allCertifications")}</option>
          {taxonomy.data?.certifications.map((certification) => (
            <option key={certification.code} value={certification.code}>
              {certification.name}
            </option>
          ))}
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
