import { quoteCurrencies, type InquiryOfIntroduction, type InquiryQuote } from "@cluster-match/shared/schemas/inquiries";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Section } from "../../components/Section.tsx";
import { Done } from "../../components/form/Done.tsx";
import { ServerError } from "../../components/form/ServerError.tsx";
import { TextAreaField } from "../../components/form/TextAreaField.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import { formatDate } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";
import { AttachmentList } from "./AttachmentList.tsx";
import { formatPrice, parsePrice } from "./comparison.ts";

/**
 * The request-for-quotation part of an introduction of kind INQUIRY (IntroductionPage shows it):
 * what is asked, the drawings, and the quote: a form for the supplier, the answer for the buyer.
 */
export function InquiryExtras({ companyId, introductionId }: { companyId: string; introductionId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const trpc = useTRPC();
  const inquiry = useQuery(trpc.inquiries.ofIntroduction.queryOptions({ companyId, introductionId }, { refetchInterval: 30_000 }));
  const data = inquiry.data;
  if (!data) return null;
  return (
    <>
      <Section title={t("inquiries.extras.title")}>
        <dl className="facts" data-testid="inquiry-extras">
          <dt>{t("inquiries.extras.subject")}</dt>
          <dd>{data.subject}</dd>
          {data.quantity && (
            <>
              <dt>{t("inquiries.extras.quantity")}</dt>
              <dd>{data.quantity}</dd>
            </>
          )}
          {data.replyBy && (
            <>
              <dt>{t("inquiries.extras.replyBy")}</dt>
              <dd>
                <time dateTime={data.replyBy}>{formatDate(data.replyBy, locale)}</time>
              </dd>
            </>
          )}
        </dl>
        {data.side === "buyer" && (
          <p>
            <Link to={`/inquiries/${encodeURIComponent(companyId)}/${encodeURIComponent(data.inquiryId)}`}>{t("inquiries.extras.toComparison")}</Link>
          </p>
        )}
      </Section>
      <Section title={t("inquiries.extras.attachments")}>
        <AttachmentList attachments={data.attachments} />
      </Section>
      {data.side === "supplier" ? <QuoteForm companyId={companyId} inquiry={data} introductionId={introductionId} /> : <QuoteView quote={data.quote} />}
    </>
  );
}

function QuoteView({ quote }: { quote: InquiryQuote | null }) {
  const { t } = useTranslation();
  return <Section title={t("inquiries.quote.buyerTitle")}>{quote ? <QuoteFacts quote={quote} /> : <p className="muted">{t("inquiries.quote.none")}</p>}</Section>;
}

function QuoteFacts({ quote }: { quote: InquiryQuote }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <dl className="facts" data-testid="inquiry-quote">
      <dt>{t("inquiries.detail.price")}</dt>
      <dd>{quote.priceMinor !== null ? formatPrice(quote.priceMinor, quote.currency, locale) : t("inquiries.quote.noPrice")}</dd>
      {quote.leadTimeDays !== null && (
        <>
          <dt>{t("inquiries.detail.leadTime")}</dt>
          <dd>{t("inquiries.detail.days", { count: quote.leadTimeDays })}</dd>
        </>
      )}
      {quote.validUntil && (
        <>
          <dt>{t("inquiries.detail.validUntil")}</dt>
          <dd>
            <time dateTime={quote.validUntil}>{formatDate(quote.validUntil, locale)}</time>
          </dd>
        </>
      )}
      {quote.note && (
        <>
          <dt>{t("inquiries.detail.note")}</dt>
          <dd className="inq-note">{quote.note}</dd>
        </>
      )}
    </dl>
  );
}

const priceText = (minor: number | null) => (minor === null ? "" : (minor / 100).toFixed(2));

/** The supplier's quote: only once it accepted; saved again replaces it (the buyer is told either way). */
function QuoteForm({ companyId, introductionId, inquiry }: { companyId: string; introductionId: string; inquiry: InquiryOfIntroduction }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const currencyId = useId();
  const existing = inquiry.quote;
  const [price, setPrice] = useState(priceText(existing?.priceMinor ?? null));
  const [currency, setCurrency] = useState(existing?.currency ?? "EUR");
  const [leadTime, setLeadTime] = useState(existing?.leadTimeDays != null ? String(existing.leadTimeDays) : "");
  const [validUntil, setValidUntil] = useState(existing?.validUntil ?? "");
  const [note, setNote] = useState(existing?.note ?? "");
  const [submitted, setSubmitted] = useState(false);
  const save = useMutation(trpc.inquiries.submitQuote.mutationOptions({ onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.inquiries.pathKey() }) }));

  if (!inquiry.canQuote) {
    return (
      <Section title={t("inquiries.quote.title")}>
        {existing ? <QuoteFacts quote={existing} /> : <p className="muted">{t("inquiries.quote.acceptFirst")}</p>}
      </Section>
    );
  }
  const priceMinor = price.trim() === "" ? null : parsePrice(price);
  const lead = leadTime.trim() === "" ? null : /^\d{1,4}$/.test(leadTime.trim()) && Number(leadTime) <= 3650 ? Number(leadTime) : Number.NaN;
  const today = new Date().toISOString().slice(0, 10);
  const errors = {
    price: submitted && price.trim() !== "" && priceMinor === null ? t("inquiries.quote.priceInvalid") : undefined,
    leadTime: submitted && Number.isNaN(lead) ? t("inquiries.quote.leadInvalid") : undefined,
    validUntil: submitted && validUntil !== "" && validUntil < today ? t("inquiries.quote.validPast") : undefined,
    note: submitted && note.length > 2000 ? t("network.fieldErrors.tooLong", { max: 2000 }) : undefined,
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const badPrice = price.trim() !== "" && priceMinor === null;
    if (badPrice || Number.isNaN(lead) || (validUntil !== "" && validUntil < today) || note.length > 2000) return;
    save.mutate({ companyId, introductionId, priceMinor, currency: currency as (typeof quoteCurrencies)[number], leadTimeDays: lead, validUntil: validUntil || null, note });
  };
  return (
    <Section title={t("inquiries.quote.title")}>
      <form className="net-form inq-quote-form" noValidate onSubmit={onSubmit} data-testid="quote-form">
        <p className="muted small">{t("inquiries.quote.help")}</p>
        <div className="inq-form-row">
          <TextField look="network" name="quotePrice" label={t("inquiries.quote.price")} hint={t("inquiries.quote.priceHint")} value={price} onChange={setPrice} error={errors.price} inputMode="decimal" />
          <div className="net-field">
            <label htmlFor={currencyId}>{t("inquiries.quote.currency")}</label>
            <select id={currencyId} value={currency} onChange={(event) => setCurrency(event.target.value)}>
              {quoteCurrencies.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="inq-form-row">
          <TextField look="network" name="quoteLeadTime" label={t("inquiries.quote.leadTime")} hint={t("inquiries.quote.leadHint")} value={leadTime} onChange={setLeadTime} error={errors.leadTime} inputMode="numeric" />
          <TextField look="network" name="quoteValidUntil" type="date" label={t("inquiries.quote.validUntil")} value={validUntil} onChange={setValidUntil} error={errors.validUntil} min={today} />
        </div>
        <TextAreaField look="network" name="quoteNote" label={t("inquiries.quote.note")} hint={t("inquiries.quote.noteHint")} value={note} onChange={setNote} error={errors.note} rows={3} countTo={2000} />
        <ServerError look="network" error={save.error} />
        {save.isSuccess && (
          <Done look="network">
            <p>{t("inquiries.quote.saved")}</p>
          </Done>
        )}
        <p className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {existing ? t("inquiries.quote.update") : t("inquiries.quote.submit")}
          </button>
        </p>
      </form>
    </Section>
  );
}
