import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DetailState } from "../../components/DetailState.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { displayName } from "../../lib/displayName.ts";
import { formatDate } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { CompanyStatusBadge, HoldReasons, RevisionBadge } from "./StatusBadges.tsx";
import { useEditableCompany } from "./useWorkspace.ts";
import { BackLink } from "../../components/BackLink.tsx";
import { MissingLanguagesNudge } from "../../components/DescriptionCompleteness.tsx";

/** One company's home in the workspace: its state and the ways to work on it. */
export function CompanyDashboardPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { companyId = "" } = useParams();
  const editable = useEditableCompany(companyId);
  if (!editable.data) return <DetailState query={editable} loadingText={t("companyWorkspace.dashboard.loading")} />;
  const company = editable.data;
  const { revision } = company;
  // Readers of English and German see a Cyrillic name in its Latin form, as everywhere else.
  const name = displayName({ ...company.data, country: company.country }, locale);
  const canManageTeam = company.actingAs !== "EDITOR";
  const links = [
    { to: `/workspace/companies/${companyId}/profile`, label: t("companyWorkspace.dashboard.profile"), text: t("companyWorkspace.dashboard.profileText") },
    { to: `/workspace/companies/${companyId}/team`, label: t("companyWorkspace.dashboard.team"), text: canManageTeam ? t("companyWorkspace.dashboard.teamText") : t("companyWorkspace.dashboard.teamTextEditor") },
    { to: `/workspace/companies/${companyId}/opportunities`, label: t("companyWorkspace.dashboard.opportunities"), text: t("companyWorkspace.dashboard.opportunitiesText") },
  ];

  return (
    <>
      <PageTitle title={name.text} />
      <BackLink to="/workspace" label={t("companyWorkspace.workspace.title")} />
      <header className="page-header header-split">
        <div>
          <h1 lang={name.lang}>{name.text}</h1>
          <p className="ce-badges">
            <CompanyStatusBadge status={company.status} />
            <RevisionBadge revision={revision} />
          </p>
        </div>
        {company.logoUrl && <img className="ce-dashboard-logo" src={company.logoUrl} alt={t("companyWorkspace.logo.alt", { name: name.text })} />}
      </header>

      <section className="section" aria-labelledby="ce-state">
        <h2 id="ce-state">{t("companyWorkspace.dashboard.state")}</h2>
        <p>{t(`companyWorkspace.dashboard.statusText.${company.status}`)}</p>
        {revision?.status === "DRAFT" && <p>{t("companyWorkspace.dashboard.draftText")}</p>}
        {revision?.status === "PENDING" && <p>{t("companyWorkspace.dashboard.pendingText", { date: revision.submittedAt ? formatDate(revision.submittedAt, locale) : "" })}</p>}
        <HoldReasons revision={revision} company={company} />
        {company.status === "PUBLISHED" && (
          <p>
            <Link to={`/companies/${company.slug}`}>{t("companyWorkspace.dashboard.publicPage")}</Link>
          </p>
        )}
        <dl className="facts">
          <dt>{t("companyWorkspace.fields.registryId")}</dt>
          <dd className="code">{company.registryId}</dd>
          <dt>{t("companyWorkspace.dashboard.actingAs")}</dt>
          <dd>{t(`companyWorkspace.role.${company.actingAs}`)}</dd>
        </dl>
      </section>

      <MissingLanguagesNudge description={company.data.description} editTo={`/workspace/companies/${companyId}/profile`} />

      <nav aria-label={t("companyWorkspace.dashboard.navLabel")}>
        <ul className="ce-tiles">
          {links.map((link) => (
            <li key={link.to} className="card">
              <h2 className="card-title">
                <Link to={link.to}>{link.label}</Link>
              </h2>
              <p className="muted">{link.text}</p>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
