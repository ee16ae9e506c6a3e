import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatNumber } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useInquirySelection } from "./inquirySelection.ts";

/** "3 firms selected — Request quotation": shown while firms are selected, wherever the cards are. */
export function InquirySelectionBar() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { firms, clear } = useInquirySelection();
  if (firms.length === 0) return null;
  return (
    <section className="inq-bar" aria-label={t("inquiries.bar.label")} data-testid="inquiry-bar">
      <p className="inq-bar-count" aria-live="polite">
        {t("inquiries.bar.count", { count: firms.length, n: formatNumber(firms.length, locale) })}
      </p>
      <Link className="button" to="/inquiries/new">
        {t("inquiries.bar.request")}
      </Link>
      <button type="button" className="button-link" onClick={clear}>
        {t("inquiries.bar.clear")}
      </button>
    </section>
  );
}
