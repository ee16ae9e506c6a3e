import { inviteInputSchema, type MembershipRole, type TeamList } from "@cluster-match/shared/schemas/team";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { DetailState } from "../../components/DetailState.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { firmName } from "../../lib/displayName.ts";
import { appCodeOf } from "../../lib/errors.ts";
import { formatDate } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { TextField } from "../../components/form/TextField.tsx";
import { SelectField } from "./profile/fields.tsx";
import { type EditorMessage, EditorNotice } from "./StatusBadges.tsx";
import { useEditableCompany, useTeam, useTeamActions } from "./useWorkspace.ts";
import { BackLink } from "../../components/BackLink.tsx";

const roles: MembershipRole[] = ["OWNER", "EDITOR"];

export function TeamPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { companyId = "" } = useParams();
  const editable = useEditableCompany(companyId);
  if (!editable.data) return <DetailState query={editable} loadingText={t("companyWorkspace.team.loading")} />;
  const companyName = firmName({ ...editable.data.data, country: editable.data.country }, locale);
  return <Team companyId={companyId} companyName={companyName} canManage={editable.data.actingAs !== "EDITOR"} />;
}

function Team({ companyId, companyName, canManage }: { companyId: string; companyName: string; canManage: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const team = useTeam(companyId);
  const { invite, changeRole, remove, revoke, leave } = useTeamActions();
  const [message, setMessage] = useState<EditorMessage>(null);
  const done = (text: string) => () => setMessage({ kind: "status", text });
  const failed = (error: unknown) => setMessage({ kind: "alert", text: t(`errors.${appCodeOf(error)}`) });
  const lastOwnerFailed = (error: unknown) =>
    appCodeOf(error) === "INVALID_STATE" ? setMessage({ kind: "alert", text: t("companyWorkspace.team.lastOwner") }) : failed(error);

  return (
    <>
      <PageTitle title={t("companyWorkspace.team.title", { name: companyName })} />
      <BackLink to={`/workspace/companies/${companyId}`} label={t("companyWorkspace.editor.back")} />
      <header className="page-header">
        <h1>{t("companyWorkspace.team.title", { name: companyName })}</h1>
        <p className="lead">{t("companyWorkspace.team.intro")}</p>
      </header>
      <EditorNotice message={message} />
      {team.isError ? (
        <ErrorState error={team.error} onRetry={() => void team.refetch()} />
      ) : !team.data ? (
        <LoadingState label={t("companyWorkspace.team.loading")} />
      ) : (
        <>
          <Members
            team={team.data}
            canManage={canManage}
            busy={changeRole.isPending || remove.isPending || leave.isPending}
            onRole={(userId, role) => changeRole.mutate({ companyId, userId, role }, { onSuccess: done(t("companyWorkspace.team.roleChanged")), onError: lastOwnerFailed })}
            onRemove={(userId) => remove.mutate({ companyId, userId }, { onSuccess: done(t("companyWorkspace.team.removed")), onError: lastOwnerFailed })}
            onLeave={() => leave.mutate({ companyId }, { onSuccess: () => void navigate("/workspace"), onError: lastOwnerFailed })}
          />
          {canManage && <InviteForm companyId={companyId} invite={invite} onInvited={done(t("companyWorkspace.team.invited"))} />}
          <section className="section" aria-labelledby="ce-invitations">
            <h2 id="ce-invitations">{t("companyWorkspace.team.invitations")}</h2>
            {team.data.invitations.length === 0 ? (
              <p className="muted">{t("companyWorkspace.team.noInvitations")}</p>
            ) : (
              <ul className="ce-rows">
                {team.data.invitations.map((invitation) => (
                  <li key={invitation.id} className="ce-row" data-testid="pending-invitation">
                    <span>
                      <strong>{invitation.email}</strong> · {t(`companyWorkspace.role.${invitation.role}`)}
                      <span className="muted small block">{t("companyWorkspace.team.expires", { date: formatDate(invitation.expiresAt, locale) })}</span>
                    </span>
                    {canManage && (
                      <button type="button" className="button button-secondary" disabled={revoke.isPending} onClick={() => revoke.mutate({ companyId, invitationId: invitation.id }, { onSuccess: done(t("companyWorkspace.team.revoked")), onError: failed })}>
                        {t("companyWorkspace.team.revoke", { email: invitation.email })}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}

function Members({
  team,
  canManage,
  busy,
  onRole,
  onRemove,
  onLeave,
}: {
  team: TeamList;
  canManage: boolean;
  busy: boolean;
  onRole: (userId: string, role: MembershipRole) => void;
  onRemove: (userId: string) => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="ce-members">
      <h2 id="ce-members">{t("companyWorkspace.team.members")}</h2>
      <ul className="ce-rows">
        {team.members.map((member) => {
          // The last owner can neither be demoted nor removed; the server says so too.
          const soleOwner = member.role === "OWNER" && team.ownerCount <= 1;
          return (
            <li key={member.userId} className="ce-row" data-testid="team-member">
              <span>
                <strong>{member.name}</strong>
                {member.isYou && <span className="muted"> ({t("companyWorkspace.team.you")})</span>}
                <span className="muted small block">{member.email}</span>
              </span>
              <span className="inline-actions">
                {canManage ? (
                  <label className="ce-inline-field">
                    <span className="visually-hidden">{t("companyWorkspace.team.roleOf", { name: member.name })}</span>
                    <select value={member.role} disabled={busy || soleOwner} onChange={(event) => onRole(member.userId, event.target.value as MembershipRole)}>
                      {roles.map((role) => (
                        <option key={role} value={role}>
                          {t(`companyWorkspace.role.${role}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : (
                  <span>{t(`companyWorkspace.role.${member.role}`)}</span>
                )}
                {member.isYou ? (
                  <button type="button" className="button button-secondary" disabled={busy || soleOwner} onClick={onLeave}>
                    {t("companyWorkspace.team.leave")}
                  </button>
                ) : (
                  canManage && (
                    <button type="button" className="button button-secondary" disabled={busy || soleOwner} onClick={() => onRemove(member.userId)}>
                      {t("companyWorkspace.team.remove", { name: member.name })}
                    </button>
                  )
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {team.ownerCount <= 1 && <p className="field-hint">{t("companyWorkspace.team.lastOwnerHint")}</p>}
    </section>
  );
}

function InviteForm({ companyId, invite, onInvited }: { companyId: string; invite: ReturnType<typeof useTeamActions>["invite"]; onInvited: () => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<MembershipRole>("EDITOR");
  const [error, setError] = useState<string | undefined>();
  const submit = async () => {
    const parsed = inviteInputSchema.safeParse({ email, role });
    if (!parsed.success) return setError(t("companyWorkspace.fieldErrors.email"));
    setError(undefined);
    try {
      await invite.mutateAsync({ companyId, ...parsed.data });
      setEmail("");
      onInvited();
    } catch (failure) {
      setError(appCodeOf(failure) === "ALREADY_EXISTS" ? t("companyWorkspace.team.alreadyMember") : t(`errors.${appCodeOf(failure)}`));
    }
  };
  return (
    <section className="section" aria-labelledby="ce-invite">
      <h2 id="ce-invite">{t("companyWorkspace.team.invite")}</h2>
      <p className="muted">{t("companyWorkspace.team.inviteText")}</p>
      <form
        className="ce-invite-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField look="editor" name="inviteEmail" type="email" label={t("companyWorkspace.team.email")} value={email} onChange={setEmail} error={error} required autoComplete="off" maxLength={254} />
        <SelectField name="inviteRole" label={t("companyWorkspace.team.role")} value={role} onChange={(value) => setRole(value as MembershipRole)} options={roles.map((r) => ({ value: r, label: t(`companyWorkspace.role.${r}`) }))} />
        <button type="submit" className="button" disabled={invite.isPending}>
          {t("companyWorkspace.team.send")}
        </button>
      </form>
    </section>
  );
}
