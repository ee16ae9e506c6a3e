import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DetailState } from "../../components/DetailState.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { clusterNames } from "./clusterNames.ts";
import { ClusterDetails } from "./ClusterDetails.tsx";
import { useCluster } from "./useClusters.ts";

export function ClusterPage() {
  const { t } = useTranslation();
  const { slug = "" } = useParams();
  const cluster = useCluster(slug);

  return (
    <>
      <p className="back-link">
        <Link to="/clusters">
          <span aria-hidden="true">← </span>
          {t("cluster.back")}
        </Link>
      </p>
      {cluster.data ? (
        <>
          <PageTitle title={clusterNames(cluster.data).primary.text} />
          <ClusterDetails cluster={cluster.data} />
        </>
      ) : (
        <DetailState query={cluster} loadingText={t("cluster.loading")} />
      )}
    </>
  );
}
