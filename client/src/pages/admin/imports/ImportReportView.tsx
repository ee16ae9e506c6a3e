import type { BulkImportReport, BulkImportRowError, BulkImportRowWarning } from "@cluster-match/shared/schemas/bulk-import";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../lib/format.ts";
import { useLocale } from "../../../lib/useLocale.ts";

function RowError({ error }: { error: BulkImportRowError }) {
  const { t } = useTranslation();
  return (
    <li>
      <span className="code">{error.field}</span>: {error.code === "similar_name" ? t("places.importError.similar_name") : t(`admin.imports.errorCode.${error.code}`)}
      {error.code !== "duplicate_in_file" || error.message ? <span className="muted"> — {error.message}</span> : null}
    </li>
  );
}

/** Imported all the same: the city is not in the gazetteer, so the firm has no map position. */
function RowWarning({ warning }: { warning: BulkImportRowWarning }) {
  const { t } = useTranslation();
  return (
    <li className="admin-row-warning">
      <span className="code">{warning.field}</span>: {t(`places.importWarning.${warning.code}`)}
      <span className="muted"> — {warning.message}</span>
    </li>
  );
}

/** The per-row report of a check or a commit: totals, problems of the file, and every row with its action and errors. */
export function ImportReportView({ report }: { report: BulkImportReport }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const rows = onlyErrors ? report.rows.filter((r) => r.action === "error") : report.rows;
  const n = (value: number) => formatNumber(value, locale);

  return (
    <div className="admin-import-report" data-testid="import-report">
      <ul className="admin-import-totals" aria-label={t("admin.imports.totals")}>
        <li>{t("admin.imports.totalRows", { count: report.totals.rows, n: n(report.totals.rows) })}</li>
        <li className="admin-action-create">{t("admin.imports.totalCreate", { count: report.totals.create, n: n(report.totals.create) })}</li>
        <li className="admin-action-update">{t("admin.imports.totalUpdate", { n: n(report.totals.update) })}</li>
        <li>{t("admin.imports.totalUnchanged", { n: n(report.totals.unchanged) })}</li>
        <li className="admin-action-error" data-testid="import-error-count">
          {t("admin.imports.totalError", { n: n(report.totals.error) })}
        </li>
      </ul>
      {report.fileErrors.length > 0 && (
        <div className="admin-alert" role="alert">
          <p>{t("admin.imports.fileErrors")}</p>
          <ul>
            {report.fileErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {report.ignoredColumns.length > 0 && <p className="notice">{t("admin.imports.ignoredColumns", { columns: report.ignoredColumns.join(", ") })}</p>}
      {report.rows.length > 0 && (
        <>
          <label className="checkbox">
            <input type="checkbox" checked={onlyErrors} onChange={(e) => setOnlyErrors(e.target.checked)} />
            <span className="checkbox-label">{t("admin.imports.onlyErrors")}</span>
          </label>
          <div className="admin-table-scroll">
            <table className="data-table admin-import-rows">
              <caption className="visually-hidden">{t("admin.imports.rowsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    {t("admin.imports.row")}
                  </th>
                  <th scope="col">{t("admin.imports.name")}</th>
                  <th scope="col">{t("admin.imports.registryId")}</th>
                  <th scope="col">{t("admin.imports.action")}</th>
                  <th scope="col">{t("admin.imports.errors")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.row} data-testid="import-row" data-action={r.action}>
                    <td className="numeric">{r.row}</td>
                    <th scope="row">{r.name || "—"}</th>
                    <td className="code">{r.registryId ?? "—"}</td>
                    <td>
                      <span className={`badge admin-action admin-action-${r.action}`}>{t(`admin.imports.actions.${r.action}`)}</span>
                    </td>
                    <td>
                      {r.errors.length + r.warnings.length === 0 ? (
                        "—"
                      ) : (
                        <ul className="admin-row-errors">
                          {r.errors.map((e, i) => (
                            <RowError key={i} error={e} />
                          ))}
                          {r.warnings.map((w, i) => (
                            <RowWarning key={`w${i}`} warning={w} />
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
