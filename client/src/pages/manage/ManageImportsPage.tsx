import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useMe } from "../../lib/useMe.ts";
import { ImportWorkbench } from "../admin/imports/ImportWorkbench.tsx";
import { ManageFrame } from "./ManageFrame.tsx";

/** Bulk import of a cluster manager's members; with several clusters they choose one (?cluster=<id>). */
export function ManageImportsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const clusters = me.data?.managedClusters ?? [];
  const chosen = clusters.find((c) => c.id === params.get("cluster")) ?? (clusters.length === 1 ? clusters[0] : undefined);

  return (
    <ManageFrame title={t("admin.imports.title")} intro={t("admin.imports.intro")}>
      {clusters.length === 0 ? (
        <p className="muted">
          {t("admin.manage.noClusters")} {me.data?.role === "ADMIN" && <Link to="/admin/imports">{t("admin.manage.useConsole")}</Link>}
        </p>
      ) : (
        <>
          {clusters.length > 1 && (
            <div className="filter admin-cluster-choice">
              <label htmlFor="manage-import-cluster">{t("admin.imports.cluster")}</label>
              <select id="manage-import-cluster" value={chosen?.id ?? ""} onChange={(e) => setParams(e.target.value ? { cluster: e.target.value } : {})}>
                <option value="">{t("admin.imports.chooseCluster")}</option>
                {clusters.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {chosen ? <ImportWorkbench key={chosen.id} clusterId={chosen.id} clusterName={chosen.name} /> : <p className="muted">{t("admin.imports.pickClusterFirst")}</p>}
        </>
      )}
    </ManageFrame>
  );
}
