import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { SelectFilter } from "../../components/FilterControls.tsx";
import { Pagination } from "../../components/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useClusterList } from "../../lib/referenceData.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useMe } from "../../lib/useMe.ts";
import { AdminFrame } from "./AdminFrame.tsx";
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
  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilter("q", q.trim() || undefined);
  };

  let body;
  if (users.isPending) body = <LoadingState label={t("common.loading")} />;
  else if (users.isError) body = <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  else if (users.data.items.length === 0)
    body = (
      <EmptyState
        message={t("admin.users.empty")}
        action={{
          label: t("common.clearFilters"),
          onClick: () => {
            setQ("");
            clearFilters();
          },
        }}
      />
    );
  else
    body = (
      <>
        <p className="result-count" role="status">
          {t("admin.users.count", { count: users.data.total, n: formatNumber(users.data.total, locale) })}
        </p>
        <ul className="card-list">
          {users.data.items.map((u) => (
            <li key={u.id}>
              <UserCard user={u} isSelf={u.id === me.data?.id} clusters={(clusters.data ?? []).map((c) => ({ id: c.id, name: c.name }))} />
            </li>
          ))}
        </ul>
        <Pagination page={users.data.page} pageCount={users.data.pageCount} onPage={setPage} />
      </>
    );

  return (
    <AdminFrame title={t("admin.users.title")} intro={t("admin.users.intro")}>
      <form className="admin-filters" role="search" aria-label={t("admin.users.filters")} onSubmit={search}>
        <div className="filter admin-filter-wide">
          <label htmlFor="admin-user-q">{t("admin.users.q")}</label>
          <div className="admin-search-row">
            <input id="admin-user-q" type="search" value={q} maxLength={200} onChange={(e) => setQ(e.target.value)} />
            <button type="submit" className="button">
              {t("admin.common.search")}
            </button>
          </div>
        </div>
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
      </form>
      <section className="results" aria-label={t("common.results")}>
        {body}
      </section>
    </AdminFrame>
  );
}
