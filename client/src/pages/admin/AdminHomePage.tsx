import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatNumber } from "../../lib/format.ts";
import { useMailboxAvailable } from "../../lib/useMailboxAvailable.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { AdminFrame, adminSections } from "./AdminFrame.tsx";
import { useReviewQueue } from "./useReviewQueue.ts";

/** The console's home: what waits for review, and a way into every section. */
export function AdminHomePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const queue = useReviewQueue();
  const counts = queue.data?.counts;
  const mailboxAvailable = useMailboxAvailable();

  return (
    <AdminFrame title={t("admin.home.title")} intro={t("admin.home.intro")}>
      <section className="admin-tiles" aria-label={t("admin.home.sections")}>
        <article className="card admin-tile admin-tile-queue">
          <h2 className="card-title">
            <Link to="/admin/reviews">{t("admin.nav.reviews")}</Link>
          </h2>
          {counts ? (
            <p data-testid="queue-counts">
              {t("admin.home.queueCounts", {
                companies: t("admin.home.queueCompanies", { count: counts.companyRevisions, n: formatNumber(counts.companyRevisions, locale) }),
                opportunities: t("admin.home.queueOpportunities", { count: counts.opportunities, n: formatNumber(counts.opportunities, locale) }),
              })}
            </p>
          ) : (
            <p className="muted">{queue.isError ? t("admin.home.queueUnavailable") : t("common.loading")}</p>
          )}
        </article>
        {adminSections
          .filter((s) => s.key !== "home" && s.key !== "reviews")
          .map((s) => (
            <article key={s.to} className="card admin-tile">
              <h2 className="card-title">
                <Link to={s.to}>{t(`admin.nav.${s.key}`)}</Link>
              </h2>
              <p className="muted">{t(`admin.home.describe.${s.key}`)}</p>
            </article>
          ))}
        {/* Only here: the development mailbox holds sign-in links, so no public page points to it. */}
        {mailboxAvailable && (
          <article className="card admin-tile">
            <h2 className="card-title">
              <Link to="/dev/mailbox">{t("nav.devMailbox")}</Link>
            </h2>
            <p className="muted">{t("admin.home.describe.mailbox")}</p>
          </article>
        )}
      </section>
    </AdminFrame>
  );
}
