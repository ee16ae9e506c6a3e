import type { SearchQueryGroup } from "@cluster-match/shared/schemas/search-analytics";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { formatDate, formatNumber, languageName } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { AdminFrame } from "./AdminFrame.tsx";
import { addTermLink, searchAnalyticsPeriods, useSearchAnalytics } from "./useSearchAnalytics.ts";

/** Queries searchers typed that found nothing or little, by normalized text, most frequent first. */
function QueryGroups({ id, title, empty, groups, withResults }: { id: string; title: string; empty: string; groups: SearchQueryGroup[]; withResults: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="admin-analytics-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {groups.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="admin-table-scroll">
          <table className="data-table" data-testid={id}>
            <thead>
              <tr>
                <th scope="col">{t("admin.searchAnalytics.query")}</th>
                <th scope="col" className="numeric">
                  {t("admin.searchAnalytics.searches")}
                </th>
                {withResults && (
                  <th scope="col" className="numeric">
                    {t("admin.searchAnalytics.mostResults")}
                  </th>
                )}
                <th scope="col">{t("admin.searchAnalytics.languages")}</th>
                <th scope="col">{t("admin.searchAnalytics.lastSeen")}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.normalized}>
                  <th scope="row">
                    <Link to={{ pathname: "/search", search: `?q=${encodeURIComponent(g.example)}` }}>{g.example}</Link>
                  </th>
                  <td className="numeric">{formatNumber(g.count, locale)}</td>
                  {withResults && <td className="numeric">{formatNumber(g.maxResults, locale)}</td>}
                  <td>{g.locales.map((l) => languageName(l, locale)).join(", ")}</td>
                  <td>{formatDate(g.lastSeen, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** What search does not understand yet: the admins' view of the search log. */
export function SearchAnalyticsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { days, report, setDays } = useSearchAnalytics();

  return (
    <AdminFrame title={t("admin.searchAnalytics.title")} intro={t("admin.searchAnalytics.intro")}>
      <div className="admin-filters">
        <div className="filter">
          <label htmlFor="analytics-period">{t("admin.searchAnalytics.period")}</label>
          <select id="analytics-period" value={days} onChange={(e) => setDays(Number(e.target.value) as typeof days)}>
            {searchAnalyticsPeriods.map((d) => (
              <option key={d} value={d}>
                {t("admin.searchAnalytics.lastDays", { count: d, n: formatNumber(d, locale) })}
              </option>
            ))}
          </select>
        </div>
        {report.data && (
          <p className="admin-analytics-total" data-testid="analytics-total">
            {t("admin.searchAnalytics.total", { count: report.data.searches, n: formatNumber(report.data.searches, locale) })}
          </p>
        )}
      </div>
      {report.isPending ? (
        <LoadingState label={t("common.loading")} />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          <section className="admin-analytics-section" aria-labelledby="unread-words">
            <h2 id="unread-words">{t("admin.searchAnalytics.unreadTitle")}</h2>
            <p className="muted">{t("admin.searchAnalytics.unreadIntro")}</p>
            {report.data.unreadWords.length === 0 ? (
              <p className="muted">{t("admin.searchAnalytics.noUnread")}</p>
            ) : (
              <div className="admin-table-scroll">
                <table className="data-table" data-testid="unread-words">
                  <thead>
                    <tr>
                      <th scope="col">{t("admin.searchAnalytics.word")}</th>
                      <th scope="col" className="numeric">
                        {t("admin.searchAnalytics.searches")}
                      </th>
                      <th scope="col">{t("admin.searchAnalytics.example")}</th>
                      <th scope="col">{t("admin.searchAnalytics.lastSeen")}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t("admin.searchAnalytics.actions")}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.data.unreadWords.map((w) => (
                      <tr key={w.word}>
                        <th scope="row">{w.word}</th>
                        <td className="numeric">{formatNumber(w.count, locale)}</td>
                        <td>{w.example}</td>
                        <td>{formatDate(w.lastSeen, locale)}</td>
                        <td>
                          <Link to={addTermLink(w.word)} aria-label={t("admin.searchAnalytics.addAsTermFor", { word: w.word })}>
                            {t("admin.searchAnalytics.addAsTerm")}
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <QueryGroups
            id="zero-results"
            title={t("admin.searchAnalytics.zeroTitle")}
            empty={t("admin.searchAnalytics.noZero")}
            groups={report.data.zeroResults}
            withResults={false}
          />
          <QueryGroups id="few-results" title={t("admin.searchAnalytics.fewTitle")} empty={t("admin.searchAnalytics.noFew")} groups={report.data.fewResults} withResults />
        </>
      )}
    </AdminFrame>
  );
}
