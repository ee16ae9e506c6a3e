import type { CompanyCard as CompanyCardData } from "@cluster-match/shared";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { countryName } from "../lib/format.ts";
import { displayCity, nameLanguage } from "../lib/places.ts";
import { useLocale } from "../lib/useLocale.ts";
import { CapabilityBadges, VerifiedBadge } from "./Badges.tsx";

export function CompanyCard({ company }: { company: CompanyCardData }) {
  const { t } = useTranslation();
  const locale = useLocale();

  return (
    <article className="card company-card" data-testid="company-card">
      <div className="card-head">
        <h3 className="card-title">
          <Link to={`/companies/${company.slug}`} lang={nameLanguage(company.country)}>
            {company.name}
          </Link>
        </h3>
        {company.verified && <VerifiedBadge />}
      </div>
      {company.nameLatin !== company.name && <p className="name-latin">{company.nameLatin}</p>}
      <p className="card-meta">
        <span>
          {displayCity(company, locale)}, {countryName(company.country, locale)}
        </span>
        {company.size && <span>{t(`size.${company.size}`)}</span>}
      </p>
      <CapabilityBadges items={company.capabilities} label={t("company.capabilities")} />
      {company.summary && (
        <p className="card-summary" lang={company.summary.lang}>
          {company.summary.text}
        </p>
      )}
    </article>
  );
}
