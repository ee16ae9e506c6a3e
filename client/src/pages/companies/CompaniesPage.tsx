import { useTranslation } from "react-i18next";
import { CompanyCard } from "../../components/CompanyCard.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ResultList } from "../../components/ResultList.tsx";
import { InquirySelectionBar } from "../inquiries/InquirySelectionBar.tsx";
import { SelectForInquiry } from "../inquiries/SelectForInquiry.tsx";
import { CompanyFiltersForm } from "./CompanyFiltersForm.tsx";
import { useCompanyDirectory } from "./useCompanyDirectory.ts";

export function CompaniesPage() {
  const { t } = useTranslation();
  const { filters, hasFilters, companies, setFilter, setPage, clearFilters } = useCompanyDirectory();

  return (
    <>
      <PageTitle title={t("companies.title")} />
      <div className="page-header">
        <h1>{t("companies.title")}</h1>
        <p className="lead">{t("companies.intro")}</p>
      </div>
      <div className="with-filters">
        <CompanyFiltersForm filters={filters} hasFilters={hasFilters} onChange={setFilter} onReset={clearFilters} />
        <ResultList
          query={companies}
          countText={(count, n) => t("companies.count", { count, n })}
          loadingText={t("companies.loading")}
          emptyText={t("companies.empty")}
          onClearFilters={clearFilters}
          onPage={setPage}
          renderItem={(company) => (
            <div className="inq-card-with-select">
              <CompanyCard company={company} />
              <SelectForInquiry company={company} />
            </div>
          )}
        />
      </div>
      <InquirySelectionBar />
    </>
  );
}
