import type { AuditEntryDto } from "@cluster-match/shared";
import { useTranslation } from "react-i18next";
import { diffJson } from "../../lib/auditDiff.ts";
import { intlLocale } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";

/** One audit entry: who did what to which record, and (expandable) its before/after comparison. */
export function AuditEntry({ entry }: { entry: Omit<AuditEntryDto, "before" | "after"> & { before?: unknown; after?: unknown } }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const lines = diffJson(entry.before, entry.after);
  const when = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "medium" }).format(new Date(entry.createdAt));
  return (
    <article className="card admin-audit-entry" data-testid="audit-entry">
      <div className="card-head">
        <h2 className="card-title admin-audit-action">
          <span className="code">{entry.action}</span>
        </h2>
        <time dateTime={entry.createdAt} className="muted">
          {when}
        </time>
      </div>
      <p className="admin-audit-summary">{entry.summary || "—"}</p>
      <p className="card-meta">
        {t("admin.audit.by", { actor: entry.actorEmail ?? t("admin.audit.unknownActor") })}
        {entry.actorRole && ` (${entry.actorRole})`} · {entry.entityType} <span className="code">{entry.entityId}</span>
      </p>
      {lines.length > 0 && (
        <details className="admin-audit-details">
          <summary>{t("admin.audit.showChanges", { count: lines.filter((l) => l.changed).length })}</summary>
          <div className="admin-table-scroll">
            <table className="data-table admin-diff">
              <caption className="visually-hidden">{t("admin.audit.diffCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("admin.audit.field")}</th>
                  <th scope="col">{t("admin.audit.before")}</th>
                  <th scope="col">{t("admin.audit.after")}</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((line) => (
                  <tr key={line.path} className={line.changed ? "admin-diff-changed" : undefined}>
                    <th scope="row" className="code">
                      {line.path || "—"}
                      {line.changed && <span className="visually-hidden"> ({t("admin.audit.changed")})</span>}
                    </th>
                    <td className="admin-diff-value">{line.before ?? "—"}</td>
                    <td className="admin-diff-value">{line.after ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </article>
  );
}
