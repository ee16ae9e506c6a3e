import { useTranslation } from "react-i18next";
import { formatNumber } from "../lib/format.ts";
import { useLocale } from "../lib/useLocale.ts";

export function Pagination({ page, pageCount, onPage }: { page: number; pageCount: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (pageCount <= 1 && page <= 1) return null;

  return (
    <nav className="pagination" aria-label={t("common.pagination")}>
      <button type="button" className="button button-secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        <span aria-hidden="true">←</span>
        {t("common.previous")}
      </button>
      <span className="pagination-status">
        {t("common.pageOf", { page: formatNumber(page, locale), pageCount: formatNumber(pageCount, locale) })}
      </span>
      <button type="button" className="button button-secondary" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        {t("common.next")}
        <span aria-hidden="true">→</span>
      </button>
    </nav>
  );
}
