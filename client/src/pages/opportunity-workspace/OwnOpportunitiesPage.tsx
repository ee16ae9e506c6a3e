import { opportunityStatuses, type OpportunityStatus } from "@cluster-match/shared/enums";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { Pagination } from "../../components/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { formatNumber } from "../../lib/format.ts";
import { readableName } from "../../lib/places.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { OwnOpportunityCard } from "./OwnOpportunityCard.tsx";
import { useCompanyName, useOwnOpportunities } from "./useOwnOpportunities.ts";
import { BackLink } from "../../components/BackLink.tsx";

/** Where a page that sent the user here leaves a message to show (e.g. "Submitted for review"). */
export interface WorkspaceNotice {
  notice?: string;
}

export function OwnOpportunitiesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { companyId = "" } = useParams();
  const location = useLocation();
  const [status, setStatus] = useState<OpportunityStatus | "">("");
  const [page, setPage] = useState(1);
  const [notice, setNotice] = useState<string | null>((location.state as WorkspaceNotice | null)?.notice ?? null);
  const list = useOwnOpportunities(companyId, status, page);
  const company = useCompanyName(companyId);
  const title = company ? t("opportunityWorkspace.list.title", { company: readableName(company.name, company.nameLatin ?? company.name, locale) }) : t("opportunityWorkspace.list.titleGeneric");
  const counts = list.data?.statusCounts ?? {};
  const total = Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);

  return (
    <>
      <PageTitle title={title} />
      <BackLink to={`/workspace/companies/${companyId}`} label={t("opportunityWorkspace.list.back")} />
      <div className="page-header header-split">
        <div>
          <h1>{title}</h1>
          <p className="lead">{t("opportunityWorkspace.list.intro")}</p>
        </div>
        <Link className="button" to={`/workspace/companies/${companyId}/opportunities/new`}>
          {t("opportunityWorkspace.list.new")}
        </Link>
      </div>

      <div role="status" className="opp-notice-region">
        {notice && <p className="opp-notice">{notice}</p>}
      </div>

      <div className="opp-toolbar">
        <div className="filter">
          <label htmlFor="own-status">{t("opportunityWorkspace.list.statusFilter")}</label>
          <select
            id="own-status"
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as OpportunityStatus | "");
              setPage(1);
            }}
          >
            <option value="">{t("opportunityWorkspace.list.allStatuses", { n: formatNumber(total, locale) })}</option>
            {opportunityStatuses.map((s) => (
              <option key={s} value={s}>
                {t("opportunityWorkspace.list.statusOption", { status: t(`opportunityWorkspace.status.${s}`), n: formatNumber(counts[s] ?? 0, locale) })}
              </option>
            ))}
          </select>
        </div>
      </div>

      {list.isPending ? (
        <LoadingState label={t("opportunityWorkspace.list.loading")} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          message={status ? t("opportunityWorkspace.list.emptyFiltered") : t("opportunityWorkspace.list.empty")}
          action={status ? { label: t("opportunityWorkspace.list.showAll"), onClick: () => setStatus("") } : undefined}
        />
      ) : (
        <>
          <ul className="card-list opp-own-list" aria-busy={list.isFetching}>
            {list.data.items.map((item) => (
              <li key={item.id}>
                <OwnOpportunityCard companyId={companyId} item={item} onNotice={setNotice} />
              </li>
            ))}
          </ul>
          <Pagination page={page} pageCount={list.data.pageCount} onPage={setPage} />
        </>
      )}
    </>
  );
}
