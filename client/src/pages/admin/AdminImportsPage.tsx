import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { useClusterList } from "../../lib/referenceData.ts";
import { AdminFrame } from "./AdminFrame.tsx";
import { ClusterImport } from "./imports/ClusterImport.tsx";

/** Bulk import for admins: any cluster, chosen here (kept in the query string as ?cluster=<id>). */
export function AdminImportsPage() {
  const { t } = useTranslation();
  const clusters = useClusterList();
  const [params, setParams] = useSearchParams();
  const chosen = clusters.data?.find((c) => c.id === params.get("cluster"));

  return (
    <AdminFrame title={t("admin.imports.title")} intro={t("admin.imports.intro")}>
      {clusters.isPending ? (
        <LoadingState label={t("common.loading")} />
      ) : clusters.isError ? (
        <ErrorState error={clusters.error} onRetry={() => void clusters.refetch()} />
      ) : (
        <ClusterImport
          id="import-cluster"
          clusters={clusters.data}
          chosen={chosen}
          onChoose={(cluster) => setParams(cluster ? { cluster } : {})}
        />
      )}
    </AdminFrame>
  );
}
