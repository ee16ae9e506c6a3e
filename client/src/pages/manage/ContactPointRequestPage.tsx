import { contactPointDeclineInputSchema, contactPointReachInputSchema, type ContactPointItem } from "@cluster-match/shared/schemas/contact-point";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { BackLink } from "../../components/BackLink.tsx";
import { DetailState } from "../../components/DetailState.tsx";
import { ExternalLink } from "../../components/ExternalLink.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { Paragraphs, Section } from "../../components/Section.tsx";
import { Done } from "../../components/form/Done.tsx";
import { ServerError } from "../../components/form/ServerError.tsx";
import { TextAreaField } from "../../components/form/TextAreaField.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import { useProblemText } from "../../components/form/useProblemText.ts";
import { firmName } from "../../lib/displayName.ts";
import { countryName, formatDate } from "../../lib/format.ts";
import { lengthProblem } from "../../lib/lengthProblem.ts";
import { displayCity } from "../../lib/places.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { StatusBadge } from "../network/IntroductionSummaryCard.tsx";
import { contactPointTitle } from "../network/requestLabel.ts";
import { InquiryExtras } from "../inquiries/InquiryExtras.tsx";
import { ThreadView } from "../network/MessageThread.tsx";
import { useAge } from "./ContactPointPage.tsx";
import { useContactPointRequest, useContactPointThread } from "./useContactPoint.ts";

/** One request the cluster's contact point holds: who asks whom, how to reach the firm, and the answer. */
export function ContactPointRequestPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const state = useContactPointRequest(id);
  const data = state.request.data;
  return (
    <>
      <BackLink to="/manage/contact-point" label={t("reach.contactPoint.back")} />
      {data ? <RequestView item={data} state={state} /> : <DetailState query={state.request} loadingText={t("reach.contactPoint.loadingItem")} />}
    </>
  );
}

function RequestView({ item, state }: { item: ContactPointItem; state: ReturnType<typeof useContactPointRequest> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const age = useAge();
  const firm = firmName(item.firm, locale);
  const from = firmName(item.from, locale);
  const title = t("reach.contactPoint.detailTitle", { firm });
  const what = contactPointTitle(item, from);
  return (
    <article className="profile net-introduction">
      <PageTitle title={title} />
      <header className="profile-header">
        <p className="net-kind" lang={what.lang}>
          {t(what.key, what.values ?? {})}
        </p>
        <h1>{title}</h1>
        <p>
          <StatusBadge status={item.status} />
        </p>
        <p className="muted">
          {t("reach.contactPoint.received", { date: formatDate(item.createdAt, locale) })} · {age(item.createdAt)}
        </p>
        {item.answeredOnBehalf && <p className="net-contact-point">{t("reach.contactPoint.answeredOnBehalf")}</p>}
        {item.status !== "WITH_CONTACT_POINT" && item.firm.hasMembers && <p className="net-contact-point">{t("reach.contactPoint.hasMembers")}</p>}
      </header>

      <div className="profile-layout">
        <div className="profile-main">
          <Section title={t("reach.contactPoint.message")}>
            <Paragraphs text={item.message} lang="" />
          </Section>
          {item.brokerNote && (
            <Section title={t("reach.contactPoint.brokerNote")}>
              <Paragraphs text={item.brokerNote} lang="" />
            </Section>
          )}
          {item.declineReason && (
            <Section title={t("reach.contactPoint.declineReason")}>
              <Paragraphs text={item.declineReason} lang="" />
            </Section>
          )}
          <Actions item={item} state={state} />
          {item.actions.message && <ContactPointThread id={item.id} counterpartName={from} />}
        </div>

        <div className="profile-aside">
          <Section title={t("reach.contactPoint.firm")}>
            <p className="net-counterpart">{item.firm.published ? <Link to={`/companies/${item.firm.slug}`}>{firm}</Link> : <strong>{firm}</strong>}</p>
            <p className="muted">
              {displayCity(item.firm, locale)}, {countryName(item.firm.country, locale)}
            </p>
            <dl className="facts cp-facts">
              <dt>{t("reach.contactPoint.clusters")}</dt>
              <dd>{item.firm.clusters.length > 0 ? item.firm.clusters.map((c) => c.name).join(", ") : t("reach.contactPoint.noCluster")}</dd>
              <dt>{t("network.detail.status")}</dt>
              <dd>{item.firmContactedAt ? t("reach.contactPoint.contacted", { date: formatDate(item.firmContactedAt, locale) }) : t("reach.contactPoint.notContacted")}</dd>
            </dl>
            <h3>{t("reach.contactPoint.registered")}</h3>
            <FirmContacts item={item} />
          </Section>
          <Section title={t("reach.contactPoint.from")}>
            <p className="net-counterpart">{item.from.published ? <Link to={`/companies/${item.from.slug}`}>{from}</Link> : <strong>{from}</strong>}</p>
            <p className="muted">
              {displayCity(item.from, locale)}, {countryName(item.from.country, locale)}
            </p>
            {item.sender && (
              <dl className="facts cp-facts">
                <dt>{t("reach.contactPoint.sender")}</dt>
                <dd>
                  {item.sender.name}
                  <br />
                  <a href={`mailto:${item.sender.email}`}>{item.sender.email}</a>
                </dd>
              </dl>
            )}
            {item.opportunity && (
              <dl className="facts cp-facts">
                <dt>{t("reach.contactPoint.opportunity")}</dt>
                <dd>
                  <Link to={`/opportunities/${item.opportunity.id}`} lang={item.opportunity.title.lang}>
                    {item.opportunity.title.text}
                  </Link>
                </dd>
              </dl>
            )}
            {/* A request for quotation: its subject, quantity, date and drawings, to pass on or answer. */}
            {item.kind === "INQUIRY" && <InquiryExtras companyId={item.firm.id} introductionId={item.id} />}
          </Section>
        </div>
      </div>
    </article>
  );
}

function FirmContacts({ item }: { item: ContactPointItem }) {
  const { t } = useTranslation();
  const { email, phone, website } = item.firm;
  if (!email && !phone && !website) return <p className="muted">{t("reach.contactPoint.noRegisteredContacts")}</p>;
  return (
    <dl className="facts" data-testid="firm-contacts">
      {email && (
        <>
          <dt>{t("reach.contactPoint.email")}</dt>
          <dd>
            <a href={`mailto:${email}`}>{email}</a>
          </dd>
        </>
      )}
      {phone && (
        <>
          <dt>{t("reach.contactPoint.phone")}</dt>
          <dd>
            <a href={`tel:${phone.replace(/[^\d+]/g, "")}`}>{phone}</a>
          </dd>
        </>
      )}
      {website && (
        <>
          <dt>{t("reach.contactPoint.website")}</dt>
          <dd>
            <ExternalLink href={website} />
          </dd>
        </>
      )}
    </dl>
  );
}

/** Reach the firm (a claim link to its registered address), accept for it, or decline with a reason. */
function Actions({ item, state }: { item: ContactPointItem; state: ReturnType<typeof useContactPointRequest> }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [mode, setMode] = useState<"idle" | "accept" | "decline">("idle");
  const [reason, setReason] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [foundEmail, setFoundEmail] = useState("");
  const [emailTried, setEmailTried] = useState(false);
  const { reachFirm, accept, decline } = state;
  const needsEmail = item.firm.email === null;
  const emailValid = contactPointReachInputSchema.shape.email.safeParse(foundEmail).success && foundEmail.trim() !== "";
  const busy = reachFirm.isPending || accept.isPending || decline.isPending;
  const problem = lengthProblem(contactPointDeclineInputSchema.shape.reason, reason);
  const answered = accept.data ?? decline.data;

  if (answered) {
    return (
      <Done look="network">
        <p>{answered.status === "ACCEPTED" ? t("reach.contactPoint.accepted") : t("reach.contactPoint.declined")}</p>
      </Done>
    );
  }
  if (item.status !== "WITH_CONTACT_POINT") return null;
  return (
    <Section title={t("reach.contactPoint.title")}>
      <div className="net-decisions">
        <ServerError look="network" error={reachFirm.error ?? accept.error ?? decline.error} />
        {reachFirm.data && (
          <Done look="network">
            <p>{t("reach.contactPoint.reached", { email: reachFirm.data.sentTo })}</p>
          </Done>
        )}
        {item.firm.email ? (
          <p className="muted">{t("reach.contactPoint.reachFirmHelp", { email: item.firm.email })}</p>
        ) : (
          <>
            <p className="net-warning">{t("reach.contactPoint.noEmail")}</p>
            <TextField
              look="network"
              type="email"
              autoComplete="off"
              label={t("reach.contactPoint.foundEmailLabel")}
              hint={t("reach.contactPoint.foundEmailHint")}
              value={foundEmail}
              onChange={setFoundEmail}
              error={emailTried && !emailValid ? t("reach.contactPoint.foundEmailInvalid") : undefined}
            />
          </>
        )}
        {mode === "decline" ? (
          <form
            className="net-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              setSubmitted(true);
              if (problem || busy) return;
              decline.mutate({ id: item.id, reason: reason.trim() });
            }}
          >
            <TextAreaField
              look="network"
              label={t("reach.contactPoint.reasonLabel")}
              value={reason}
              onChange={setReason}
              error={submitted ? problemText(problem) : undefined}
              countTo={1000}
              rows={3}
              required
            />
            <div className="actions-row">
              <button type="submit" className="button button-danger" disabled={busy}>
                {t("reach.contactPoint.declineSubmit")}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setMode("idle")}>
                {t("reach.contactPoint.cancel")}
              </button>
            </div>
          </form>
        ) : mode === "accept" ? (
          <div className="net-confirm" role="group" aria-label={t("reach.contactPoint.accept")}>
            <p>{t("reach.contactPoint.acceptConfirm")}</p>
            <div className="actions-row">
              <button type="button" className="button" disabled={busy} onClick={() => accept.mutate({ id: item.id })}>
                {t("reach.contactPoint.acceptSubmit")}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setMode("idle")}>
                {t("reach.contactPoint.cancel")}
              </button>
            </div>
          </div>
        ) : (
          <div className="actions-row">
            {item.actions.reachFirm && (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => {
                  if (!needsEmail) return reachFirm.mutate({ id: item.id });
                  setEmailTried(true);
                  if (emailValid) reachFirm.mutate({ id: item.id, email: foundEmail.trim() });
                }}
              >
                {item.firmContactedAt ? t("reach.contactPoint.reachAgain") : t("reach.contactPoint.reachFirm")}
              </button>
            )}
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => setMode("accept")}>
              {t("reach.contactPoint.accept")}
            </button>
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => (setSubmitted(false), setMode("decline"))}>
              {t("reach.contactPoint.decline")}
            </button>
          </div>
        )}
      </div>
    </Section>
  );
}

function ContactPointThread({ id, counterpartName }: { id: string; counterpartName: string }) {
  const { t } = useTranslation();
  const { messages, send } = useContactPointThread(id, true);
  return (
    <ThreadView
      messages={messages}
      send={(body, onSent) => send.mutate({ id, body }, { onSuccess: onSent })}
      sending={send.isPending}
      sendError={send.error}
      senderLabel={(message) => (message.side === "counterpart" ? counterpartName : t("reach.contactPoint.threadOwn"))}
    />
  );
}
