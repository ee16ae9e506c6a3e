import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../../lib/useMe.ts";
import { ManageFrame } from "./ManageFrame.tsx";

/** A cluster manager's home: their clusters and what they can do for them. */
export function ManageHomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const clusters = me.data?.managedClusters ?? [];
  return (
    <ManageFrame title={t("admin.manage.title")} intro={t("admin.manage.intro")}>
      <section className="section" aria-labelledby="manage-clusters">
        <h2 id="manage-clusters">{t("admin.manage.clusters")}</h2>
        {clusters.length === 0 ? (
          <p className="muted">{me.data?.role === "ADMIN" ? t("admin.manage.adminNoClusters") : t("admin.manage.noClusters")}</p>
        ) : (
          <ul className="value-list">
            {clusters.map((c) => (
              <li key={c.id}>
                <Link to={`/clusters/${c.slug}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="admin-tiles">
        <article className="card admin-tile">
          <h2 className="card-title">
            <Link to="/manage/imports">{t("admin.manage.nav.imports")}</Link>
          </h2>
          <p className="muted">{t("admin.manage.importsHelp")}</p>
        </article>
        <article className="card admin-tile">
          <h2 className="card-title">
            <Link to="/manage/introductions">{t("admin.manage.nav.introductions")}</Link>
          </h2>
          <p className="muted">{t("admin.manage.introductionsHelp")}</p>
        </article>
        <article className="card admin-tile">
          <h2 className="card-title">
            <Link to="/manage/data-quality">{t("places.quality.nav")}</Link>
          </h2>
          <p className="muted">{t("places.quality.homeLink")}</p>
        </article>
        {me.data?.role === "ADMIN" && (
          <article className="card admin-tile">
            <h2 className="card-title">
              <Link to="/admin">{t("admin.nav.home")}</Link>
            </h2>
            <p className="muted">{t("admin.manage.consoleHelp")}</p>
          </article>
        )}
      </div>
    </ManageFrame>
  );
}
