import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { DetailState } from "../../components/DetailState.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { OpportunityDetails } from "./OpportunityDetails.tsx";
import { useOpportunity } from "./useOpportunity.ts";
import { useOpportunityMatches } from "./useOpportunityMatches.ts";
import { BackLink } from "../../components/BackLink.tsx";

export function OpportunityPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const opportunity = useOpportunity(id);
  const matches = useOpportunityMatches(id);

  return (
    <>
      <BackLink to="/opportunities" label={t("opportunity.back")} />
      {opportunity.data ? (
        <>
          <PageTitle title={opportunity.data.title.text} />
          <OpportunityDetails opportunity={opportunity.data} matches={matches} />
        </>
      ) : (
        <DetailState query={opportunity} loadingText={t("opportunity.loading")} />
      )}
    </>
  );
}
