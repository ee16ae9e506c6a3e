import { introductionStatuses } from "@cluster-match/shared/schemas/introductions";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyState } from "../../components/QueryStates.tsx";
import { ResultList } from "../../components/ResultList.tsx";
import { CompanyChooser } from "../../components/CompanyChooser.tsx";
import { IntroductionSummaryCard } from "./IntroductionSummaryCard.tsx";
import { StatusFilter } from "./StatusFilter.tsx";
import { useInbox } from "./useInbox.ts";

export function InboxPage() {
  const { t } = useTranslation();
  const inbox = useInbox();
  const tabsId = useId();
  const role = inbox.me.data?.role;

  return (
    <>
      <PageTitle title={t("network.inbox.title")} />
      <div className="page-header">
        <h1>{t("network.inbox.title")}</h1>
        <p className="lead">{t("network.inbox.intro")}</p>
      </div>
      {inbox.companyId === null ? (
        <EmptyState message={t("network.inbox.noCompany")}>
          <p>
            <Link to="/workspace/companies/new">{t("network.inbox.registerCompany")}</Link>
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="net-toolbar">
            {inbox.memberships.length > 0 && !inbox.actingAsOther && (
              <CompanyChooser
                label={t("network.inbox.companyLabel")}
                companies={inbox.memberships.map((m) => ({ companyId: m.companyId, name: m.name }))}
                value={inbox.companyId}
                onChange={inbox.setCompany}
              />
            )}
            {inbox.actingAsOther && role && role !== "MEMBER" && (
              <p className="net-acting">{t("network.inbox.actingFor", { role: t(`network.inbox.roles.${role}`) })}</p>
            )}
            <div role="group" aria-labelledby={tabsId} className="net-tabs">
              <span id={tabsId} className="visually-hidden">
                {t("network.inbox.boxLabel")}
              </span>
              {(["incoming", "outgoing"] as const).map((box) => (
                <button
                  key={box}
                  type="button"
                  className={box === inbox.box ? "button" : "button button-secondary"}
                  aria-pressed={box === inbox.box}
                  onClick={() => inbox.setBox(box)}
                >
                  {t(`network.inbox.${box}`)}
                </button>
              ))}
            </div>
            <StatusFilter
              id="inbox-status"
              label={t("network.inbox.statusLabel")}
              allLabel={t("network.inbox.allStatuses")}
              value={inbox.status}
              onChange={inbox.setStatus}
              statuses={introductionStatuses.filter((s) => inbox.box === "outgoing" || s !== "AWAITING_BROKER")}
            />
          </div>
          <ResultList
            query={inbox.introductions}
            countText={(count, n) => t("network.inbox.count", { count, n })}
            loadingText={t("network.inbox.loading")}
            emptyText={inbox.status ? t("network.inbox.emptyFiltered") : t("network.inbox.empty")}
            onClearFilters={() => inbox.setStatus(undefined)}
            onPage={inbox.setPage}
            renderItem={(introduction) => <IntroductionSummaryCard introduction={introduction} />}
            emptyContent={
              <EmptyState
                message={inbox.status ? t("network.inbox.emptyFiltered") : t("network.inbox.empty")}
                action={inbox.status ? { label: t("common.clearFilters"), onClick: () => inbox.setStatus(undefined) } : undefined}
              />
            }
          />
        </>
      )}
    </>
  );
}
