import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DetailState } from "../../components/DetailState.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { CompanyProfile } from "./CompanyProfile.tsx";
import { useCompanyProfile } from "./useCompanyProfile.ts";

export function CompanyPage() {
  const { t } = useTranslation();
  const { slug = "" } = useParams();
  const { company, opportunities, matches } = useCompanyProfile(slug);

  return (
    <>
      <p className="back-link">
        <Link to="/companies">
          <span aria-hidden="true">← </span>
          {t("company.back")}
        </Link>
      </p>
      {company.data ? (
        <>
          <PageTitle title={company.data.name} />
          <CompanyProfile company={company.data} opportunities={opportunities} matches={matches} />
        </>
      ) : (
        <DetailState query={company} loadingText={t("company.loading")} />
      )}
    </>
  );
}
