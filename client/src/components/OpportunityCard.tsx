import type { OpportunityCard as OpportunityCardData } from "@cluster-match/shared";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { countryName, formatDate } from "../lib/format.ts";
import { readableName } from "../lib/places.ts";
import { useLocale } from "../lib/useLocale.ts";
import { CapabilityBadges } from "./Badges.tsx";
import { OpportunityTypeBadge } from "./OpportunityTypeBadge.tsx";

export function OpportunityCard({ opportunity }: { opportunity: OpportunityCardData }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { owner } = opportunity;

  return (
    <article className="card opportunity-card" data-testid="opportunity-card">
      <OpportunityTypeBadge type={opportunity.type} />
      <h3 className="card-title">
        <Link to={`/opportunities/${opportunity.id}`} lang={opportunity.title.lang}>
          {opportunity.title.text}
        </Link>
      </h3>
      <p className="card-meta">
        <span>
          {owner ? (
            <span>{readableName(owner.name, owner.nameLatin, locale)}</span>
          ) : (
            <span className="anonymous">{t("common.anonymous")}</span>
          )}
          {", "}
          {countryName(opportunity.ownerCountry, locale)}
        </span>
        <span>{t("opportunity.deadlineOn", { date: formatDate(opportunity.deadline, locale) })}</span>
      </p>
      <CapabilityBadges items={opportunity.requiredCapabilities} label={t("opportunity.requiredCapabilities")} />
    </article>
  );
}
