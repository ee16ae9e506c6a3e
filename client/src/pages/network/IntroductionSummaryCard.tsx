import type { IntroductionSummary } from "@cluster-match/shared/schemas/introductions";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { countryName, formatDate } from "../../lib/format.ts";
import { displayCity, readableName } from "../../lib/places.ts";
import { useLocale } from "../../lib/useLocale.ts";

/** The other side as the acting company may see it: its name, or the neutral phrase while hidden. */
export function useCounterpartName() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (introduction: Pick<IntroductionSummary, "counterpart" | "opportunity">) =>
    introduction.counterpart
      ? readableName(introduction.counterpart.name, introduction.counterpart.nameLatin, locale)
      : t("network.hiddenOwner", { title: introduction.opportunity?.title.text ?? "" });
}

export function StatusBadge({ status }: { status: IntroductionSummary["status"] }) {
  const { t } = useTranslation();
  return <span className={`badge net-status net-status-${status.toLowerCase()}`}>{t(`network.status.${status}`)}</span>;
}

/** One introduction in the inbox list. */
export function IntroductionSummaryCard({ introduction }: { introduction: IntroductionSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const counterpartName = useCounterpartName();
  const { counterpart, opportunity } = introduction;
  const date = formatDate(introduction.createdAt, locale);
  return (
    <article className="card net-card">
      <div className="card-head">
        <h3 className="card-title">
          <Link to={`/inbox/${introduction.companyId}/${introduction.id}`}>{counterpartName(introduction)}</Link>
        </h3>
        <StatusBadge status={introduction.status} />
      </div>
      <p className="card-meta">
        {counterpart ? `${displayCity(counterpart, locale)}, ${countryName(counterpart.country, locale)} · ` : ""}
        {opportunity ? (
          <span lang={opportunity.title.lang}>{t("network.inbox.interestIn", { title: opportunity.title.text })}</span>
        ) : (
          t("network.inbox.request")
        )}
      </p>
      <p className="muted small">{introduction.direction === "incoming" ? t("network.inbox.received", { date }) : t("network.inbox.sent", { date })}</p>
    </article>
  );
}
