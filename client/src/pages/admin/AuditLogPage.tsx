import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Pagination } from "../../components/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { AdminFrame } from "./AdminFrame.tsx";
import { AuditEntry } from "./AuditEntry.tsx";
import { useAuditLog } from "./useAuditLog.ts";

/** Every action of admins and cluster managers, newest first, searchable. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { filters, hasFilters, entries, vocabulary, setFilters, setPage, clearFilters } = useAuditLog();
  const [draft, setDraft] = useState({
    q: filters.q ?? "",
    action: filters.action ?? "",
    entity: filters.entity ?? "",
    actor: filters.actor ?? "",
    from: filters.from ?? "",
    to: filters.to ?? "",
  });
  const rangeInvalid = draft.from !== "" && draft.to !== "" && draft.from > draft.to;
  const set = (key: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (rangeInvalid) return;
    setFilters(Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, v.trim() || undefined])));
  };
  const reset = () => {
    setDraft({ q: "", action: "", entity: "", actor: "", from: "", to: "" });
    clearFilters();
  };

  let body;
  if (entries.isPending) body = <LoadingState label={t("common.loading")} />;
  else if (entries.isError) body = <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />;
  else if (entries.data.items.length === 0)
    body = <EmptyState message={t("admin.audit.empty")} action={hasFilters ? { label: t("common.clearFilters"), onClick: reset } : undefined} />;
  else
    body = (
      <>
        <p className="result-count" role="status" data-testid="result-count">
          {t("admin.audit.count", { count: entries.data.total, n: formatNumber(entries.data.total, locale) })}
        </p>
        <ul className="card-list">
          {entries.data.items.map((e) => (
            <li key={e.id}>
              <AuditEntry entry={e} />
            </li>
          ))}
        </ul>
        <Pagination page={entries.data.page} pageCount={entries.data.pageCount} onPage={setPage} />
      </>
    );

  return (
    <AdminFrame title={t("admin.audit.title")} intro={t("admin.audit.intro")}>
      <form className="admin-filters" role="search" aria-label={t("admin.audit.filters")} onSubmit={submit}>
        <div className="filter admin-filter-wide">
          <label htmlFor="audit-q">{t("admin.audit.q")}</label>
          <input id="audit-q" type="search" value={draft.q} maxLength={200} onChange={(e) => set("q")(e.target.value)} />
        </div>
        <div className="filter">
          <label htmlFor="audit-action">{t("admin.audit.action")}</label>
          <select id="audit-action" value={draft.action} onChange={(e) => set("action")(e.target.value)}>
            <option value="">{t("admin.common.all")}</option>
            {(vocabulary.data?.actions ?? []).map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="audit-entity">{t("admin.audit.entity")}</label>
          <select id="audit-entity" value={draft.entity} onChange={(e) => set("entity")(e.target.value)}>
            <option value="">{t("admin.common.all")}</option>
            {(vocabulary.data?.entityTypes ?? []).map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="audit-actor">{t("admin.audit.actor")}</label>
          <input id="audit-actor" className="text-input" type="text" value={draft.actor} maxLength={200} onChange={(e) => set("actor")(e.target.value)} />
        </div>
        <div className="filter">
          <label htmlFor="audit-from">{t("admin.audit.from")}</label>
          <input id="audit-from" className="text-input" type="date" value={draft.from} onChange={(e) => set("from")(e.target.value)} />
        </div>
        <div className="filter">
          <label htmlFor="audit-to">{t("admin.audit.to")}</label>
          <input
            id="audit-to"
            className="text-input"
            type="date"
            value={draft.to}
            aria-invalid={rangeInvalid || undefined}
            aria-describedby={rangeInvalid ? "audit-range-error" : undefined}
            onChange={(e) => set("to")(e.target.value)}
          />
          {rangeInvalid && (
            <p id="audit-range-error" className="field-error">
              {t("admin.audit.rangeError")}
            </p>
          )}
        </div>
        <div className="admin-filter-buttons">
          <button type="submit" className="button">
            {t("admin.common.search")}
          </button>
          <button type="button" className="button button-secondary" onClick={reset}>
            {t("common.resetFilters")}
          </button>
        </div>
      </form>
      <section className="results" aria-label={t("common.results")}>
        {body}
      </section>
    </AdminFrame>
  );
}
