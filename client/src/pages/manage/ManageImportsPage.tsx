import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useMe } from "../../lib/useMe.ts";
import { ClusterImport } from "../admin/imports/ClusterImport.tsx";
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
        <ClusterImport
          id="manage-import-cluster"
          clusters={clusters}
          chosen={chosen}
          onChoose={(cluster) => setParams(cluster ? { cluster } : {})}
          showChoice={clusters.length > 1}
        />
      )}
    </ManageFrame>
  );
}
