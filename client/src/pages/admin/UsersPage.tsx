import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { SelectFilter } from "../../components/FilterControls.tsx";
import { FiltersHeading, useFiltersDisclosure } from "../../components/FiltersHeading.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useClusterList } from "../../lib/referenceData.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useMe } from "../../lib/useMe.ts";
import { AdminFrame } from "./AdminFrame.tsx";
import { PagedResults, SearchFilter } from "./PagedResults.tsx";
import { UserCard } from "./UserCard.tsx";
import { useAdminUsers, userRoleList } from "./useAdminUsers.ts";

/** People on the platform: roles, cluster managers, suspension. */
export function UsersPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = useMe();
  const clusters = useClusterList();
  const { filters, users, setFilter, setPage, clearFilters } = useAdminUsers();
  const [q, setQ] = useState(filters.q ?? "");
  // On a phone the filters but the search box fold away above the list.
  const disclosure = useFiltersDisclosure();
  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilter("q", q.trim() || undefined);
  };

  return (
    <AdminFrame title={t("admin.users.title")} intro={t("admin.users.intro")}>
      <form className="admin-filters collapsible-filters" data-open={disclosure.open} role="search" aria-label={t("admin.users.filters")} onSubmit={search}>
        <SearchFilter id="admin-user-q" label={t("admin.users.q")} value={q} onChange={setQ} />
        <FiltersHeading {...disclosure} visibleTitle={false} active={[filters.role, filters.state].filter(Boolean).length} />
        <div id={disclosure.bodyId} className="filters-body">
          <SelectFilter id="admin-user-role" label={t("admin.users.role")} value={filters.role} onChange={(v) => setFilter("role", v)}>
            <option value="">{t("admin.common.all")}</option>
            {userRoleList.map((r) => (
              <option key={r} value={r}>
                {t(`admin.role.${r}`)}
              </option>
            ))}
          </SelectFilter>
          <SelectFilter id="admin-user-state" label={t("admin.users.state")} value={filters.state} onChange={(v) => setFilter("state", v)}>
            <option value="">{t("admin.common.all")}</option>
            <option value="active">{t("admin.users.active")}</option>
            <option value="suspended">{t("admin.users.suspended")}</option>
          </SelectFilter>
        </div>
      </form>
      <PagedResults
        query={users}
        emptyMessage={t("admin.users.empty")}
        emptyAction={{
          label: t("common.clearFilters"),
          onClick: () => {
            setQ("");
            clearFilters();
          },
        }}
        countText={(total) => t("admin.users.count", { count: total, n: formatNumber(total, locale) })}
        onPage={setPage}
      >
        {(items) => (
          <ul className="card-list">
            {items.map((u) => (
              <li key={u.id}>
                <UserCard user={u} isSelf={u.id === me.data?.id} clusters={(clusters.data ?? []).map((c) => ({ id: c.id, name: c.name }))} />
              </li>
            ))}
          </ul>
        )}
      </PagedResults>
    </AdminFrame>
  );
}
