import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../lib/format.ts";
import { useLocale } from "../lib/useLocale.ts";
import { Pagination } from "./Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "./QueryStates.tsx";

interface ResultPage<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

/** The parts of a TanStack list query this view needs. */
interface ListQuery<T> {
  data: ResultPage<T> | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** A paginated result list with its count, loading, error and empty states. */
export function ResultList<T extends { id: string }>({
  query,
  countText,
  loadingText,
  emptyText,
  onClearFilters,
  onPage,
  renderItem,
  emptyContent,
  toolbar,
  beforeList,
}: {
  query: ListQuery<T>;
  countText: (count: number, formatted: string) => string;
  loadingText: string;
  emptyText: string;
  onClearFilters: () => void;
  onPage: (page: number) => void;
  renderItem: (item: T) => ReactNode;
  /** Replaces the default "nothing matches" state (e.g. with search tips). */
  emptyContent?: ReactNode;
  /** Controls beside the count (e.g. sorting). */
  toolbar?: ReactNode;
  /** Shown above the items when there are some (e.g. a map of them). */
  beforeList?: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data } = query;

  let body: ReactNode;
  if (query.isPending) {
    body = <LoadingState label={loadingText} />;
  } else if (query.isError || !data) {
    body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  } else if (data.items.length === 0) {
    body =
      data.total === 0 ? (
        (emptyContent ?? <EmptyState message={emptyText} action={{ label: t("common.clearFilters"), onClick: onClearFilters }} />)
      ) : (
        <EmptyState message={t("common.pageOutOfRange")} action={{ label: t("common.firstPage"), onClick: () => onPage(1) }} />
      );
  } else {
    body = (
      <>
        {beforeList}
        <ul className="card-list">
          {data.items.map((item) => (
            <li key={item.id}>{renderItem(item)}</li>
          ))}
        </ul>
      </>
    );
  }

  return (
    <section className="results" aria-labelledby="results-heading">
      <h2 id="results-heading" className="visually-hidden">
        {t("common.results")}
      </h2>
      <div className="results-header">
        {/* Always rendered, so screen readers hear the new count after each filter change. */}
        <p className="result-count" data-testid="result-count" aria-live="polite">
          {data && !query.isError ? countText(data.total, formatNumber(data.total, locale)) : ""}
        </p>
        {toolbar}
      </div>
      {body}
      {data && !query.isError && <Pagination page={data.page} pageCount={data.pageCount} onPage={onPage} />}
    </section>
  );
}
