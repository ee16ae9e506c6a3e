import type { CompanyCard as CompanyCardData } from "@cluster-match/shared";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { countryName } from "../lib/format.ts";
import { displayName } from "../lib/displayName.ts";
import { displayCity } from "../lib/places.ts";
import { useLocale } from "../lib/useLocale.ts";
import { CapabilityBadges, VerifiedBadge } from "./Badges.tsx";
import { TextLanguage } from "./TextLanguage.tsx";

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
  // The name in the reader's script first (lib/displayName.ts), the other form below it; search
  // passes both forms highlighted.
  const shown = displayName(company, locale);
  const latinFirst = shown.original !== null;
  const primary = latinFirst ? (company.nameLatin === shown.text ? (nameLatin ?? shown.text) : shown.text) : (name ?? shown.text);
  const secondary = shown.original
    ? { text: name ?? shown.original.text, lang: shown.original.lang }
    : company.nameLatin !== company.name
      ? { text: nameLatin ?? company.nameLatin, lang: undefined }
      : null;

  return (
    <article className="card company-card" data-testid={testId}>
      <div className="card-head">
        <h3 className="card-title">
          <Link to={`/companies/${company.slug}`} lang={shown.lang}>
            {primary}
          </Link>
        </h3>
        {(company.verified || aside) && (
          <div className="card-head-aside">
            {company.verified && <VerifiedBadge />}
            {aside}
          </div>
        )}
      </div>
      {secondary && (
        <p className="name-latin" lang={secondary.lang}>
          {secondary.text}
        </p>
      )}
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
            <>
              <TextLanguage lang={company.summary.lang} />
              <p className="card-summary" lang={company.summary.lang}>
                {company.summary.text}
              </p>
            </>
          )}
      {children}
    </article>
  );
}
