import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { displayName } from "../../lib/displayName.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { MyClaims } from "../claims/MyClaims.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { CompanyStatusBadge, RevisionBadge } from "./StatusBadges.tsx";
import { useMyCompanies } from "./useWorkspace.ts";

/** The companies the user works for, each with whether it is public and where its changes stand. */
export function WorkspacePage() {
  const { t } = useTranslation();
  const mine = useMyCompanies();
  return (
    <>
      <PageTitle title={t("companyWorkspace.workspace.title")} />
      <header className="page-header header-split">
        <div>
          <h1>{t("companyWorkspace.workspace.title")}</h1>
          <p className="lead">{t("companyWorkspace.workspace.intro")}</p>
        </div>
        <Link to="/workspace/companies/new" className="button">
          {t("companyWorkspace.workspace.register")}
        </Link>
      </header>
      {mine.isError ? (
        <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />
      ) : !mine.data ? (
        <LoadingState label={t("companyWorkspace.workspace.loading")} />
      ) : mine.data.length === 0 ? (
        <EmptyState message={t("companyWorkspace.workspace.empty")}>
          <p>{t("companyWorkspace.workspace.emptyHelp")}</p>
        </EmptyState>
      ) : (
        <ul className="card-list">
          {mine.data.map((company) => (
            <li key={company.companyId}>
              <article className="card ce-company-card" data-testid="my-company">
                {company.logoUrl && <img className="ce-card-logo" src={company.logoUrl} alt="" />}
                <div>
                  <CompanyName company={company} />
                  <p className="ce-badges">
                    <CompanyStatusBadge status={company.status} />
                    <RevisionBadge revision={company.revision} />
                    <span className="muted small">{t(`companyWorkspace.role.${company.role}`)}</span>
                  </p>
                  {company.revision?.status === "REJECTED" && (
                    <p className="ce-rejection small">
                      <strong>{t("companyWorkspace.editor.rejectedBecause")}</strong> {company.revision.rejectionReason}
                    </p>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
      <MyClaims />
    </>
  );
}

/**
 * The company's name as a link, in the reader's script (Latin for readers of English and German),
 * with the other script's form under it.
 */
function CompanyName({ company }: { company: { companyId: string; name: string; nameLatin: string } }) {
  const locale = useLocale();
  const shown = displayName(company, locale);
  const other = shown.original ?? (company.nameLatin !== company.name ? { text: company.nameLatin, lang: undefined } : null);
  return (
    <>
      <h2 className="card-title">
        <Link to={`/workspace/companies/${company.companyId}`} lang={shown.lang}>
          {shown.text}
        </Link>
      </h2>
      {other && (
        <p className="name-latin" lang={other.lang}>
          {other.text}
        </p>
      )}
    </>
  );
}
