import type { MailboxMessage } from "@cluster-match/shared";
import type { UiLocale } from "@cluster-match/shared/i18n";
import { useEffect, useRef, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { appCodeOf } from "../../lib/errors.ts";
import { intlLocale } from "../../lib/format.ts";
import { linkify } from "../../lib/linkify.ts";
import { useFollowingState } from "../../lib/useFollowingState.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useMailbox } from "./useMailbox.ts";

function formatDateTime(iso: string, locale: UiLocale): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "medium" }).format(date);
}

/**
 * The development mailbox: what the app would have sent, while no SMTP server is configured.
 * Readable by administrators and by a browser on the server's own machine only.
 */
export function MailboxPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const to = params.get("to") ?? "";
  const openId = params.get("open");
  const mailbox = useMailbox(to);
  const [filter, setFilter] = useFollowingState(to, to);

  const applyFilter = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (filter.trim()) next.set("to", filter.trim());
    setParams(next);
  };
  const linkTo = (id: string) => {
    const next = new URLSearchParams(params);
    next.set("open", id);
    return `?${next.toString()}`;
  };

  const off = mailbox.isError && appCodeOf(mailbox.error) === "NOT_FOUND";
  const refused = mailbox.isError && ["UNAUTHENTICATED", "FORBIDDEN"].includes(appCodeOf(mailbox.error));
  const opened = mailbox.data?.find((message) => message.id === openId);

  return (
    <>
      <PageTitle title={t("account.mailbox.title")} />
      <div className="page-header">
        <h1>{t("account.mailbox.title")}</h1>
        <p className="lead">{t("account.mailbox.intro")}</p>
      </div>
      {off || refused ? (
        <div className="state">
          <p className="state-title">{t(off ? "account.mailbox.offTitle" : "account.mailbox.refusedTitle")}</p>
          <p>{t(off ? "account.mailbox.off" : "account.mailbox.refused")}</p>
        </div>
      ) : (
        <>
          <form className="mailbox-filter" role="search" onSubmit={applyFilter}>
            <label htmlFor="mailbox-to">{t("account.mailbox.filterLabel")}</label>
            <div className="mailbox-filter-row">
              <input id="mailbox-to" type="search" autoComplete="off" value={filter} onChange={(event) => setFilter(event.target.value)} />
              <button type="submit" className="button">
                {t("account.mailbox.filter")}
              </button>
              {to && (
                <button type="button" className="button button-secondary" onClick={() => setParams(new URLSearchParams())}>
                  {t("account.mailbox.showAll")}
                </button>
              )}
              <button type="button" className="button button-secondary" onClick={() => void mailbox.refetch()} disabled={mailbox.isFetching}>
                {t("account.mailbox.refresh")}
              </button>
            </div>
          </form>
          {mailbox.isPending ? (
            <LoadingState label={t("common.loading")} />
          ) : mailbox.isError ? (
            <ErrorState error={mailbox.error} onRetry={() => void mailbox.refetch()} />
          ) : mailbox.data.length === 0 ? (
            <EmptyState message={to ? t("account.mailbox.emptyFor", { to }) : t("account.mailbox.empty")} />
          ) : (
            <div className="mailbox">
              {openId !== null && (opened ? <MessageView message={opened} /> : <p className="state">{t("account.mailbox.gone")}</p>)}
              <section className="mailbox-list" aria-labelledby="mailbox-list-title">
                <h2 id="mailbox-list-title">{t("account.mailbox.count", { count: mailbox.data.length })}</h2>
                <ul className="card-list">
                  {mailbox.data.map((message) => (
                    <li key={message.id}>
                      <MessageSummary message={message} href={linkTo(message.id)} current={message.id === openId} />
                    </li>
                  ))}
                </ul>
              </section>
            </div>
          )}
        </>
      )}
    </>
  );
}

function StatusBadge({ status }: { status: MailboxMessage["status"] }) {
  const { t } = useTranslation();
  return <span className={`badge badge-mail-${status.toLowerCase()}`}>{t(`account.mailbox.status.${status}`)}</span>;
}

function MessageSummary({ message, href, current }: { message: MailboxMessage; href: string; current: boolean }) {
  const locale = useLocale();
  return (
    <article className="card mail-card" data-testid="mail-item" data-current={current || undefined}>
      <div className="card-head">
        <h3 className="card-title">
          <Link to={href} aria-current={current ? "true" : undefined}>
            {message.subject}
          </Link>
        </h3>
        <StatusBadge status={message.status} />
      </div>
      <p className="card-meta">
        <span>{message.toAddress}</span>
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, locale)}</time>
      </p>
    </article>
  );
}

function MessageView({ message }: { message: MailboxMessage }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a message from the list moves focus to it, so keyboard and screen-reader users land on the text.
  useEffect(() => heading.current?.focus(), [message.id]);
  return (
    <section className="section mail-view" aria-labelledby="mail-view-title" data-testid="mail-view">
      <h2 id="mail-view-title" ref={heading} tabIndex={-1}>
        {message.subject}
      </h2>
      <dl className="facts mail-facts">
        <dt>{t("account.mailbox.to")}</dt>
        <dd>{message.toAddress}</dd>
        <dt>{t("account.mailbox.date")}</dt>
        <dd>
          <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, locale)}</time>
        </dd>
        <dt>{t("account.mailbox.statusLabel")}</dt>
        <dd>
          <StatusBadge status={message.status} />
          {message.lastError && <span className="muted small block">{message.lastError}</span>}
        </dd>
        <dt>{t("account.mailbox.template")}</dt>
        <dd className="code">{message.template}</dd>
      </dl>
      <div className="mail-body">
        {linkify(message.text).map((segment, index) =>
          segment.kind === "link" ? (
            <a key={index} href={segment.href}>
              {segment.text}
            </a>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
      </div>
    </section>
  );
}
