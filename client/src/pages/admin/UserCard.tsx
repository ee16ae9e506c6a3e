import { suspendUserInputSchema, type AdminUser } from "@cluster-match/shared";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { RoleBadge } from "./badges.tsx";
import { ServerError } from "../../components/form/ServerError.tsx";
import { userRoleList, useUserActions, type UserRole } from "./useAdminUsers.ts";

/** One user with what an admin may change: role, managed clusters, suspension. */
export function UserCard({ user, isSelf, clusters }: { user: AdminUser; isSelf: boolean; clusters: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const actions = useUserActions();
  const [role, setRole] = useState<UserRole>(user.role);
  const unassigned = clusters.filter((c) => !user.managedClusters.some((m) => m.id === c.id));
  const [cluster, setCluster] = useState("");
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState(false);
  const failed = Object.values(actions).find((m) => m.isError);
  const busy = Object.values(actions).some((m) => m.isPending);

  const suspend = (event: FormEvent) => {
    event.preventDefault();
    const parsed = suspendUserInputSchema.safeParse({ userId: user.id, reason, locale });
    setReasonError(!parsed.success);
    if (parsed.success) actions.suspend.mutate(parsed.data, { onSuccess: () => setReason("") });
  };

  return (
    <article className="card admin-user" data-testid="admin-user" aria-labelledby={`${id}-name`}>
      <div className="card-head">
        <h2 className="card-title" id={`${id}-name`}>
          {user.name}
        </h2>
        <div className="badge-list">
          <RoleBadge role={user.role} />
          {user.suspended && <span className="badge admin-badge-suspended">{t("admin.users.suspended")}</span>}
          {!user.emailVerified && <span className="badge">{t("admin.users.unverified")}</span>}
        </div>
      </div>
      <p className="card-meta">
        {user.email} · {t("admin.users.since", { date: formatDate(user.createdAt, locale) })}
      </p>
      <dl className="facts admin-user-facts">
        <dt>{t("admin.users.memberships")}</dt>
        <dd>
          {user.memberships.length === 0
            ? "—"
            : user.memberships.map((m, i) => (
                <span key={m.companyId}>
                  {i > 0 && ", "}
                  <Link to={`/admin/companies/${m.companyId}`}>{m.companyName}</Link> ({t(`admin.membershipRole.${m.role}`)})
                </span>
              ))}
        </dd>
        <dt>{t("admin.users.managedClusters")}</dt>
        <dd>
          {user.managedClusters.length === 0 ? (
            "—"
          ) : (
            <ul className="admin-inline-list">
              {user.managedClusters.map((c) => (
                <li key={c.id}>
                  {c.name}{" "}
                  <button
                    type="button"
                    className="button button-link"
                    disabled={busy}
                    aria-label={t("admin.users.removeManagerOf", { cluster: c.name, name: user.name })}
                    onClick={() => actions.remove.mutate({ userId: user.id, clusterId: c.id, locale })}
                  >
                    {t("admin.users.remove")}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>

      <div className="admin-user-actions">
        <form
          className="actions-row"
          onSubmit={(e) => {
            e.preventDefault();
            actions.setRole.mutate({ userId: user.id, role, locale });
          }}
        >
          <label htmlFor={`${id}-role`}>{t("admin.users.role")}</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as UserRole)} disabled={isSelf}>
            {userRoleList.map((r) => (
              <option key={r} value={r}>
                {t(`admin.role.${r}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-secondary" disabled={isSelf || busy || role === user.role}>
            {t("admin.users.changeRole")}
          </button>
        </form>

        {unassigned.length > 0 && (
          <form
            className="actions-row"
            onSubmit={(e) => {
              e.preventDefault();
              if (cluster) actions.assign.mutate({ userId: user.id, clusterId: cluster, locale }, { onSuccess: () => setCluster("") });
            }}
          >
            <label htmlFor={`${id}-cluster`}>{t("admin.users.assignCluster")}</label>
            <select id={`${id}-cluster`} value={cluster} onChange={(e) => setCluster(e.target.value)}>
              <option value="">{t("admin.users.chooseCluster")}</option>
              {unassigned.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <button type="submit" className="button button-secondary" disabled={busy || !cluster}>
              {t("admin.users.assign")}
            </button>
          </form>
        )}

        {user.suspended ? (
          <button type="button" className="button" disabled={busy} onClick={() => actions.reinstate.mutate({ userId: user.id, locale })}>
            {t("admin.users.reinstate")}
          </button>
        ) : (
          !isSelf && (
            <details className="admin-suspend">
              <summary>{t("admin.users.suspend")}</summary>
              <form onSubmit={suspend} noValidate>
                <label htmlFor={`${id}-reason`}>{t("admin.users.reason")}</label>
                <textarea
                  id={`${id}-reason`}
                  className="text-input"
                  rows={2}
                  maxLength={1000}
                  value={reason}
                  aria-invalid={reasonError || undefined}
                  aria-describedby={reasonError ? `${id}-reason-error` : undefined}
                  onChange={(e) => setReason(e.target.value)}
                />
                {reasonError && (
                  <p id={`${id}-reason-error`} className="field-error">
                    {t("admin.users.reasonError")}
                  </p>
                )}
                <button type="submit" className="button button-danger-admin" disabled={busy}>
                  {t("admin.users.confirmSuspend")}
                </button>
              </form>
            </details>
          )
        )}
      </div>
      {isSelf && <p className="muted">{t("admin.users.selfNote")}</p>}
      {failed && <ServerError look="admin" error={failed.error} />}
    </article>
  );
}
