import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Section } from "../../components/Section.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { formatDate, formatNumber } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { AdminFrame } from "./AdminFrame.tsx";
import { useReviewQueue } from "./useReviewQueue.ts";

/** Company profiles and opportunities waiting for an admin, oldest first. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const queue = useReviewQueue();
  const when = (iso: string | null) => (iso ? formatDate(iso, locale) : "—");

  let body;
  if (queue.isPending) body = <LoadingState label={t("common.loading")} />;
  else if (queue.isError) body = <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />;
  else {
    const { companyRevisions, opportunities, counts } = queue.data;
    body = (
      <>
        <Section title={t("admin.reviews.companies", { n: formatNumber(counts.companyRevisions, locale) })}>
          {companyRevisions.length === 0 ? (
            <EmptyState message={t("admin.reviews.noCompanies")} />
          ) : (
            <div className="admin-table-scroll">
              <table className="data-table" data-testid="queue-companies">
                <thead>
                  <tr>
                    <th scope="col">{t("admin.reviews.company")}</th>
                    <th scope="col">{t("admin.reviews.kind")}</th>
                    <th scope="col">{t("admin.reviews.submitted")}</th>
                    <th scope="col">{t("admin.reviews.submitter")}</th>
                  </tr>
                </thead>
                <tbody>
                  {companyRevisions.map((r) => (
                    <tr key={r.revisionId}>
                      <th scope="row">
                        <Link to={`/admin/reviews/companies/${r.revisionId}`}>{r.companyName}</Link>
                      </th>
                      <td>
                        <span className={r.isNew ? "badge admin-badge-new" : "badge"}>{r.isNew ? t("admin.reviews.new") : t("admin.reviews.edit")}</span>
                      </td>
                      <td>{when(r.submittedAt)}</td>
                      <td>{r.submitterName ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {counts.companyRevisions > companyRevisions.length && <p className="muted">{t("admin.reviews.oldestShown", { n: companyRevisions.length })}</p>}
        </Section>
        <Section title={t("admin.reviews.opportunities", { n: formatNumber(counts.opportunities, locale) })}>
          {opportunities.length === 0 ? (
            <EmptyState message={t("admin.reviews.noOpportunities")} />
          ) : (
            <div className="admin-table-scroll">
              <table className="data-table" data-testid="queue-opportunities">
                <thead>
                  <tr>
                    <th scope="col">{t("admin.reviews.opportunity")}</th>
                    <th scope="col">{t("admin.reviews.type")}</th>
                    <th scope="col">{t("admin.reviews.company")}</th>
                    <th scope="col">{t("admin.reviews.submitted")}</th>
                  </tr>
                </thead>
                <tbody>
                  {opportunities.map((o) => (
                    <tr key={o.id}>
                      <th scope="row">
                        <Link to={`/admin/reviews/opportunities/${o.id}`} lang={o.titleLang}>
                          {o.title}
                        </Link>
                      </th>
                      <td>{t(`opportunityType.${o.type}`)}</td>
                      <td>
                        {o.companyName}
                        {o.anonymous && <span className="badge admin-badge-anonymous">{t("common.anonymous")}</span>}
                      </td>
                      <td>{when(o.submittedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {counts.opportunities > opportunities.length && <p className="muted">{t("admin.reviews.oldestShown", { n: opportunities.length })}</p>}
        </Section>
      </>
    );
  }

  return (
    <AdminFrame title={t("admin.reviews.title")} intro={t("admin.reviews.intro")}>
      {body}
    </AdminFrame>
  );
}
