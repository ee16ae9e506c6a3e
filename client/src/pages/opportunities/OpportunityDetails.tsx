import type { CompanyMatch, OpportunityDetail } from "@cluster-match/shared";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CapabilityBadges } from "../../components/Badges.tsx";
import { ExpressInterest } from "../../components/ExpressInterest.tsx";
import { CompanyMatchList } from "../../components/MatchLists.tsx";
import { OpportunityTypeBadge } from "../../components/OpportunityTypeBadge.tsx";
import { Paragraphs, Section, ValueList } from "../../components/Section.tsx";
import { countryName, formatDate } from "../../lib/format.ts";
import { capabilitiesHeadingKey } from "../../lib/opportunityTypes.ts";
import { firmName } from "../../lib/displayName.ts";
import { displayCity } from "../../lib/places.ts";
import { TextLanguage } from "../../components/TextLanguage.tsx";
import { useLocale } from "../../lib/useLocale.ts";

interface MatchesQuery {
  data: CompanyMatch[] | undefined;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

export function OpportunityDetails({ opportunity, matches }: { opportunity: OpportunityDetail; matches: MatchesQuery }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { owner } = opportunity;

  return (
    <article className="profile">
      <header className="profile-header">
        <OpportunityTypeBadge type={opportunity.type} />
        <h1 lang={opportunity.title.lang}>{opportunity.title.text}</h1>
        <TextLanguage lang={opportunity.title.lang} />
      </header>

      <div className="profile-layout">
        <div className="profile-main">
          <Section title={t("opportunity.description")}>
            {opportunity.description.lang !== opportunity.title.lang && <TextLanguage lang={opportunity.description.lang} />}
            <Paragraphs text={opportunity.description.text} lang={opportunity.description.lang} />
          </Section>
          <Section title={t(capabilitiesHeadingKey(opportunity.type))}>
            <CapabilityBadges items={opportunity.requiredCapabilities} label={t(capabilitiesHeadingKey(opportunity.type))} />
          </Section>
          <Section title={t("opportunity.cooperationTypes")}>
            <ValueList items={opportunity.cooperationTypes.map((type) => t(`cooperationType.${type}`))} emptyText={t("company.noneListed")} />
          </Section>
          <Section title={t("opportunity.certificationsRequired")}>
            <ValueList items={opportunity.certificationsRequired.map((c) => c.label)} emptyText={t("opportunity.noCertifications")} />
          </Section>
          <Section title={t("opportunity.targetCountries")}>
            <ValueList
              items={opportunity.targetCountries.map((code) => countryName(code, locale))}
              emptyText={t("common.anywhere")}
            />
          </Section>
          <Section title={t("match.forOpportunity.title")} className="matches">
            <p className="muted">{t(opportunity.anonymous ? "match.forOpportunity.introAnonymous" : "match.forOpportunity.intro")}</p>
            <CompanyMatchList
              query={matches}
              variant="opportunity"
              loadingText={t("match.loading")}
              emptyText={t("match.forOpportunity.empty")}
            />
          </Section>
        </div>

        <div className="profile-aside">
          <ExpressInterest opportunityId={opportunity.id} />
          <Section title={t("opportunity.facts")}>
            <dl className="facts">
              <dt>{t("opportunity.type")}</dt>
              <dd>{t(`opportunityType.${opportunity.type}`)}</dd>
              <dt>{t("opportunity.owner")}</dt>
              <dd>
                {owner ? (
                  <Link to={`/companies/${owner.slug}`}>{firmName(owner, locale)}</Link>
                ) : (
                  <>
                    {t("common.anonymous")}
                    <span className="muted small block">{t("opportunity.anonymousNote")}</span>
                  </>
                )}
              </dd>
              <dt>{t("opportunity.ownerCountry")}</dt>
              <dd>
                {owner ? `${displayCity(owner, locale)}, ` : ""}
                {countryName(opportunity.ownerCountry, locale)}
              </dd>
              <dt>{t("opportunity.deadline")}</dt>
              <dd>
                <time dateTime={opportunity.deadline}>{formatDate(opportunity.deadline, locale)}</time>
              </dd>
              {opportunity.publishedAt && (
                <>
                  <dt>{t("opportunity.published")}</dt>
                  <dd>
                    <time dateTime={opportunity.publishedAt}>{formatDate(opportunity.publishedAt, locale)}</time>
                  </dd>
                </>
              )}
            </dl>
          </Section>
        </div>
      </div>
    </article>
  );
}
