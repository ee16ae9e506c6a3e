import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { DetailState } from "../../components/DetailState.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { clusterNames } from "./clusterNames.ts";
import { ClusterDetails } from "./ClusterDetails.tsx";
import { useCluster } from "./useClusters.ts";
import { BackLink } from "../../components/BackLink.tsx";

export function ClusterPage() {
  const { t } = useTranslation();
  const { slug = "" } = useParams();
  const cluster = useCluster(slug);

  return (
    <>
      <BackLink to="/clusters" label={t("cluster.back")} />
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
