import { useTranslation } from "react-i18next";
import { OpportunityCard } from "../../components/OpportunityCard.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ResultList } from "../../components/ResultList.tsx";
import { OpportunityFiltersForm } from "./OpportunityFiltersForm.tsx";
import { useOpportunityBoard } from "./useOpportunityBoard.ts";

export function OpportunitiesPage() {
  const { t } = useTranslation();
  const { filters, hasFilters, opportunities, setFilter, setPage, clearFilters } = useOpportunityBoard();

  return (
    <>
      <PageTitle title={t("opportunities.title")} />
      <div className="page-header">
        <h1>{t("opportunities.title")}</h1>
        <p className="lead">{t("opportunities.intro")}</p>
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
          renderItem={(opportunity) => <OpportunityCard opportunity={opportunity} />}
        />
      </div>
    </>
  );
}
