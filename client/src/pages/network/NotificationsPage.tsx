import type { NotificationItem } from "@cluster-match/shared/schemas/notifications";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyState } from "../../components/QueryStates.tsx";
import { ResultList } from "../../components/ResultList.tsx";
import { formatNumber, intlLocale } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useMe } from "../../lib/useMe.ts";
import { ServerError } from "../../components/form/ServerError.tsx";
import { describeNotification } from "./notificationText.ts";
import { useNotifications } from "./useNotifications.ts";

export function NotificationsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const state = useNotifications();
  const unread = state.notifications.data?.unread ?? 0;

  return (
    <>
      <PageTitle title={t("network.notifications.title")} />
      <div className="page-header">
        <h1>{t("network.notifications.title")}</h1>
        <p className="lead">{t("network.notifications.intro")}</p>
        <p className="muted small">
          <Link to="/account">{t("network.notifications.settings")}</Link>
        </p>
      </div>
      <div className="net-toolbar">
        <label className="checkbox">
          <input type="checkbox" checked={state.unreadOnly} onChange={(event) => state.setUnreadOnly(event.target.checked)} />
          <span>{t("network.notifications.unreadOnly")}</span>
        </label>
        <button type="button" className="button button-secondary" disabled={unread === 0 || state.markAllRead.isPending} onClick={() => state.markAllRead.mutate()}>
          {t("network.notifications.markAllRead")}
        </button>
      </div>
      <ServerError look="network" error={state.markAllRead.error ?? state.markRead.error} />
      <ResultList
        query={state.notifications}
        countText={() => t("network.notifications.unreadCount", { count: unread, n: formatNumber(unread, locale) })}
        loadingText={t("network.notifications.loading")}
        emptyText={t("network.notifications.empty")}
        onClearFilters={() => state.setUnreadOnly(false)}
        onPage={state.setPage}
        emptyContent={<EmptyState message={state.unreadOnly ? t("network.notifications.emptyUnread") : t("network.notifications.empty")} />}
        renderItem={(item) => <NotificationRow item={item} onRead={(id) => state.markRead.mutate({ ids: [id] })} />}
      />
    </>
  );
}

function NotificationRow({ item, onRead }: { item: NotificationItem; onRead: (id: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = useMe();
  const text = describeNotification(item, locale, { isAdmin: me.data?.role === "ADMIN" });
  // The values differ per key; the catalogue test checks every key has exactly its placeholders.
  const message = String(t(`network.notices.${text.key}`, { ...text.values, ...(text.count === undefined ? {} : { count: text.count }) } as never));
  const when = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short" }).format(new Date(item.createdAt));
  const unread = item.readAt === null;
  return (
    <article className={unread ? "card net-notice net-notice-unread" : "card net-notice"}>
      <p className="net-notice-text">
        {unread && <span className="visually-hidden">{t("network.notifications.unread")}: </span>}
        {text.path ? (
          <Link to={text.path} onClick={() => unread && onRead(item.id)}>
            {message}
          </Link>
        ) : (
          message
        )}
      </p>
      {text.values.reason && <p className="muted small">{text.values.reason}</p>}
      <p className="net-notice-meta">
        <time dateTime={item.createdAt}>{when}</time>
        {unread && (
          <button type="button" className="button-link" onClick={() => onRead(item.id)}>
            {t("network.notifications.markRead")}
          </button>
        )}
      </p>
    </article>
  );
}
