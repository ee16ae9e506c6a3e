import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { countryName, formatNumber } from "../../lib/format.ts";
import { displayCity } from "../../lib/places.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { clusterNames } from "./clusterNames.ts";
import { useClusterList } from "./useClusters.ts";

export function ClustersPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const clusters = useClusterList();

  return (
    <>
      <PageTitle title={t("clusters.title")} />
      <div className="page-header">
        <h1>{t("clusters.title")}</h1>
        <p className="lead">{t("clusters.intro")}</p>
      </div>
      {clusters.isPending ? (
        <LoadingState label={t("clusters.loading")} />
      ) : clusters.isError ? (
        <ErrorState error={clusters.error} onRetry={() => void clusters.refetch()} />
      ) : clusters.data.length === 0 ? (
        <EmptyState message={t("clusters.empty")} />
      ) : (
        <ul className="card-grid">
          {clusters.data.map((cluster) => {
            const { primary, secondary } = clusterNames(cluster);
            return (
              <li key={cluster.id}>
                <article className="card cluster-card" data-testid="cluster-card">
                  <h2 className="card-title">
                    <Link to={`/clusters/${cluster.slug}`} lang={primary.lang}>
                      {primary.text}
                    </Link>
                  </h2>
                  {secondary && (
                    <p className="name-latin" lang={secondary.lang}>
                      {secondary.text}
                    </p>
                  )}
                  <p className="card-meta">
                    <span>
                      {displayCity(cluster, locale)}, {countryName(cluster.country, locale)}
                    </span>
                    <span>{t("clusters.members", { count: cluster.memberCount, n: formatNumber(cluster.memberCount, locale) })}</span>
                  </p>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
