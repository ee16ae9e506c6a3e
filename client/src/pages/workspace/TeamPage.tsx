import { inviteInputSchema, type MembershipRole, type TeamList } from "@cluster-match/shared/schemas/team";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { DetailState } from "../../components/DetailState.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { appCodeOf } from "../../lib/errors.ts";
import { formatDate } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";
import { SelectField, TextField } from "./profile/fields.tsx";
import { type EditorMessage, EditorNotice } from "./StatusBadges.tsx";
import { useEditableCompany, useRefreshCompany } from "./useWorkspace.ts";
import { BackLink } from "../../components/BackLink.tsx";

const roles: MembershipRole[] = ["OWNER", "EDITOR"];

export function TeamPage() {
  const { t } = useTranslation();
  const { companyId = "" } = useParams();
  const editable = useEditableCompany(companyId);
  if (!editable.data) return <DetailState query={editable} loadingText={t("companyEditor.team.loading")} />;
  return <Team companyId={companyId} companyName={editable.data.data.name} canManage={editable.data.actingAs !== "EDITOR"} />;
}

function Team({ companyId, companyName, canManage }: { companyId: string; companyName: string; canManage: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const refreshCompany = useRefreshCompany();
  const team = useQuery(trpc.team.list.queryOptions({ companyId }));
  const [message, setMessage] = useState<EditorMessage>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.team.list.pathKey() });
  const done = (text: string) => () => {
    setMessage({ kind: "status", text });
    void refresh();
  };
  const failed = (error: unknown) => setMessage({ kind: "alert", text: t(`errors.${appCodeOf(error)}`) });
  const lastOwnerFailed = (error: unknown) =>
    appCodeOf(error) === "INVALID_STATE" ? setMessage({ kind: "alert", text: t("companyEditor.team.lastOwner") }) : failed(error);

  const changeRole = useMutation(trpc.team.changeRole.mutationOptions({ onSuccess: done(t("companyEditor.team.roleChanged")), onError: lastOwnerFailed }));
  const remove = useMutation(trpc.team.removeMember.mutationOptions({ onSuccess: done(t("companyEditor.team.removed")), onError: lastOwnerFailed }));
  const revoke = useMutation(trpc.team.revokeInvitation.mutationOptions({ onSuccess: done(t("companyEditor.team.revoked")), onError: failed }));
  const leave = useMutation(
    trpc.team.leave.mutationOptions({
      onSuccess: async () => {
        await refreshCompany();
        void navigate("/workspace");
      },
      onError: lastOwnerFailed,
    }),
  );

  return (
    <>
      <PageTitle title={t("companyEditor.team.title", { name: companyName })} />
      <BackLink to={`/workspace/companies/${companyId}`} label={t("companyEditor.editor.back")} />
      <header className="page-header">
        <h1>{t("companyEditor.team.title", { name: companyName })}</h1>
        <p className="lead">{t("companyEditor.team.intro")}</p>
      </header>
      <EditorNotice message={message} />
      {team.isError ? (
        <ErrorState error={team.error} onRetry={() => void team.refetch()} />
      ) : !team.data ? (
        <LoadingState label={t("companyEditor.team.loading")} />
      ) : (
        <>
          <Members
            team={team.data}
            canManage={canManage}
            busy={changeRole.isPending || remove.isPending || leave.isPending}
            onRole={(userId, role) => changeRole.mutate({ companyId, userId, role })}
            onRemove={(userId) => remove.mutate({ companyId, userId })}
            onLeave={() => leave.mutate({ companyId })}
          />
          {canManage && <InviteForm companyId={companyId} onInvited={done(t("companyEditor.team.invited"))} />}
          <section className="section" aria-labelledby="ce-invitations">
            <h2 id="ce-invitations">{t("companyEditor.team.invitations")}</h2>
            {team.data.invitations.length === 0 ? (
              <p className="muted">{t("companyEditor.team.noInvitations")}</p>
            ) : (
              <ul className="ce-rows">
                {team.data.invitations.map((invitation) => (
                  <li key={invitation.id} className="ce-row" data-testid="pending-invitation">
                    <span>
                      <strong>{invitation.email}</strong> · {t(`companyEditor.role.${invitation.role}`)}
                      <span className="muted small block">{t("companyEditor.team.expires", { date: formatDate(invitation.expiresAt, locale) })}</span>
                    </span>
                    {canManage && (
                      <button type="button" className="button button-secondary" disabled={revoke.isPending} onClick={() => revoke.mutate({ companyId, invitationId: invitation.id })}>
                        {t("companyEditor.team.revoke", { email: invitation.email })}
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
      <h2 id="ce-members">{t("companyEditor.team.members")}</h2>
      <ul className="ce-rows">
        {team.members.map((member) => {
          // The last owner can neither be demoted nor removed; the server says so too.
          const soleOwner = member.role === "OWNER" && team.ownerCount <= 1;
          return (
            <li key={member.userId} className="ce-row" data-testid="team-member">
              <span>
                <strong>{member.name}</strong>
                {member.isYou && <span className="muted"> ({t("companyEditor.team.you")})</span>}
                <span className="muted small block">{member.email}</span>
              </span>
              <span className="inline-actions">
                {canManage ? (
                  <label className="ce-inline-field">
                    <span className="visually-hidden">{t("companyEditor.team.roleOf", { name: member.name })}</span>
                    <select value={member.role} disabled={busy || soleOwner} onChange={(event) => onRole(member.userId, event.target.value as MembershipRole)}>
                      {roles.map((role) => (
                        <option key={role} value={role}>
                          {t(`companyEditor.role.${role}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : (
                  <span>{t(`companyEditor.role.${member.role}`)}</span>
                )}
                {member.isYou ? (
                  <button type="button" className="button button-secondary" disabled={busy || soleOwner} onClick={onLeave}>
                    {t("companyEditor.team.leave")}
                  </button>
                ) : (
                  canManage && (
                    <button type="button" className="button button-secondary" disabled={busy || soleOwner} onClick={() => onRemove(member.userId)}>
                      {t("companyEditor.team.remove", { name: member.name })}
                    </button>
                  )
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {team.ownerCount <= 1 && <p className="field-hint">{t("companyEditor.team.lastOwnerHint")}</p>}
    </section>
  );
}

function InviteForm({ companyId, onInvited }: { companyId: string; onInvited: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<MembershipRole>("EDITOR");
  const [error, setError] = useState<string | undefined>();
  const invite = useMutation(trpc.team.invite.mutationOptions());
  const submit = async () => {
    const parsed = inviteInputSchema.safeParse({ email, role });
    if (!parsed.success) return setError(t("companyEditor.fieldErrors.email"));
    setError(undefined);
    try {
      await invite.mutateAsync({ companyId, ...parsed.data });
      setEmail("");
      onInvited();
    } catch (failure) {
      setError(appCodeOf(failure) === "ALREADY_EXISTS" ? t("companyEditor.team.alreadyMember") : t(`errors.${appCodeOf(failure)}`));
    }
  };
  return (
    <section className="section" aria-labelledby="ce-invite">
      <h2 id="ce-invite">{t("companyEditor.team.invite")}</h2>
      <p className="muted">{t("companyEditor.team.inviteText")}</p>
      <form
        className="ce-invite-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField name="inviteEmail" type="email" label={t("companyEditor.team.email")} value={email} onChange={setEmail} error={error} required autoComplete="off" maxLength={254} />
        <SelectField name="inviteRole" label={t("companyEditor.team.role")} value={role} onChange={(value) => setRole(value as MembershipRole)} options={roles.map((r) => ({ value: r, label: t(`companyEditor.role.${r}`) }))} />
        <button type="submit" className="button" disabled={invite.isPending}>
          {t("companyEditor.team.send")}
        </button>
      </form>
    </section>
  );
}
