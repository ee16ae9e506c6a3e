import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { useClusterList } from "../../lib/referenceData.ts";
import { AdminFrame } from "./AdminFrame.tsx";
import { ImportWorkbench } from "./imports/ImportWorkbench.tsx";

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
        <>
          <div className="filter admin-cluster-choice">
            <label htmlFor="import-cluster">{t("admin.imports.cluster")}</label>
            <select id="import-cluster" value={chosen?.id ?? ""} onChange={(e) => setParams(e.target.value ? { cluster: e.target.value } : {})}>
              <option value="">{t("admin.imports.chooseCluster")}</option>
              {clusters.data.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          {chosen ? <ImportWorkbench key={chosen.id} clusterId={chosen.id} clusterName={chosen.name} /> : <p className="muted">{t("admin.imports.pickClusterFirst")}</p>}
        </>
      )}
    </AdminFrame>
  );
}
