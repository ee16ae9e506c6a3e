import { contactPointViews, type ContactPointItem, type ContactPointView } from "@cluster-match/shared/schemas/contact-point";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SelectFilter } from "../../components/FilterControls.tsx";
import { EmptyState } from "../../components/QueryStates.tsx";
import { ResultList } from "../../components/ResultList.tsx";
import { firmName } from "../../lib/displayName.ts";
import { formatDate } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { StatusBadge } from "../network/IntroductionSummaryCard.tsx";
import { contactPointTitle } from "../network/requestLabel.ts";
import { ManageFrame } from "./ManageFrame.tsx";
import { useContactPointQueue } from "./useContactPoint.ts";

/**
 * The cluster's contact point: requests to firms without users, for the managers of the firms'
 * clusters (admins: every firm's, also those in no cluster). Each opens on its own page to act.
 */
export function ContactPointPage() {
  const { t } = useTranslation();
  const state = useContactPointQueue();
  const empty = state.view === "waiting" ? t("reach.contactPoint.empty") : t("reach.contactPoint.emptyAnswered");
  return (
    <ManageFrame title={t("reach.contactPoint.title")} intro={t("reach.contactPoint.intro")}>
      <div className="net-toolbar">
        <SelectFilter id="contact-point-view" label={t("reach.contactPoint.viewLabel")} value={state.view} onChange={(v) => state.setView((v ?? "waiting") as ContactPointView)}>
          {contactPointViews.map((v) => (
            <option key={v} value={v}>
              {t(`reach.contactPoint.views.${v}`)}
            </option>
          ))}
        </SelectFilter>
      </div>
      <ResultList
        query={state.requests}
        countText={(count, n) => t("reach.contactPoint.count", { count, n })}
        loadingText={t("reach.contactPoint.loading")}
        emptyText={empty}
        onClearFilters={() => state.setView("waiting")}
        onPage={state.setPage}
        emptyContent={<EmptyState message={empty} />}
        renderItem={(item) => <QueueCard item={item} />}
      />
    </ManageFrame>
  );
}

/** How long a request has waited, in whole days. */
export function useAge() {
  const { t } = useTranslation();
  return (iso: string, now = new Date()) => {
    const days = Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000);
    return days < 1 ? t("reach.contactPoint.age.today") : t("reach.contactPoint.age.days", { count: days });
  };
}

function QueueCard({ item }: { item: ContactPointItem }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const age = useAge();
  const firm = firmName(item.firm, locale);
  const title = contactPointTitle(item, firmName(item.from, locale));
  return (
    <article className="card net-card">
      <div className="card-head">
        <h2 className="card-title net-saved-title">
          <Link to={`/manage/contact-point/${item.id}`} lang={title.lang}>
            {t(title.key, title.values ?? {})}
          </Link>
        </h2>
        <StatusBadge status={item.status} />
      </div>
      <dl className="facts net-parties">
        <dt>{t("reach.contactPoint.from")}</dt>
        <dd>
          {firmName(item.from, locale)}
          {item.sender ? ` (${item.sender.name})` : ""}
        </dd>
        <dt>{t("reach.contactPoint.firm")}</dt>
        <dd>{firm}</dd>
        <dt>{t("reach.contactPoint.clusters")}</dt>
        <dd>{item.firm.clusters.length > 0 ? item.firm.clusters.map((c) => c.name).join(", ") : t("reach.contactPoint.noCluster")}</dd>
      </dl>
      <p className="muted small">
        {t("reach.contactPoint.received", { date: formatDate(item.createdAt, locale) })} · {age(item.createdAt)} ·{" "}
        {item.firmContactedAt ? t("reach.contactPoint.contacted", { date: formatDate(item.firmContactedAt, locale) }) : t("reach.contactPoint.notContacted")}
      </p>
    </article>
  );
}
