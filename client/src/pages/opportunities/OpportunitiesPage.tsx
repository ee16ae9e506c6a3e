import { useTranslation } from "react-i18next";
import { OpportunityCard } from "../../components/OpportunityCard.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ResultList } from "../../components/ResultList.tsx";
import { SelectFilter } from "../../components/FilterControls.tsx";
import { SaveSearchButton } from "../../components/SaveSearchButton.tsx";
import { OpportunityFiltersForm } from "./OpportunityFiltersForm.tsx";
import { OpportunityKeywordSearch } from "./OpportunityKeywordSearch.tsx";
import { sortOptionsFor, useOpportunityBoard } from "./useOpportunityBoard.ts";
import type { OpportunitySort } from "@cluster-match/shared";

export function OpportunitiesPage() {
  const { t } = useTranslation();
  const { filters, q, sort, hasFilters, opportunities, setFilter, setKeyword, setSort, setPage, clearFilters } = useOpportunityBoard();

  return (
    <>
      <PageTitle title={t("opportunities.title")} />
      <div className="page-header">
        <h1>{t("opportunities.title")}</h1>
        <p className="lead">{t("opportunities.intro")}</p>
        <OpportunityKeywordSearch value={q} onSearch={setKeyword} />
        <SaveSearchButton
          kind="OPPORTUNITIES"
          query={{ q, sort, types: filters.types, capabilities: filters.capability ? [filters.capability] : [], ...(filters.country ? { openTo: filters.country } : {}) }}
        />
      </div>
      <div className="with-filters">
        <OpportunityFiltersForm filters={filters} hasFilters={hasFilters} onChange={setFilter} onReset={clearFilters} />
        <ResultList
          query={opportunities}
          countText={(count, n) => t("opportunities.count", { count, n })}
          loadingText={t("opportunities.loading")}
          emptyText={t("opportunities.empty")}
          onClearFilters={clearFilters}
          onPage={setPage}
          toolbar={
            <div className="results-toolbar">
              <SelectFilter id="opportunity-sort" label={t("opportunities.sort.label")} value={sort} onChange={(value) => value && setSort(value as OpportunitySort)}>
                {sortOptionsFor(q).map((option) => (
                  <option key={option} value={option}>
                    {t(`opportunities.sort.${option}`)}
                  </option>
                ))}
              </SelectFilter>
            </div>
          }
          renderItem={(opportunity) => <OpportunityCard opportunity={opportunity} />}
        />
      </div>
    </>
  );
}
