import type { ClusterDetail } from "@cluster-match/shared";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ExternalLink } from "../../components/ExternalLink.tsx";
import { Section } from "../../components/Section.tsx";
import { countryName, formatNumber } from "../../lib/format.ts";
import { displayCity, nameLanguage } from "../../lib/places.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { ClusterContact } from "./ClusterContact.tsx";
import { clusterNames } from "./clusterNames.ts";

export function ClusterDetails({ cluster }: { cluster: ClusterDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { primary, secondary } = clusterNames(cluster);
  const english = cluster.nameEn !== cluster.nameLocal ? cluster.nameEn : null;
  const localLang = nameLanguage(cluster.country);
  const membersByCountry = [...cluster.membersByCountry].sort((a, b) => b.count - a.count);

  return (
    <article className="profile">
      <header className="profile-header">
        <h1 lang={primary.lang}>{primary.text}</h1>
        {secondary && (
          <p className="name-latin" lang={secondary.lang}>
            {secondary.text}
          </p>
        )}
        <p className="profile-location">
          {displayCity(cluster, locale)}, {countryName(cluster.country, locale)}
        </p>
        <p>
          <Link className="button" to={`/companies?cluster=${encodeURIComponent(cluster.slug)}`}>
            {t("cluster.viewMembers")}
          </Link>
        </p>
      </header>

      <div className="profile-layout">
        <div className="profile-main">
          <Section title={t("cluster.facts")}>
            <dl className="facts">
              <dt>{t("cluster.localName")}</dt>
              <dd lang={localLang}>{cluster.nameLocal}</dd>
              {english && (
                <>
                  <dt>{t("cluster.englishName")}</dt>
                  <dd lang="en">{english}</dd>
                </>
              )}
              <dt>{t("cluster.seat")}</dt>
              <dd>
                {displayCity(cluster, locale)}, {countryName(cluster.country, locale)}
              </dd>
              <dt>{t("cluster.managedBy")}</dt>
              <dd>
                <span lang={localLang}>{cluster.managedByLocal}</span>
                {cluster.managedByEn !== cluster.managedByLocal && (
                  <span className="muted block" lang="en">
                    {cluster.managedByEn}
                  </span>
                )}
              </dd>
              {cluster.website && (
                <>
                  <dt>{t("cluster.website")}</dt>
                  <dd>
                    <ExternalLink href={cluster.website} />
                  </dd>
                </>
              )}
              <dt>{t("cluster.memberCount")}</dt>
              <dd>{formatNumber(cluster.memberCount, locale)}</dd>
            </dl>
          </Section>
        </div>
        <div className="profile-aside">
          <Section title={t("cluster.membersByCountry")}>
            {membersByCountry.length === 0 ? (
              <p className="muted">{t("company.noneListed")}</p>
            ) : (
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t("cluster.country")}</th>
                    <th scope="col" className="numeric">
                      {t("cluster.count")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {membersByCountry.map((row) => (
                    <tr key={row.country}>
                      <th scope="row">
                        <Link to={`/companies?cluster=${encodeURIComponent(cluster.slug)}&country=${row.country}`}>
                          {countryName(row.country, locale)}
                        </Link>
                      </th>
                      <td className="numeric">{formatNumber(row.count, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Section>
          <ClusterContact cluster={cluster} />
        </div>
      </div>
    </article>
  );
}
