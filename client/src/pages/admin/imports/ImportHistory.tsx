import type { BulkImportHistory } from "@cluster-match/shared/schemas/bulk-import";
import { useTranslation } from "react-i18next";
import { EmptyState, ErrorState, LoadingState } from "../../../components/QueryStates.tsx";
import { formatNumber, intlLocale } from "../../../lib/format.ts";
import { useLocale } from "../../../lib/useLocale.ts";

/** Earlier checks and imports of the cluster, newest first. */
export function ImportHistory({ query }: { query: { data: BulkImportHistory | undefined; isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown } }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (query.isPending) return <LoadingState label={t("common.loading")} />;
  if (query.isError || !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.length === 0) return <EmptyState message={t("admin.imports.noHistory")} />;
  const when = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short" });
  const kind = (h: BulkImportHistory[number]) => (h.dryRun ? "check" : h.committed ? "import" : "refused");
  return (
    <div className="admin-table-scroll">
      <table className="data-table" data-testid="import-history">
        <thead>
          <tr>
            <th scope="col">{t("admin.imports.when")}</th>
            <th scope="col">{t("admin.imports.file")}</th>
            <th scope="col">{t("admin.imports.kind")}</th>
            <th scope="col">{t("admin.imports.by")}</th>
            <th scope="col" className="numeric">
              {t("admin.imports.rows")}
            </th>
            <th scope="col" className="numeric">
              {t("admin.imports.created")}
            </th>
            <th scope="col" className="numeric">
              {t("admin.imports.updated")}
            </th>
            <th scope="col" className="numeric">
              {t("admin.imports.withErrors")}
            </th>
          </tr>
        </thead>
        <tbody>
          {query.data.map((h) => (
            <tr key={h.id}>
              <td>
                <time dateTime={h.createdAt}>{when.format(new Date(h.createdAt))}</time>
              </td>
              <th scope="row">{h.fileName}</th>
              <td>{t(`admin.imports.kinds.${kind(h)}`)}</td>
              <td>{h.userName ?? "—"}</td>
              <td className="numeric">{formatNumber(h.rowCount, locale)}</td>
              <td className="numeric">{formatNumber(h.createdCount, locale)}</td>
              <td className="numeric">{formatNumber(h.updatedCount, locale)}</td>
              <td className="numeric">{formatNumber(h.errorCount, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
