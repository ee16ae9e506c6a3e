import { dataQualityIssues, type DataQualityIssue } from "@cluster-match/shared/schemas/places";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { countryName, formatNumber } from "../../lib/format.ts";
import { displayCity, readableName } from "../../lib/places.ts";
import { readOne, readPage, useUrlFilters } from "../../lib/urlState.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useMe } from "../../lib/useMe.ts";
import { useTRPC } from "../../trpc.ts";
import { PagedResults } from "../admin/PagedResults.tsx";
import { CompanyStatusBadge } from "../company-workspace/StatusBadges.tsx";
import { ManageFrame } from "./ManageFrame.tsx";

const issuePattern = new RegExp(`^(${dataQualityIssues.join("|")})$`);
const idPattern = /^[\w-]{1,60}$/;
const pageSize = 25;

/**
 * What the firms of a cluster lack (`/manage/data-quality?cluster=…&issue=…`): counts per issue
 * and the firms with the chosen one, each linked to where it is completed. Managers see their
 * clusters; admins every firm, or one cluster's.
 */
export function DataQualityPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const trpc = useTRPC();
  const me = useMe();
  const isAdmin = me.data?.role === "ADMIN";
  const allClusters = useQuery(trpc.clusters.list.queryOptions({ locale }, { enabled: isAdmin }));
  const clusters = isAdmin ? (allClusters.data ?? []).map((c) => ({ id: c.id, name: c.name })) : (me.data?.managedClusters ?? []).map((c) => ({ id: c.id, name: c.name }));
  const { params, setFilters, setPage } = useUrlFilters();
  const requested = readOne(params, "cluster", idPattern);
  // Admins start with every firm; a manager with their (first) cluster.
  const clusterId = clusters.some((c) => c.id === requested) ? requested! : isAdmin ? null : (clusters[0]?.id ?? null);
  const issue = (readOne(params, "issue", issuePattern) ?? "no_coordinates") as DataQualityIssue;
  const page = readPage(params);
  const ready = me.data !== undefined && (isAdmin || clusterId !== null);
  const forCluster = useQuery(
    trpc.places.dataQuality.queryOptions({ clusterId: clusterId ?? "", issue, page, pageSize }, { enabled: ready && clusterId !== null }),
  );
  const forAll = useQuery(trpc.places.dataQualityAll.queryOptions({ issue, page, pageSize }, { enabled: ready && isAdmin && clusterId === null }));
  const result = clusterId === null ? forAll : forCluster;
  const data = result.data;
  const paged = { ...result, data: data ? { items: data.items, total: data.meta.total, page: data.meta.page, pageCount: data.meta.pageCount } : undefined };
  const editPath = (companyId: string) => (isAdmin ? `/admin/companies/${companyId}` : `/workspace/companies/${companyId}/profile`);
  const n = (value: number) => formatNumber(value, locale);

  return (
    <ManageFrame title={t("places.quality.title")} intro={t("places.quality.intro")}>
      {me.data && !isAdmin && clusters.length === 0 ? (
        <p className="muted">{t("places.quality.noClusters")}</p>
      ) : (
        <>
          {(isAdmin || clusters.length > 1) && (
            <div className="filter">
              <label htmlFor="dq-cluster">{t("places.quality.cluster")}</label>
              <select id="dq-cluster" value={clusterId ?? ""} onChange={(event) => setFilters({ cluster: event.target.value || undefined })}>
                {isAdmin && <option value="">{t("places.quality.allClusters")}</option>}
                {clusters.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <nav aria-label={t("places.quality.issuesLabel")}>
            <div className="admin-tiles dq-issues">
              {dataQualityIssues.map((key) => (
                <div key={key} className="card admin-tile">
                  <Link
                    to={`?${new URLSearchParams({ ...(clusterId ? { cluster: clusterId } : {}), issue: key }).toString()}`}
                    aria-current={key === issue ? "page" : undefined}
                    data-testid={`dq-issue-${key}`}
                  >
                    <span className="card-title">{t(`places.quality.issue.${key}`)}</span>
                  </Link>
                  {data && <p className="muted">{t("places.quality.ofTotal", { n: n(data.counts[key]), total: n(data.total) })}</p>}
                </div>
              ))}
            </div>
          </nav>
          <h2>{t(`places.quality.issue.${issue}`)}</h2>
          <PagedResults
            query={paged}
            emptyMessage={t("places.quality.none")}
            countText={(total) => t("places.quality.ofTotal", { n: n(total), total: n(data?.total ?? total) })}
            onPage={setPage}
          >
            {(items) => (
              <div className="admin-table-scroll">
                <table className="data-table" data-testid="dq-table">
                  <caption className="visually-hidden">{t("places.quality.listCaption", { issue: t(`places.quality.issue.${issue}`) })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("places.quality.firm")}</th>
                      <th scope="col">{t("places.quality.city")}</th>
                      <th scope="col">{t("places.quality.status")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((c) => {
                      const name = readableName(c.name, c.nameLatin, locale);
                      return (
                        <tr key={c.companyId} data-testid="dq-row">
                          <th scope="row">
                            <Link to={editPath(c.companyId)} aria-label={t("places.quality.edit", { name })}>
                              {name}
                            </Link>
                          </th>
                          <td>
                            {displayCity(c, locale)}, {countryName(c.country, locale)}
                          </td>
                          <td>
                            <CompanyStatusBadge status={c.status} />
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </PagedResults>
        </>
      )}
    </ManageFrame>
  );
}
