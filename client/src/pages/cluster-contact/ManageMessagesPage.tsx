import { contactAnswerSchema, contactMessageStatuses, type ContactMessage, type ContactMessageStatus } from "@cluster-match/shared/schemas/reach";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectFilter } from "../../components/FilterControls.tsx";
import { ServerError } from "../../components/form/ServerError.tsx";
import { TextAreaField } from "../../components/form/TextAreaField.tsx";
import { useProblemText } from "../../components/form/useProblemText.ts";
import { EmptyState, LoadingState } from "../../components/QueryStates.tsx";
import { ResultList } from "../../components/ResultList.tsx";
import { Paragraphs } from "../../components/Section.tsx";
import { formatDate, languageName } from "../../lib/format.ts";
import { lengthProblem } from "../../lib/lengthProblem.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { ManageFrame } from "../manage/ManageFrame.tsx";
import { networkScope, useManageMessages } from "./useManageMessages.ts";

const statusLook: Record<ContactMessageStatus, string> = { OPEN: "pending", ANSWERED: "accepted", CLOSED: "declined" };

/** Messages from the contact forms (`/manage/messages`): answer by e-mail, or close. */
export function ManageMessagesPage() {
  const { t } = useTranslation();
  const state = useManageMessages();
  return (
    <ManageFrame title={t("reach.clusterContact.manage.title")} intro={t("reach.clusterContact.manage.intro")}>
      {state.loading ? (
        <LoadingState label={t("common.loading")} />
      ) : state.scope === null ? (
        <EmptyState message={t("reach.clusterContact.manage.noClusters")} />
      ) : (
        <>
          <div className="net-toolbar">
            {(state.clusters.length > 1 || state.isAdmin) && (
              <SelectFilter id="messages-scope" label={t("reach.clusterContact.manage.scope")} value={state.scope} onChange={(id) => id && state.setScope(id)}>
                {state.isAdmin && <option value={networkScope}>{t("reach.clusterContact.manage.networkScope")}</option>}
                {state.clusters.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </SelectFilter>
            )}
            <SelectFilter id="messages-status" label={t("reach.clusterContact.manage.statusLabel")} value={state.status} onChange={(s) => state.setStatus((s ?? "OPEN") as ContactMessageStatus | "any")}>
              {contactMessageStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`reach.clusterContact.status.${s}`)}
                </option>
              ))}
              <option value="any">{t("reach.clusterContact.manage.anyStatus")}</option>
            </SelectFilter>
          </div>
          <ResultList
            query={state.messages}
            countText={(count, n) => t("reach.clusterContact.manage.count", { count, n })}
            loadingText={t("common.loading")}
            emptyText={t("reach.clusterContact.manage.empty")}
            onClearFilters={() => state.setStatus("OPEN")}
            onPage={state.setPage}
            emptyContent={<EmptyState message={t("reach.clusterContact.manage.empty")} />}
            renderItem={(message) => <MessageCard message={message} state={state} />}
          />
        </>
      )}
    </ManageFrame>
  );
}

function MessageCard({ message, state }: { message: ContactMessage; state: ReturnType<typeof useManageMessages> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const problemText = useProblemText();
  const [answer, setAnswer] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const problem = lengthProblem(contactAnswerSchema, answer);
  const network = message.clusterId === null;
  const answering = network ? state.answerNetwork : state.answer;
  const closing = network ? state.closeNetwork : state.close;
  const busy = answering.isPending || closing.isPending;
  const id = message.id;
  const sendAnswer = (text: string, done: () => void) =>
    message.clusterId === null
      ? state.answerNetwork.mutate({ id, answer: text }, { onSuccess: done })
      : state.answer.mutate({ clusterId: message.clusterId, id, answer: text }, { onSuccess: done });
  const close = () => (message.clusterId === null ? state.closeNetwork.mutate({ id }) : state.close.mutate({ clusterId: message.clusterId, id }));
  return (
    <article className="card net-card">
      <div className="card-head">
        <h2 className="card-title net-saved-title">{message.subject}</h2>
        <span className={`badge net-status net-status-${statusLook[message.status]}`}>{t(`reach.clusterContact.status.${message.status}`)}</span>
      </div>
      <dl className="facts net-parties">
        <dt>{t("reach.clusterContact.manage.from")}</dt>
        <dd>
          {message.fromName} &lt;{message.fromEmail}&gt;{message.fromCompanyName && <>, {message.fromCompanyName}</>}
          {message.signedIn && <span className="muted small"> · {t("reach.clusterContact.manage.signedIn")}</span>}
        </dd>
        <dt>{t("reach.clusterContact.manage.language")}</dt>
        <dd>{languageName(message.locale, locale)}</dd>
      </dl>
      <p className="muted small">{t("reach.clusterContact.manage.received", { date: formatDate(message.createdAt, locale) })}</p>
      <Paragraphs text={message.body} lang="" />
      {message.answer && (
        <div className="net-details">
          <p className="small">
            {t("reach.clusterContact.manage.answeredBy", { name: message.handledByName ?? "", date: formatDate(message.answeredAt ?? message.createdAt, locale) })}
          </p>
          <Paragraphs text={message.answer} lang="" />
        </div>
      )}
      {message.status !== "CLOSED" && (
        <form
          className="net-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setSubmitted(true);
            if (problem || busy) return;
            sendAnswer(answer.trim(), () => (setAnswer(""), setSubmitted(false)));
          }}
        >
          <TextAreaField
            look="network"
            label={t("reach.clusterContact.manage.answerLabel")}
            hint={t("reach.clusterContact.manage.answerHint", { email: message.fromEmail })}
            value={answer}
            onChange={setAnswer}
            error={submitted ? problemText(problem) : undefined}
            countTo={5000}
            rows={4}
            required
          />
          <ServerError look="network" error={answering.error ?? closing.error} />
          <div className="actions-row">
            <button type="submit" className="button" disabled={busy}>
              {t("reach.clusterContact.manage.send")}
            </button>
            <button type="button" className="button button-secondary" disabled={busy} onClick={close}>
              {t("reach.clusterContact.manage.close")}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}
