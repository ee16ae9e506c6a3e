import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Pagination } from "../../components/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../components/QueryStates.tsx";

interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

/** The part of a TanStack query result a paged list reads. */
interface PagedQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: Page<T> | undefined;
  refetch: () => unknown;
}

/**
 * The results region of a console list: loading, error and empty states, then the count, the
 * rows the page renders and the pager. Shared by the firm, user and audit lists.
 */
export function PagedResults<T>({
  query,
  emptyMessage,
  emptyAction,
  countText,
  onPage,
  children,
}: {
  query: PagedQuery<T>;
  emptyMessage: string;
  emptyAction?: { label: string; onClick: () => void };
  countText: (total: number) => string;
  onPage: (page: number) => void;
  children: (items: T[]) => ReactNode;
}) {
  const { t } = useTranslation();
  let body;
  if (query.isPending) body = <LoadingState label={t("common.loading")} />;
  else if (query.isError || !query.data) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0) body = <EmptyState message={emptyMessage} action={emptyAction} />;
  else
    body = (
      <>
        <p className="result-count" role="status" data-testid="result-count">
          {countText(query.data.total)}
        </p>
        {children(query.data.items)}
        <Pagination page={query.data.page} pageCount={query.data.pageCount} onPage={onPage} />
      </>
    );
  return (
    <section className="results" aria-label={t("common.results")}>
      {body}
    </section>
  );
}

/** The free-text field of a console filter bar, with its own search button. */
export function SearchFilter({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="filter admin-filter-wide">
      <label htmlFor={id}>{label}</label>
      <div className="admin-search-row">
        <input id={id} type="search" value={value} maxLength={200} onChange={(e) => onChange(e.target.value)} />
        <button type="submit" className="button">
          {t("admin.common.search")}
        </button>
      </div>
    </div>
  );
}
