import type { InquiryDetail, InquirySupplierRow } from "@cluster-match/shared/schemas/inquiries";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { BackLink } from "../../components/BackLink.tsx";
import { DetailState } from "../../components/DetailState.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { Paragraphs, Section } from "../../components/Section.tsx";
import { Done } from "../../components/form/Done.tsx";
import { ServerError } from "../../components/form/ServerError.tsx";
import { countryName, formatDate } from "../../lib/format.ts";
import { displayCity, readableName } from "../../lib/places.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";
import { AttachmentList } from "./AttachmentList.tsx";
import { compareRows, formatPrice, type SortKey } from "./comparison.ts";

/** The buyer's view of one request for quotation: what was asked and every supplier's answer side by side. */
export function InquiryPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { companyId = "", inquiryId = "" } = useParams();
  const inquiry = useQuery(trpc.inquiries.get.queryOptions({ companyId, id: inquiryId }, { refetchInterval: 30_000 }));
  return (
    <>
      <BackLink to={`/inquiries?company=${encodeURIComponent(companyId)}`} label={t("inquiries.detail.back")} />
      {inquiry.data ? <InquiryView inquiry={inquiry.data} /> : <DetailState query={inquiry} loadingText={t("inquiries.detail.loading")} />}
    </>
  );
}

function InquiryView({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: trpc.inquiries.pathKey() });
  const close = useMutation(trpc.inquiries.close.mutationOptions({ onSuccess }));
  const [confirmClose, setConfirmClose] = useState(false);
  return (
    <article className="profile inq-detail">
      <PageTitle title={inquiry.subject} />
      <header className="profile-header">
        <p className="net-kind">{t("inquiries.detail.kind")}</p>
        <h1>{inquiry.subject}</h1>
        <p className="muted">
          {t("inquiries.detail.sentOn", { date: formatDate(inquiry.createdAt, locale) })}
          {inquiry.createdBy && <> · {t("inquiries.detail.by", { name: inquiry.createdBy })}</>}
          {inquiry.closed && <> · {t("inquiries.detail.closed")}</>}
        </p>
      </header>
      {params.get("sent") === "1" && (
        <Done look="network">
          <p>{t("inquiries.detail.sent")}</p>
        </Done>
      )}
      <Comparison inquiry={inquiry} />
      <div className="profile-layout">
        <div className="profile-main">
          <Section title={t("inquiries.detail.message")}>
            <Paragraphs text={inquiry.message} lang="" />
          </Section>
        </div>
        <div className="profile-aside">
          <Section title={t("inquiries.detail.facts")}>
            <dl className="facts">
              {inquiry.quantity && (
                <>
                  <dt>{t("inquiries.extras.quantity")}</dt>
                  <dd>{inquiry.quantity}</dd>
                </>
              )}
              {inquiry.replyBy && (
                <>
                  <dt>{t("inquiries.extras.replyBy")}</dt>
                  <dd>
                    <time dateTime={inquiry.replyBy}>{formatDate(inquiry.replyBy, locale)}</time>
                  </dd>
                </>
              )}
            </dl>
          </Section>
          <Section title={t("inquiries.extras.attachments")}>
            <AttachmentList attachments={inquiry.attachments} />
          </Section>
          {!inquiry.closed && (
            <Section title={t("inquiries.detail.closeTitle")}>
              <ServerError look="network" error={close.error} />
              {confirmClose ? (
                <p>
                  {t("inquiries.detail.closeConfirm")}{" "}
                  <button type="button" className="button" disabled={close.isPending} onClick={() => close.mutate({ companyId: inquiry.companyId, id: inquiry.id })}>
                    {t("inquiries.detail.closeYes")}
                  </button>{" "}
                  <button type="button" className="button-link" onClick={() => setConfirmClose(false)}>
                    {t("inquiries.detail.cancel")}
                  </button>
                </p>
              ) : (
                <>
                  <p className="muted small">{t("inquiries.detail.closeHelp")}</p>
                  <button type="button" className="button-secondary button" onClick={() => setConfirmClose(true)}>
                    {t("inquiries.detail.close")}
                  </button>
                </>
              )}
            </Section>
          )}
        </div>
      </div>
    </article>
  );
}

/** One row per supplier: its state and quote, sortable by price and by lead time. */
function Comparison({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<SortKey>("none");
  const rows = [...inquiry.suppliers].sort((a, b) => compareRows(a, b, sort));
  const sortButton = (key: Exclude<SortKey, "none">, label: string) => (
    <button type="button" className="button-link inq-sort" aria-pressed={sort === key} onClick={() => setSort(sort === key ? "none" : key)}>
      {label}
      <span aria-hidden="true">{sort === key ? " ▲" : " ↕"}</span>
    </button>
  );
  return (
    <section className="inq-comparison" aria-labelledby="inq-comparison-title">
      <h2 id="inq-comparison-title">{t("inquiries.detail.comparison")}</h2>
      <p className="muted small">{t("inquiries.detail.comparisonHelp")}</p>
      <div className="inq-table-scroll" tabIndex={0} role="region" aria-labelledby="inq-comparison-title">
        <table className="data-table inq-table" data-testid="inquiry-comparison">
          <thead>
            <tr>
              <th scope="col">{t("inquiries.detail.supplier")}</th>
              <th scope="col">{t("inquiries.detail.status")}</th>
              <th scope="col" aria-sort={sort === "price" ? "ascending" : "none"}>
                {sortButton("price", t("inquiries.detail.price"))}
              </th>
              <th scope="col" aria-sort={sort === "lead" ? "ascending" : "none"}>
                {sortButton("lead", t("inquiries.detail.leadTime"))}
              </th>
              <th scope="col">{t("inquiries.detail.validUntil")}</th>
              <th scope="col">{t("inquiries.detail.note")}</th>
              <th scope="col">{t("inquiries.detail.lastMessage")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("inquiries.detail.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <SupplierRow key={row.introductionId} row={row} buyerId={inquiry.companyId} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function SupplierRow({ row, buyerId }: { row: InquirySupplierRow; buyerId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const withdraw = useMutation(trpc.inquiries.withdrawSupplier.mutationOptions({ onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.inquiries.pathKey() }) }));
  const [confirm, setConfirm] = useState(false);
  const name = readableName(row.supplier.name, row.supplier.nameLatin, locale);
  const { quote } = row;
  const dash = <span aria-label={t("inquiries.detail.none")}>—</span>;
  return (
    <tr data-testid="inquiry-row" data-state={row.state}>
      <th scope="row">
        {row.supplier.published ? <Link to={`/companies/${row.supplier.slug}`}>{name}</Link> : name}
        <br />
        <span className="muted small">
          {displayCity(row.supplier, locale)}, {countryName(row.supplier.country, locale)}
        </span>
      </th>
      <td>
        <span className={`badge inq-state inq-state-${row.state}`}>{t(`inquiries.state.${row.state}`)}</span>
        {row.declineReason && <p className="muted small">{row.declineReason}</p>}
      </td>
      <td className="inq-num">{quote?.priceMinor != null ? formatPrice(quote.priceMinor, quote.currency, locale) : dash}</td>
      <td className="inq-num">{quote?.leadTimeDays != null ? t("inquiries.detail.days", { count: quote.leadTimeDays }) : dash}</td>
      <td>{quote?.validUntil ? <time dateTime={quote.validUntil}>{formatDate(quote.validUntil, locale)}</time> : dash}</td>
      <td>{quote?.note ? <span className="inq-note">{quote.note}</span> : dash}</td>
      <td>
        {row.lastMessage ? (
          <>
            <span className="inq-note">{row.lastMessage.excerpt}</span>
            <br />
            <time className="muted small" dateTime={row.lastMessage.createdAt}>
              {formatDate(row.lastMessage.createdAt, locale)}
            </time>
          </>
        ) : (
          dash
        )}
      </td>
      <td className="inq-actions">
        <Link to={`/inbox/${encodeURIComponent(buyerId)}/${encodeURIComponent(row.introductionId)}`}>
          {t("inquiries.detail.thread")}
          <span className="visually-hidden">: {name}</span>
        </Link>
        {row.canWithdraw &&
          (confirm ? (
            <span>
              <button type="button" className="button-link" disabled={withdraw.isPending} onClick={() => withdraw.mutate({ companyId: buyerId, introductionId: row.introductionId })}>
                {t("inquiries.detail.withdrawYes", { name })}
              </button>{" "}
              <button type="button" className="button-link" onClick={() => setConfirm(false)}>
                {t("inquiries.detail.cancel")}
              </button>
            </span>
          ) : (
            <button type="button" className="button-link" onClick={() => setConfirm(true)}>
              {t("inquiries.detail.withdraw")}
              <span className="visually-hidden">: {name}</span>
            </button>
          ))}
        <ServerError look="network" error={withdraw.error} />
      </td>
    </tr>
  );
}
