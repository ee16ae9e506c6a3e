import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface ChartColumn<T> {
  header: string;
  value: (row: T) => string | number;
  numeric?: boolean;
}

/**
 * A chart with its accessible alternative: the drawing is one image for assistive technology
 * (named by `summary`), and the same numbers are in a table that opens below it.
 */
export function ChartFigure<T>({
  title,
  summary,
  rows,
  columns,
  rowKey,
  children,
  testId,
}: {
  title: string;
  summary: string;
  rows: T[];
  columns: ChartColumn<T>[];
  rowKey: (row: T) => string;
  children: ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <figure className="section admin-chart" aria-labelledby={titleId} data-testid={testId}>
      <h2 id={titleId}>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t("admin.dashboard.noData")}</p>
      ) : (
        <>
          <div className="admin-chart-canvas" role="img" aria-label={summary}>
            {children}
          </div>
          <details className="admin-chart-data">
            <summary>{t("admin.dashboard.showTable")}</summary>
            <div className="admin-table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    {columns.map((c) => (
                      <th key={c.header} scope="col" className={c.numeric ? "numeric" : undefined}>
                        {c.header}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={rowKey(row)}>
                      {columns.map((c, i) =>
                        i === 0 ? (
                          <th key={c.header} scope="row">
                            {c.value(row)}
                          </th>
                        ) : (
                          <td key={c.header} className={c.numeric ? "numeric" : undefined}>
                            {c.value(row)}
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </figure>
  );
}
