import { threadMessageBodySchema, type ThreadMessage } from "@cluster-match/shared/schemas/introductions";
import type { UseQueryResult } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { Section } from "../../components/Section.tsx";
import { intlLocale } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { lengthProblem } from "../../lib/lengthProblem.ts";
import { ServerError } from "../../components/form/ServerError.tsx";
import { TextAreaField } from "../../components/form/TextAreaField.tsx";
import { useProblemText } from "../../components/form/useProblemText.ts";
import { useThread } from "./useIntroduction.ts";

function useTimeFormat() {
  const locale = useLocale();
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short" });
  return (iso: string) => format.format(new Date(iso));
}

/**
 * The messages of an accepted introduction, newest last, with a composer. `brokerName` names
 * messages written without a company (by default "the cluster manager").
 */
export function MessageThread({ companyId, id, counterpartName, brokerName }: { companyId: string; id: string; counterpartName: string; brokerName?: string | undefined }) {
  const { t } = useTranslation();
  const { messages, send } = useThread(companyId, id, true);
  return (
    <ThreadView
      messages={messages}
      send={(body, onSent) => send.mutate({ companyId, id, body }, { onSuccess: onSent })}
      sending={send.isPending}
      sendError={send.error}
      senderLabel={(message) => (message.side === "own" ? t("network.thread.own") : message.side === "broker" ? (brokerName ?? t("network.thread.broker")) : counterpartName)}
    />
  );
}

/** A conversation and its composer, for whichever side reads it (a company, or the cluster's contact point). */
export function ThreadView({
  messages,
  send,
  sending,
  sendError,
  senderLabel,
}: {
  messages: UseQueryResult<ThreadMessage[], unknown>;
  send: (body: string, onSent: () => void) => void;
  sending: boolean;
  sendError: unknown;
  senderLabel: (message: ThreadMessage) => string;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const time = useTimeFormat();
  const [body, setBody] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const problem = lengthProblem(threadMessageBodySchema, body);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problem || sending) return;
    send(body, () => {
      setBody("");
      setSubmitted(false);
    });
  };

  return (
    <Section title={t("network.thread.title")} className="net-thread-section">
      {messages.isPending ? (
        <LoadingState label={t("network.thread.loading")} />
      ) : messages.isError ? (
        <ErrorState error={messages.error} onRetry={() => void messages.refetch()} />
      ) : messages.data.length === 0 ? (
        <p className="muted">{t("network.thread.empty")}</p>
      ) : (
        // The log role announces new messages politely; it sits around the list so the list stays a list.
        <div role="log" aria-label={t("network.thread.label")}>
          <ol className="net-thread">
            {messages.data.map((message) => (
              <li key={message.id} className={`net-message net-message-${message.side}`}>
                <p className="net-message-meta">
                  <span className="net-message-sender">{senderLabel(message)}</span>
                  {message.senderName && message.side !== "own" ? ` (${message.senderName})` : ""} ·{" "}
                  <time dateTime={message.createdAt}>{time(message.createdAt)}</time>
                </p>
                <p className="net-message-body">{message.body}</p>
              </li>
            ))}
          </ol>
        </div>
      )}
      <form className="net-form net-composer" onSubmit={submit} noValidate>
        <TextAreaField
          look="network"
          label={t("network.thread.composerLabel")}
          value={body}
          onChange={setBody}
          error={submitted ? problemText(problem) : undefined}
          countTo={4000}
          rows={3}
          required
        />
        <ServerError look="network" error={sendError} />
        <div className="actions-row">
          <button type="submit" className="button" disabled={sending}>
            {sending ? t("network.thread.sending") : t("network.thread.send")}
          </button>
        </div>
      </form>
    </Section>
  );
}
