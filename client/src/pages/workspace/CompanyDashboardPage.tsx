import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DetailState } from "../../components/DetailState.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { formatDate } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { CompanyStatusBadge, HoldReasons, RevisionBadge } from "./StatusBadges.tsx";
import { useEditableCompany } from "./useWorkspace.ts";
import { BackLink } from "../../components/BackLink.tsx";

/** One company's home in the workspace: its state and the ways to work on it. */
export function CompanyDashboardPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { companyId = "" } = useParams();
  const editable = useEditableCompany(companyId);
  if (!editable.data) return <DetailState query={editable} loadingText={t("companyEditor.dashboard.loading")} />;
  const company = editable.data;
  const { revision } = company;
  const canManageTeam = company.actingAs !== "EDITOR";
  const links = [
    { to: `/workspace/companies/${companyId}/profile`, label: t("companyEditor.dashboard.profile"), text: t("companyEditor.dashboard.profileText") },
    { to: `/workspace/companies/${companyId}/team`, label: t("companyEditor.dashboard.team"), text: canManageTeam ? t("companyEditor.dashboard.teamText") : t("companyEditor.dashboard.teamTextEditor") },
    { to: `/workspace/companies/${companyId}/opportunities`, label: t("companyEditor.dashboard.opportunities"), text: t("companyEditor.dashboard.opportunitiesText") },
  ];

  return (
    <>
      <PageTitle title={company.data.name} />
      <BackLink to="/workspace" label={t("companyEditor.workspace.title")} />
      <header className="page-header header-split">
        <div>
          <h1>{company.data.name}</h1>
          <p className="ce-badges">
            <CompanyStatusBadge status={company.status} />
            <RevisionBadge revision={revision} />
          </p>
        </div>
        {company.logoUrl && <img className="ce-dashboard-logo" src={company.logoUrl} alt={t("companyEditor.logo.alt", { name: company.data.name })} />}
      </header>

      <section className="section" aria-labelledby="ce-state">
        <h2 id="ce-state">{t("companyEditor.dashboard.state")}</h2>
        <p>{t(`companyEditor.dashboard.statusText.${company.status}`)}</p>
        {revision?.status === "DRAFT" && <p>{t("companyEditor.dashboard.draftText")}</p>}
        {revision?.status === "PENDING" && <p>{t("companyEditor.dashboard.pendingText", { date: revision.submittedAt ? formatDate(revision.submittedAt, locale) : "" })}</p>}
        <HoldReasons revision={revision} company={company} />
        {company.status === "PUBLISHED" && (
          <p>
            <Link to={`/companies/${company.slug}`}>{t("companyEditor.dashboard.publicPage")}</Link>
          </p>
        )}
        <dl className="facts">
          <dt>{t("companyEditor.fields.registryId")}</dt>
          <dd className="code">{company.registryId}</dd>
          <dt>{t("companyEditor.dashboard.actingAs")}</dt>
          <dd>{t(`companyEditor.role.${company.actingAs}`)}</dd>
        </dl>
      </section>

      <nav aria-label={t("companyEditor.dashboard.navLabel")}>
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
