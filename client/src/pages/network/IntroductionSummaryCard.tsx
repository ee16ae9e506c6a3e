import type { IntroductionSummary } from "@cluster-match/shared/schemas/introductions";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { countryName, formatDate } from "../../lib/format.ts";
import { TextLanguage } from "../../components/TextLanguage.tsx";
import { firmName } from "../../lib/displayName.ts";
import { displayCity } from "../../lib/places.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { inboxLabel } from "./requestLabel.ts";

/** The other side as the acting company may see it: its name, or the neutral phrase while hidden. */
export function useCounterpartName() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (introduction: Pick<IntroductionSummary, "counterpart" | "opportunity">) =>
    introduction.counterpart
      ? firmName(introduction.counterpart, locale)
      : t("network.hiddenOwner", { title: introduction.opportunity?.title.text ?? "" });
}

export function StatusBadge({ status }: { status: IntroductionSummary["status"] }) {
  const { t } = useTranslation();
  return <span className={`badge net-status net-status-${status.toLowerCase()}`}>{t(`network.status.${status}`)}</span>;
}

/**
 * Where a request to a firm without users stands with the cluster's contact point, in one short
 * line (the inbox) or in full sentences (the introduction page); nothing for other requests.
 */
export function ContactPointState({ introduction, full = false }: { introduction: IntroductionSummary; full?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const outgoing = introduction.direction === "outgoing";
  const lines: string[] = [];
  if (introduction.answeredOnBehalf) {
    lines.push(
      full ? t(introduction.status === "ACCEPTED" ? "reach.requests.acceptedOnBehalf" : "reach.requests.declinedOnBehalf") : t("reach.requests.badgeOnBehalf"),
    );
  } else if (outgoing && introduction.firmJoinedAt && introduction.status !== "WITHDRAWN") {
    lines.push(full ? t("reach.requests.firmJoined", { date: formatDate(introduction.firmJoinedAt, locale) }) : t("reach.requests.badgeJoined"));
  } else if (outgoing && introduction.status === "WITH_CONTACT_POINT" && introduction.firmContactedAt) {
    lines.push(full ? t("reach.requests.firmContacted", { date: formatDate(introduction.firmContactedAt, locale) }) : t("reach.requests.badgeContacted"));
  }
  if (lines.length === 0) return null;
  return <p className={full ? "net-contact-point" : "small net-contact-point"}>{lines.join(" ")}</p>;
}

/** One introduction in the inbox list. */
export function IntroductionSummaryCard({ introduction }: { introduction: IntroductionSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const counterpartName = useCounterpartName();
  const { counterpart } = introduction;
  const label = inboxLabel(introduction);
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
        <span lang={label.lang}>{t(label.key, label.values ?? {})}</span>
        {label.lang && (
          <>
            {" "}
            <TextLanguage lang={label.lang} />
          </>
        )}
      </p>
      <ContactPointState introduction={introduction} />
      <p className="muted small">{introduction.direction === "incoming" ? t("network.inbox.received", { date }) : t("network.inbox.sent", { date })}</p>
    </article>
  );
}
