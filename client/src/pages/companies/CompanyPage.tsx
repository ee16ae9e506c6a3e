import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { DetailState } from "../../components/DetailState.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { firmName } from "../../lib/displayName.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { CompanyProfile } from "./CompanyProfile.tsx";
import { useCompanyProfile } from "./useCompanyProfile.ts";
import { BackLink } from "../../components/BackLink.tsx";

export function CompanyPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug = "" } = useParams();
  const { company, opportunities, matches } = useCompanyProfile(slug);

  return (
    <>
      <BackLink to="/companies" label={t("company.back")} />
      {company.data ? (
        <>
          <PageTitle title={firmName(company.data, locale)} />
          <CompanyProfile company={company.data} opportunities={opportunities} matches={matches} />
        </>
      ) : (
        <DetailState query={company} loadingText={t("company.loading")} />
      )}
    </>
  );
}
