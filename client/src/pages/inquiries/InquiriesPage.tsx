import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { CompanyChooser } from "../../components/CompanyChooser.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ResultList } from "../../components/ResultList.tsx";
import { formatDate, formatNumber } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

/** The requests for quotation a firm sent, newest first, with how many suppliers answered. */
export function InquiriesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const senders = useQuery(trpc.inquiries.senderOptions.queryOptions());
  const companyId = params.get("company") ?? senders.data?.[0]?.companyId ?? "";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const list = useQuery(trpc.inquiries.list.queryOptions({ companyId, page }, { enabled: companyId !== "" }));
  const set = (key: string, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === null) next.delete(key);
      else next.set(key, value);
      if (key !== "page") next.delete("page");
      return next;
    });

  return (
    <>
      <PageTitle title={t("inquiries.list.title")} />
      <div className="page-header">
        <h1>{t("inquiries.list.title")}</h1>
        <p className="lead">{t("inquiries.list.intro")}</p>
      </div>
      {senders.data && senders.data.length > 0 && (
        <div className="net-toolbar">
          <CompanyChooser label={t("inquiries.list.firm")} companies={senders.data} value={companyId} onChange={(id) => set("company", id)} />
          <Link className="button-secondary button" to="/search">
            {t("inquiries.list.new")}
          </Link>
        </div>
      )}
      {senders.data && senders.data.length === 0 ? (
        <p className="muted">{t("inquiries.new.noFirm")}</p>
      ) : (
        <ResultList
          query={{ data: list.data, isPending: list.isPending, isError: list.isError, error: list.error, refetch: list.refetch }}
          countText={(count, n) => t("inquiries.list.count", { count, n })}
          loadingText={t("inquiries.list.loading")}
          emptyText={t("inquiries.list.empty")}
          onClearFilters={() => set("page", null)}
          onPage={(p) => set("page", String(p))}
          renderItem={(item) => (
            <article className="card inq-card" data-testid="inquiry-card">
              <h2 className="card-title">
                <Link to={`/inquiries/${encodeURIComponent(companyId)}/${encodeURIComponent(item.id)}`}>{item.subject}</Link>
              </h2>
              <p className="muted small">
                {t("inquiries.list.sentOn", { date: formatDate(item.createdAt, locale) })}
                {item.replyBy && <> · {t("inquiries.list.replyBy", { date: formatDate(item.replyBy, locale) })}</>}
              </p>
              <p>
                {t("inquiries.list.suppliers", { count: item.recipients, n: formatNumber(item.recipients, locale) })} ·{" "}
                {t("inquiries.list.quotes", { count: item.quotes, n: formatNumber(item.quotes, locale) })} ·{" "}
                {item.open === 0 ? t("inquiries.list.closed") : t("inquiries.list.open", { count: item.open, n: formatNumber(item.open, locale) })}
              </p>
            </article>
          )}
        />
      )}
    </>
  );
}
