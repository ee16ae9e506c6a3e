import { useTranslation } from "react-i18next";
import { ImportWorkbench } from "./ImportWorkbench.tsx";

type Cluster = { id: string; name: string };

/**
 * The cluster an import goes into (a select, unless `showChoice` is off because there is only one)
 * and, once chosen, the import workbench for it. The choice lives in the query string (?cluster=<id>).
 */
export function ClusterImport({
  id,
  clusters,
  chosen,
  onChoose,
  showChoice = true,
}: {
  id: string;
  clusters: readonly Cluster[];
  chosen: Cluster | undefined;
  onChoose: (clusterId: string) => void;
  showChoice?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {showChoice && (
        <div className="filter admin-cluster-choice">
          <label htmlFor={id}>{t("admin.imports.cluster")}</label>
          <select id={id} value={chosen?.id ?? ""} onChange={(e) => onChoose(e.target.value)}>
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
  );
}
