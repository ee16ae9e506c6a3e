import { introductionReasonSchema, type IntroductionDetail } from "@cluster-match/shared/schemas/introductions";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DetailState } from "../../components/DetailState.tsx";
import { ExternalLink } from "../../components/ExternalLink.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { Paragraphs, Section } from "../../components/Section.tsx";
import { countryName, formatDate } from "../../lib/format.ts";
import { displayCity } from "../../lib/places.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { Done } from "../../components/form/Done.tsx";
import { lengthProblem } from "../../lib/lengthProblem.ts";
import { ServerError } from "../../components/form/ServerError.tsx";
import { TextAreaField } from "../../components/form/TextAreaField.tsx";
import { useProblemText } from "../../components/form/useProblemText.ts";
import { ContactPointState, StatusBadge, useCounterpartName } from "./IntroductionSummaryCard.tsx";
import { MessageThread } from "./MessageThread.tsx";
import { useIntroduction } from "./useIntroduction.ts";
import { TextLanguage } from "../../components/TextLanguage.tsx";
import { BackLink } from "../../components/BackLink.tsx";
import { InquiryExtras } from "../inquiries/InquiryExtras.tsx";

export function IntroductionPage() {
  const { t } = useTranslation();
  const { companyId = "", introductionId = "" } = useParams();
  const state = useIntroduction(companyId, introductionId);
  const data = state.introduction.data;

  return (
    <>
      <BackLink to={`/inbox?company=${encodeURIComponent(companyId)}${data?.direction === "outgoing" ? "&box=outgoing" : ""}`} label={t("network.detail.back")} />
      {data ? <IntroductionView introduction={data} actions={state} /> : <DetailState query={state.introduction} loadingText={t("network.detail.loading")} />}
    </>
  );
}

function IntroductionView({ introduction, actions }: { introduction: IntroductionDetail; actions: ReturnType<typeof useIntroduction> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const counterpartName = useCounterpartName();
  const { counterpart, opportunity, contacts } = introduction;
  // A request for quotation is named by its subject (the line above says what kind it is).
  const title = introduction.inquiry
    ? introduction.inquiry.subject
    : opportunity
      ? t("network.detail.titleInterest", { title: opportunity.title.text })
      : t(introduction.kind === "INQUIRY" ? "network.kind.INQUIRY" : "network.detail.titleRequest");
  const name = counterpartName(introduction);

  return (
    <article className="profile net-introduction">
      <PageTitle title={title} />
      <header className="profile-header">
        <p className="net-kind">{t(`network.kind.${introduction.kind}`)}</p>
        <h1 lang={opportunity?.title.lang}>{title}</h1>
        <TextLanguage lang={opportunity?.title.lang} />
        <p>
          <StatusBadge status={introduction.status} />
        </p>
        <p className="muted">{t(`network.statusHelp.${introduction.direction}.${introduction.status}`)}</p>
        <ContactPointState introduction={introduction} full />
      </header>

      <div className="profile-layout">
        <div className="profile-main">
          <Section title={t("network.detail.message")}>
            <Paragraphs text={introduction.message} lang="" />
          </Section>
          {introduction.brokerNote && (
            <Section title={t("network.detail.brokerNote")}>
              <Paragraphs text={introduction.brokerNote} lang="" />
            </Section>
          )}
          {introduction.declineReason && (
            <Section title={t("network.detail.declineReason")}>
              <Paragraphs text={introduction.declineReason} lang="" />
            </Section>
          )}
          {introduction.kind === "INQUIRY" && <InquiryExtras companyId={introduction.companyId} introductionId={introduction.id} />}
          <Decisions introduction={introduction} actions={actions} />
          {introduction.actions.message ? (
            <MessageThread
              companyId={introduction.companyId}
              id={introduction.id}
              counterpartName={name}
              brokerName={introduction.answeredOnBehalf ? t("reach.requests.contactPointSide") : undefined}
            />
          ) : (
            <Section title={t("network.thread.title")}>
              <p className="muted">{t("network.thread.closed")}</p>
            </Section>
          )}
        </div>

        <div className="profile-aside">
          <Section title={introduction.direction === "incoming" ? t("network.detail.from") : t("network.detail.to")}>
            {counterpart ? (
              <>
                <p className="net-counterpart">
                  {counterpart.published ? <Link to={`/companies/${counterpart.slug}`}>{name}</Link> : <strong>{name}</strong>}
                </p>
                <p className="muted">
                  {displayCity(counterpart, locale)}, {countryName(counterpart.country, locale)}
                </p>
              </>
            ) : (
              <>
                <p className="net-counterpart">
                  <strong>{name}</strong>
                </p>
                <p className="muted small">{t("network.hiddenOwnerNote")}</p>
              </>
            )}
            <dl className="facts">
              {opportunity && (
                <>
                  <dt>{t("network.detail.opportunity")}</dt>
                  <dd>
                    <Link to={`/opportunities/${opportunity.id}`} lang={opportunity.title.lang}>
                      {opportunity.title.text}
                    </Link>
                  </dd>
                </>
              )}
              <dt>{t("network.detail.date")}</dt>
              <dd>
                <time dateTime={introduction.createdAt}>{formatDate(introduction.createdAt, locale)}</time>
              </dd>
              {introduction.brokered && (
                <>
                  <dt>{t("network.detail.status")}</dt>
                  <dd>{t("network.detail.viaBroker")}</dd>
                </>
              )}
            </dl>
          </Section>
          <Section title={t("network.detail.contacts")}>
            {contacts ? (
              <dl className="facts" data-testid="contacts">
                {contacts.person && (
                  <>
                    <dt>{t("network.detail.person")}</dt>
                    <dd>
                      {contacts.person.name}
                      <br />
                      <a href={`mailto:${contacts.person.email}`}>{contacts.person.email}</a>
                    </dd>
                  </>
                )}
                {contacts.email && (
                  <>
                    <dt>{t("network.detail.email")}</dt>
                    <dd>
                      <a href={`mailto:${contacts.email}`}>{contacts.email}</a>
                    </dd>
                  </>
                )}
                {contacts.phone && (
                  <>
                    <dt>{t("network.detail.phone")}</dt>
                    <dd>
                      <a href={`tel:${contacts.phone.replace(/[^\d+]/g, "")}`}>{contacts.phone}</a>
                    </dd>
                  </>
                )}
                {contacts.website && (
                  <>
                    <dt>{t("network.detail.website")}</dt>
                    <dd>
                      <ExternalLink href={contacts.website} />
                    </dd>
                  </>
                )}
              </dl>
            ) : (
              <p className="muted">{t("network.detail.contactsHidden")}</p>
            )}
            {contacts && !contacts.person && !contacts.email && !contacts.phone && !contacts.website && <p className="muted">{t("network.detail.noContacts")}</p>}
          </Section>
        </div>
      </div>
    </article>
  );
}

/** Accept / decline (with a reason) for the recipient, withdraw for the requester. */
function Decisions({ introduction, actions }: { introduction: IntroductionDetail; actions: ReturnType<typeof useIntroduction> }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [mode, setMode] = useState<"idle" | "decline" | "withdraw">("idle");
  const [reason, setReason] = useState("");
  const { accept, decline, withdraw } = actions;
  const input = { companyId: introduction.companyId, id: introduction.id };
  const busy = accept.isPending || decline.isPending || withdraw.isPending;
  const done = accept.data ?? decline.data ?? withdraw.data;
  const problem = lengthProblem(introductionReasonSchema, reason);
  const { accept: canAccept, decline: canDecline, withdraw: canWithdraw } = introduction.actions;

  if (done && (done.status === "ACCEPTED" || done.status === "DECLINED" || done.status === "WITHDRAWN")) {
    return (
      <Done look="network">
        <p>{t(`network.detail.done.${done.status}`)}</p>
      </Done>
    );
  }
  if (!canAccept && !canDecline && !canWithdraw) return null;
  return (
    <div className="net-decisions">
      <ServerError look="network" error={accept.error ?? decline.error ?? withdraw.error} />
      {mode === "decline" ? (
        <form
          className="net-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (problem || busy) return;
            decline.mutate({ ...input, reason: reason.trim() || undefined });
          }}
        >
          <TextAreaField look="network" label={t("network.detail.declineReasonLabel")} value={reason} onChange={setReason} error={problemText(problem)} countTo={1000} rows={3} />
          <div className="actions-row">
            <button type="submit" className="button button-danger" disabled={busy}>
              {t("network.detail.declineSubmit")}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setMode("idle")}>
              {t("network.detail.cancel")}
            </button>
          </div>
        </form>
      ) : mode === "withdraw" ? (
        <div className="net-confirm" role="group" aria-label={t("network.detail.withdraw")}>
          <p>{t("network.detail.withdrawConfirm")}</p>
          <div className="actions-row">
            <button type="button" className="button button-danger" disabled={busy} onClick={() => withdraw.mutate(input)}>
              {t("network.detail.withdrawSubmit")}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setMode("idle")}>
              {t("network.detail.cancel")}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions-row">
          {canAccept && (
            <button type="button" className="button" disabled={busy} onClick={() => accept.mutate(input)}>
              {t("network.detail.accept")}
            </button>
          )}
          {canDecline && (
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => setMode("decline")}>
              {t("network.detail.decline")}
            </button>
          )}
          {canWithdraw && (
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => setMode("withdraw")}>
              {t("network.detail.withdraw")}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
