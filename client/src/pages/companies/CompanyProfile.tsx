import type { CompanyDetail, MatchForCompanyOutput, OpportunityListOutput } from "@cluster-match/shared";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CapabilityBadges, VerifiedBadge } from "../../components/Badges.tsx";
import { ExternalLink } from "../../components/ExternalLink.tsx";
import { CompanyMatchList, OpportunityMatchList } from "../../components/MatchLists.tsx";
import { OpportunityCard } from "../../components/OpportunityCard.tsx";
import { ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { RequestIntroduction } from "../../components/RequestIntroduction.tsx";
import { CompanyContacts } from "./CompanyContacts.tsx";
import { ClaimPrompt } from "../../components/ClaimPrompt.tsx";
import { Paragraphs, Section, ValueList } from "../../components/Section.tsx";
import { countryName, formatDate, formatList, formatNumber, languageName } from "../../lib/format.ts";
import { displayLegalForm, displayName } from "../../lib/displayName.ts";
import { displayCity } from "../../lib/places.ts";
import { TextLanguage } from "../../components/TextLanguage.tsx";
import { useLocale } from "../../lib/useLocale.ts";

interface OpportunitiesQuery {
  data: OpportunityListOutput | undefined;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface MatchesQuery {
  data: MatchForCompanyOutput | undefined;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

export function CompanyProfile({
  company,
  opportunities,
  matches,
}: {
  company: CompanyDetail;
  opportunities: OpportunitiesQuery;
  matches: MatchesQuery;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const none = t("company.noneListed");
  // The reader's language first, then English (the lingua franca here), then the others as the firm wrote them.
  const rank = (lang: string) => (lang === locale ? 0 : lang === "en" ? 1 : 2);
  const descriptions = [...company.descriptions].sort((a, b) => rank(a.lang) - rank(b.lang));
  const shown = displayName(company, locale);

  return (
    <article className="profile">
      <header className="profile-header">
        <div className="profile-title">
          {company.logoUrl && <img className="ce-profile-logo" src={company.logoUrl} alt={t("companyWorkspace.public.logoAlt", { name: shown.text })} data-testid="company-logo" />}
          <h1 lang={shown.lang}>{shown.text}</h1>
          {company.verified && <VerifiedBadge />}
        </div>
        {shown.original ? (
          <p className="name-latin" lang={shown.original.lang}>
            {shown.original.text}
          </p>
        ) : (
          company.nameLatin !== company.name && <p className="name-latin">{company.nameLatin}</p>
        )}
        <p className="profile-location">
          {displayCity(company, locale)}, {countryName(company.country, locale)}
        </p>
      </header>

      <div className="profile-layout">
        <div className="profile-main">
          <div className="profile-own">
            <Section title={t("company.about")}>
              {descriptions.length === 0 && <p className="muted">{none}</p>}
              {descriptions.map((description) => (
                <div key={description.lang} className="description">
                  {descriptions.length > 1 && <p className="description-language">{languageName(description.lang, locale)}</p>}
                  {descriptions.length === 1 && <TextLanguage lang={description.lang} />}
                  <Paragraphs text={description.text} lang={description.lang} />
                </div>
              ))}
            </Section>

            <Section title={t("company.capabilities")}>
              <CapabilityBadges items={company.capabilities} label={t("company.capabilities")} />
            </Section>

            <Section title={t("company.seeks")}>
              {company.seeks.length === 0 ? (
                <p className="muted">{none}</p>
              ) : (
                <ul className="seek-list">
                  {company.seeks.map((seek, index) => (
                    <li key={index}>
                      <p className="seek-type">{t(`company.seekType.${seek.type}`)}</p>
                      <CapabilityBadges items={seek.capabilities} label={t(`company.seekType.${seek.type}`)} />
                      <p className="muted">
                        {t("company.seekCountries")}:{" "}
                        {seek.countries.length > 0
                          ? formatList(seek.countries.map((code) => countryName(code, locale)), locale)
                          : t("common.anywhere")}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </Section>

            <Section title={t("company.opportunities")}>
              {opportunities.isError ? (
                <ErrorState error={opportunities.error} onRetry={() => void opportunities.refetch()} />
              ) : !opportunities.data ? (
                <LoadingState label={t("opportunities.loading")} />
              ) : opportunities.data.items.length === 0 ? (
                <p className="muted">{t("company.noOpportunities")}</p>
              ) : (
                <ul className="card-list">
                  {opportunities.data.items.map((opportunity) => (
                    <li key={opportunity.id}>
                      <OpportunityCard opportunity={opportunity} />
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          </div>

          {/* Suggestions come after the firm's own content (on a phone too: see .profile-layout). */}
          <div className="profile-suggestions">
            <Section title={t("match.forCompany.partnersTitle")} className="matches">
              <p className="muted">{t(matches.data?.partnersBasis === "offers" ? "match.forCompany.partnersIntroSimilar" : "match.forCompany.partnersIntro")}</p>
              <CompanyMatchList
                query={{ ...matches, data: matches.data?.partners }}
                variant={matches.data?.partnersBasis === "offers" ? "similar" : "partner"}
                loadingText={t("match.loading")}
                emptyText={t("match.forCompany.partnersEmpty")}
              />
            </Section>

            <Section title={t("match.forCompany.opportunitiesTitle")} className="matches">
              <p className="muted">{t("match.forCompany.opportunitiesIntro")}</p>
              <OpportunityMatchList
                query={{ ...matches, data: matches.data?.opportunities }}
                loadingText={t("match.loading")}
                emptyText={t("match.forCompany.opportunitiesEmpty")}
              />
            </Section>
          </div>
        </div>

        <div className="profile-aside">
          <div className="profile-contact">
            <RequestIntroduction company={company} />
            <CompanyContacts company={company} />
            <ClaimPrompt company={company} />
          </div>
          <div className="profile-facts">
            <Section title={t("company.facts")}>
              <dl className="facts">
                <dt>{t("company.legalForm")}</dt>
                <dd>{displayLegalForm(company.legalForm, locale)}</dd>
                <dt>{t("company.registryId")}</dt>
                <dd className="code">{company.registryId}</dd>
                <dt>{t("company.location")}</dt>
                <dd>
                  {displayCity(company, locale)}, {countryName(company.country, locale)}
                </dd>
                {company.foundedYear !== null && (
                  <>
                    <dt>{t("company.founded")}</dt>
                    <dd>{company.foundedYear}</dd>
                  </>
                )}
                {company.employees !== null && (
                  <>
                    <dt>{t("company.employees")}</dt>
                    <dd>{formatNumber(company.employees, locale)}</dd>
                  </>
                )}
                {company.size && (
                  <>
                    <dt>{t("company.size")}</dt>
                    <dd>{t(`size.${company.size}`)}</dd>
                  </>
                )}
                {company.website && (
                  <>
                    <dt>{t("company.website")}</dt>
                    <dd>
                      <ExternalLink href={company.website} />
                    </dd>
                  </>
                )}
              </dl>
            </Section>

            <Section title={t("company.clusters")}>
              {company.clusters.length === 0 ? (
                <p className="muted">{none}</p>
              ) : (
                <ul className="value-list">
                  {company.clusters.map((cluster) => (
                    <li key={cluster.slug}>
                      <Link to={`/clusters/${cluster.slug}`}>{cluster.name}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </Section>

            <Section title={t("company.certifications")}>
              <ValueList items={company.certifications.map((c) => c.label)} emptyText={none} />
            </Section>
            <Section title={t("company.materials")}>
              <ValueList items={company.materials.map((m) => m.label)} emptyText={none} />
            </Section>
            <Section title={t("company.machines")}>
              {/* Machines are free text written by the company, mostly in its own language. */}
              <ValueList items={company.machines} emptyText={none} />
            </Section>
            <Section title={t("company.naceCodes")}>
              <ValueList items={company.naceCodes} emptyText={none} />
            </Section>
            <Section title={t("company.languages")}>
              <ValueList items={company.languages.map((code) => languageName(code, locale))} emptyText={none} />
            </Section>
            <Section title={t("company.exportMarkets")}>
              <ValueList items={company.exportMarkets.map((code) => countryName(code, locale))} emptyText={none} />
            </Section>
            <p className="muted small">{t("company.updated", { date: formatDate(company.updatedAt, locale) })}</p>
          </div>
        </div>
      </div>
    </article>
  );
}
