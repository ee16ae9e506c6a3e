import { adminCompanyStatuses } from "@cluster-match/shared";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SelectFilter } from "../../components/FilterControls.tsx";
import { FiltersHeading, useFiltersDisclosure } from "../../components/FiltersHeading.tsx";
import { countryName, formatDate, formatNumber, sortByLabel } from "../../lib/format.ts";
import { clusterCountries } from "../../lib/places.ts";
import { useClusterList } from "../../lib/referenceData.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { AdminFrame } from "./AdminFrame.tsx";
import { CompanyStatusBadge } from "./badges.tsx";
import { PagedResults, SearchFilter } from "./PagedResults.tsx";
import { useAdminCompanies } from "./useAdminCompanies.ts";

/** Every firm on the platform, whatever its status, with the filters an admin needs. */
export function AdminCompaniesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const clusters = useClusterList();
  const { filters, hasFilters, companies, setFilter, setPage, clearFilters } = useAdminCompanies();
  const [q, setQ] = useState(filters.q ?? "");
  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilter("q", q.trim() || undefined);
  };
  const clear = () => {
    setQ("");
    clearFilters();
  };
  const countries = sortByLabel(clusterCountries, (c) => countryName(c, locale), locale);
  // On a phone the filters but the search box fold away above the list.
  const disclosure = useFiltersDisclosure();

  return (
    <AdminFrame
      title={t("admin.companies.title")}
      intro={t("admin.companies.intro")}
      actions={
        <Link className="button button-secondary" to="/admin/merge">
          {t("admin.companies.mergeTool")}
        </Link>
      }
    >
      <form className="admin-filters collapsible-filters" data-open={disclosure.open} role="search" aria-label={t("admin.companies.filters")} onSubmit={search}>
        <SearchFilter id="admin-company-q" label={t("admin.companies.q")} value={q} onChange={setQ} />
        <FiltersHeading {...disclosure} visibleTitle={false} active={[filters.status, filters.verified, filters.cluster, filters.country].filter(Boolean).length} />
        <div id={disclosure.bodyId} className="filters-body">
          <SelectFilter id="admin-company-status" label={t("admin.companies.status")} value={filters.status} onChange={(v) => setFilter("status", v)}>
            <option value="">{t("admin.common.all")}</option>
            {adminCompanyStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`admin.companyStatus.${s}`)}
              </option>
            ))}
          </SelectFilter>
          <SelectFilter id="admin-company-verified" label={t("admin.companies.verified")} value={filters.verified} onChange={(v) => setFilter("verified", v)}>
            <option value="">{t("admin.common.all")}</option>
            <option value="yes">{t("admin.companies.verifiedYes")}</option>
            <option value="no">{t("admin.companies.verifiedNo")}</option>
          </SelectFilter>
          <SelectFilter id="admin-company-cluster" label={t("admin.companies.cluster")} value={filters.cluster} onChange={(v) => setFilter("cluster", v)}>
            <option value="">{t("admin.common.all")}</option>
            {(clusters.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectFilter>
          <SelectFilter id="admin-company-country" label={t("admin.companies.country")} value={filters.country} onChange={(v) => setFilter("country", v)}>
            <option value="">{t("admin.common.all")}</option>
            {countries.map((c) => (
              <option key={c} value={c}>
                {countryName(c, locale)}
              </option>
            ))}
          </SelectFilter>
        </div>
      </form>
      <PagedResults
        query={companies}
        emptyMessage={t("admin.companies.empty")}
        emptyAction={hasFilters ? { label: t("common.clearFilters"), onClick: clear } : undefined}
        countText={(total) => t("admin.companies.count", { count: total, n: formatNumber(total, locale) })}
        onPage={setPage}
      >
        {(items) => (
          <div className="admin-table-scroll">
            <table className="data-table admin-companies-table">
              <thead>
                <tr>
                  <th scope="col">{t("admin.companies.name")}</th>
                  <th scope="col">{t("admin.companies.registryId")}</th>
                  <th scope="col">{t("admin.companies.place")}</th>
                  <th scope="col">{t("admin.companies.status")}</th>
                  <th scope="col" className="numeric">
                    {t("admin.companies.members")}
                  </th>
                  <th scope="col">{t("admin.companies.clusters")}</th>
                  <th scope="col">{t("admin.companies.revision")}</th>
                  <th scope="col">{t("admin.companies.updated")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => (
                  <tr key={c.id} data-testid="admin-company-row">
                    <th scope="row">
                      <Link to={`/admin/companies/${c.id}`}>{c.name}</Link>
                      {c.nameLatin !== c.name && <span className="name-latin">{c.nameLatin}</span>}
                    </th>
                    <td className="code">{c.registryId}</td>
                    <td>
                      {c.city}, {countryName(c.country, locale)}
                    </td>
                    <td>
                      <CompanyStatusBadge status={c.status} />
                      {c.verified && <span className="badge badge-verified">{t("common.verified")}</span>}
                    </td>
                    <td className="numeric">{formatNumber(c.memberCount, locale)}</td>
                    <td>{c.clusters.map((cl) => cl.name).join(", ") || "—"}</td>
                    <td>{c.openRevision ? t(`admin.companies.openRevision.${c.openRevision}`) : "—"}</td>
                    <td>{formatDate(c.updatedAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedResults>
    </AdminFrame>
  );
}
