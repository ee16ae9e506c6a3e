import type { OpportunityCard as OpportunityCardData } from "@cluster-match/shared";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { countryName, formatDate } from "../lib/format.ts";
import { capabilitiesHeadingKey } from "../lib/opportunityTypes.ts";
import { firmName } from "../lib/displayName.ts";
import { useLocale } from "../lib/useLocale.ts";
import { CapabilityBadges } from "./Badges.tsx";
import { OpportunityTypeBadge } from "./OpportunityTypeBadge.tsx";
import { TextLanguage } from "./TextLanguage.tsx";

/** An opportunity in a list; matches add a score (`aside`) and an explanation (`children`). */
export function OpportunityCard({
  opportunity,
  testId = "opportunity-card",
  aside,
  children,
}: {
  opportunity: OpportunityCardData;
  testId?: string;
  aside?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { owner } = opportunity;

  return (
    <article className="card opportunity-card" data-testid={testId}>
      <div className="card-head">
        <OpportunityTypeBadge type={opportunity.type} />
        {aside && <div className="card-head-aside">{aside}</div>}
      </div>
      <h3 className="card-title">
        <Link to={`/opportunities/${opportunity.id}`} lang={opportunity.title.lang}>
          {opportunity.title.text}
        </Link>
      </h3>
      <TextLanguage lang={opportunity.title.lang} />
      <p className="card-meta">
        <span>
          {owner ? (
            <span>{firmName(owner, locale)}</span>
          ) : (
            <span className="anonymous">{t("common.anonymous")}</span>
          )}
          {", "}
          {countryName(opportunity.ownerCountry, locale)}
        </span>
        <span>{t("opportunity.deadlineOn", { date: formatDate(opportunity.deadline, locale) })}</span>
      </p>
      <CapabilityBadges items={opportunity.requiredCapabilities} label={t(capabilitiesHeadingKey(opportunity.type))} />
      {children}
    </article>
  );
}
