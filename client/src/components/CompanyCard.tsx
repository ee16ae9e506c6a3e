import type { CompanyCard as CompanyCardData } from "@cluster-match/shared";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { countryName } from "../lib/format.ts";
import { displayCity, nameLanguage } from "../lib/places.ts";
import { useLocale } from "../lib/useLocale.ts";
import { CapabilityBadges, VerifiedBadge } from "./Badges.tsx";

/**
 * A company in a list. Search results and matches fill the optional slots: a highlighted name,
 * extra facts (distance), their own summary (a highlighted excerpt), a score in the head, and
 * more below (an explanation).
 */
export function CompanyCard({
  company,
  testId = "company-card",
  name,
  nameLatin,
  meta,
  summary,
  aside,
  children,
}: {
  company: CompanyCardData;
  testId?: string;
  name?: ReactNode;
  nameLatin?: ReactNode;
  meta?: ReactNode;
  summary?: ReactNode;
  aside?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = useLocale();

  return (
    <article className="card company-card" data-testid={testId}>
      <div className="card-head">
        <h3 className="card-title">
          <Link to={`/companies/${company.slug}`} lang={nameLanguage(company.country)}>
            {name ?? company.name}
          </Link>
        </h3>
        {(company.verified || aside) && (
          <div className="card-head-aside">
            {company.verified && <VerifiedBadge />}
            {aside}
          </div>
        )}
      </div>
      {company.nameLatin !== company.name && <p className="name-latin">{nameLatin ?? company.nameLatin}</p>}
      <p className="card-meta">
        <span>
          {displayCity(company, locale)}, {countryName(company.country, locale)}
        </span>
        {meta}
        {company.size && <span>{t(`size.${company.size}`)}</span>}
      </p>
      <CapabilityBadges items={company.capabilities} label={t("company.capabilities")} />
      {summary !== undefined
        ? summary
        : company.summary && (
            <p className="card-summary" lang={company.summary.lang}>
              {company.summary.text}
            </p>
          )}
      {children}
    </article>
  );
}
