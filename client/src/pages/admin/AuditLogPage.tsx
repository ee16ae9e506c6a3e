import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FiltersHeading, useFiltersDisclosure } from "../../components/FiltersHeading.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { AdminFrame } from "./AdminFrame.tsx";
import { AuditEntry } from "./AuditEntry.tsx";
import { PagedResults } from "./PagedResults.tsx";
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
  // On a phone the filters but the search box fold away above the list.
  const disclosure = useFiltersDisclosure();
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

  return (
    <AdminFrame title={t("admin.audit.title")} intro={t("admin.audit.intro")}>
      <form className="admin-filters collapsible-filters" data-open={disclosure.open} role="search" aria-label={t("admin.audit.filters")} onSubmit={submit}>
        <div className="filter admin-filter-wide">
          <label htmlFor="audit-q">{t("admin.audit.q")}</label>
          <input id="audit-q" type="search" value={draft.q} maxLength={200} onChange={(e) => set("q")(e.target.value)} />
        </div>
        <FiltersHeading
          {...disclosure}
          visibleTitle={false}
          active={[filters.action, filters.entity, filters.actor, filters.from, filters.to].filter(Boolean).length}
        />
        <div id={disclosure.bodyId} className="filters-body">
          <VocabularySelect id="audit-action" label={t("admin.audit.action")} value={draft.action} options={vocabulary.data?.actions} onChange={set("action")} />
          <VocabularySelect id="audit-entity" label={t("admin.audit.entity")} value={draft.entity} options={vocabulary.data?.entityTypes} onChange={set("entity")} />
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
      <PagedResults
        query={entries}
        emptyMessage={t("admin.audit.empty")}
        emptyAction={hasFilters ? { label: t("common.clearFilters"), onClick: reset } : undefined}
        countText={(total) => t("admin.audit.count", { count: total, n: formatNumber(total, locale) })}
        onPage={setPage}
      >
        {(items) => (
          <ul className="card-list">
            {items.map((e) => (
              <li key={e.id}>
                <AuditEntry entry={e} />
              </li>
            ))}
          </ul>
        )}
      </PagedResults>
    </AdminFrame>
  );
}

/** A select over one list of the log's vocabulary (actions, entity types), shown as stored. */
function VocabularySelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly string[] | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("admin.common.all")}</option>
        {(options ?? []).map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </select>
    </div>
  );
}
