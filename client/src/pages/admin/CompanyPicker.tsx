import type { AdminCompanyRow } from "@cluster-match/shared";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { countryName } from "../../lib/format.ts";
import { useDebouncedValue } from "../../lib/useDebouncedValue.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { CompanyStatusBadge } from "./badges.tsx";
import { useCompanyMatches } from "./useAdminCompanies.ts";

/** Picks one firm by searching the console's list (any status): name, Latin name, registry id or id. */
export function CompanyPicker({
  legend,
  selected,
  onSelect,
  testId,
}: {
  legend: string;
  selected: AdminCompanyRow | null;
  onSelect: (company: AdminCompanyRow | null) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const inputId = useId();
  const [q, setQ] = useState("");
  const debounced = useDebouncedValue(q.trim(), 300);
  const results = useCompanyMatches(debounced, debounced.length >= 2 && !selected);

  return (
    <fieldset className="admin-picker" data-testid={testId}>
      <legend>{legend}</legend>
      {selected ? (
        <div className="admin-picked">
          <p>
            <strong>{selected.name}</strong> <span className="name-latin">{selected.nameLatin}</span>
          </p>
          <p className="muted">
            {selected.registryId} · {selected.city}, {countryName(selected.country, locale)} · <CompanyStatusBadge status={selected.status} />
          </p>
          <button type="button" className="button button-link" onClick={() => onSelect(null)}>
            {t("admin.merge.change")}
          </button>
        </div>
      ) : (
        <>
          <label htmlFor={inputId}>{t("admin.merge.searchLabel")}</label>
          <input id={inputId} type="search" value={q} maxLength={200} onChange={(e) => setQ(e.target.value)} />
          {results.isFetching && <p className="muted">{t("common.loading")}</p>}
          {results.data && results.data.items.length === 0 && <p className="muted">{t("admin.merge.noMatch")}</p>}
          {results.data && results.data.items.length > 0 && (
            <ul className="admin-picker-results">
              {results.data.items.map((c) => (
                <li key={c.id}>
                  <button type="button" className="button button-secondary admin-pick" onClick={() => onSelect(c)} disabled={c.status === "ARCHIVED"}>
                    <span>{c.name}</span>
                    <span className="muted">
                      {c.registryId} · {c.city} · {t(`admin.companyStatus.${c.status}`)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}
