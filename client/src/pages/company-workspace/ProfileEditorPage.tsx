import { companyProfileDraftSchema, companyProfileSchema, type EditableCompany } from "@cluster-match/shared/schemas/company-editor";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { DetailState } from "../../components/DetailState.tsx";
import { EditConflict } from "../../components/form/EditConflict.tsx";
import { useEditConflict } from "../../components/form/useEditConflict.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { asSentByForm, errorsByField, formFromProfile, profileFromForm, serverErrorFields, takeFields, type ProfileFormState } from "../../lib/companyProfileForm.ts";
import { firmName } from "../../lib/displayName.ts";
import { appCodeOf } from "../../lib/errors.ts";
import { formatDate } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { ErrorSummary } from "./profile/fields.tsx";
import { LogoUpload } from "./profile/LogoUpload.tsx";
import { ProfileForm, type FormPatch } from "./profile/ProfileForm.tsx";
import { fieldErrors, fieldLabel, fieldLabels } from "./profile/profileMessages.ts";
import { CompanyStatusBadge, type EditorMessage, EditorNotice, HoldReasons, RevisionBadge } from "./StatusBadges.tsx";
import { useEditableCompany, useProfileActions, useRefreshCompany } from "./useWorkspace.ts";
import { BackLink } from "../../components/BackLink.tsx";

export function ProfileEditorPage() {
  const { t } = useTranslation();
  const { companyId = "" } = useParams();
  const editable = useEditableCompany(companyId);
  if (!editable.data) return <DetailState query={editable} loadingText={t("companyWorkspace.editor.loading")} />;
  // Keyed by company: the form starts from the server's working copy once, then belongs to the user.
  return <ProfileEditor key={companyId} initial={editable.data} />;
}

function validationDetails(error: unknown): unknown {
  return (error as { data?: { details?: unknown } } | null)?.data?.details;
}

function ProfileEditor({ initial }: { initial: EditableCompany }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const refresh = useRefreshCompany();
  const { companyId } = initial;
  const [company, setCompany] = useState(initial);
  const [form, setForm] = useState<ProfileFormState>(() => formFromProfile(initial.data));
  const [saved, setSaved] = useState(() => JSON.stringify(profileFromForm(formFromProfile(initial.data))));
  const [logoUrl, setLogoUrl] = useState(initial.logoUrl);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<EditorMessage>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const { update, submit, discard, store } = useProfileActions(companyId);
  const conflicts = useEditConflict({
    parse: (theirs) => {
      const parsed = companyProfileDraftSchema.safeParse(theirs);
      return parsed.success ? parsed.data : null;
    },
    // Their version becomes the one the form's changes are measured against (and saved on).
    adopt: (theirs, version) => {
      setCompany((c) => ({ ...c, data: theirs, version }));
      setSaved(JSON.stringify(profileFromForm(formFromProfile(theirs))));
    },
    take: (theirs, fields) => {
      setForm((current) => takeFields(current, formFromProfile(theirs), fields));
      // Logos are served under /files/<key> (the server's logoUrlOf).
      if (fields.includes("logoKey")) setLogoUrl(theirs.logoKey ? `/files/${theirs.logoKey}` : null);
    },
    save: (version) => void onSave(version),
    normalize: asSentByForm,
  });
  const busy = update.isPending || submit.isPending || discard.isPending;
  const data = profileFromForm(form);
  const dirty = JSON.stringify(data) !== saved;

  // The working copy as the server has it now (company.data at company.version): what the form's changes are measured against.
  const keep = (next: EditableCompany) => {
    setCompany(next);
    store(next);
    setSaved(JSON.stringify(profileFromForm(formFromProfile(next.data))));
  };
  const accept = (next: EditableCompany, text: string) => {
    keep(next);
    void refresh();
    conflicts.resolved();
    setMessage({ kind: "status", text });
  };
  const showErrors = (next: Record<string, string>) => {
    setErrors(next);
    setMessage(null);
    // Move to the summary so keyboard and screen reader users learn what to fix.
    requestAnimationFrame(() => document.getElementById("ce-error-summary")?.focus());
  };
  const failed = (error: unknown) => {
    // Someone else saved first: say what they changed; the form keeps what the user typed.
    if (conflicts.refused(error, company.data, profileFromForm(form))) return setMessage(null);
    const fields = appCodeOf(error) === "VALIDATION" ? serverErrorFields(validationDetails(error)) : [];
    if (fields.length > 0) return showErrors(fieldErrors(t, fields));
    setMessage({ kind: "alert", text: t(`errors.${appCodeOf(error)}`) });
  };

  const checked = (strict: boolean) => {
    const parsed = (strict ? companyProfileSchema : companyProfileDraftSchema).safeParse(data);
    if (parsed.success) {
      setErrors({});
      return true;
    }
    const issues = errorsByField(parsed.error.issues);
    showErrors(fieldErrors(t, Object.keys(issues), issues));
    return false;
  };

  const onSave = async (version = company.version) => {
    if (!checked(false)) return;
    try {
      accept(await update.mutateAsync({ companyId, data, version }), t("companyWorkspace.editor.saved"));
    } catch (error) {
      failed(error);
    }
  };

  const onSubmit = async () => {
    if (!checked(true)) return;
    try {
      let version = company.version;
      if (dirty || !company.revision || company.revision.status === "REJECTED") {
        const updated = await update.mutateAsync({ companyId, data, version });
        keep(updated);
        version = updated.version;
      }
      accept(await submit.mutateAsync({ companyId, version }), t("companyWorkspace.editor.submitted"));
    } catch (error) {
      failed(error);
    }
  };

  const onDiscard = async () => {
    setConfirmDiscard(false);
    try {
      const next = await discard.mutateAsync({ companyId, version: company.version });
      setForm(formFromProfile(next.data));
      setLogoUrl(next.logoUrl);
      setErrors({});
      accept(next, t("companyWorkspace.editor.discarded"));
    } catch (error) {
      failed(error);
    }
  };

  const patch = (change: FormPatch) => setForm((current) => ({ ...current, ...change }));
  const revision = company.revision;
  const published = company.status === "PUBLISHED" || company.status === "SUSPENDED";

  return (
    <>
      <PageTitle title={t("companyWorkspace.editor.title", { name: firmName({ ...company.data, country: company.country }, locale) })} />
      <BackLink to={`/workspace/companies/${companyId}`} label={t("companyWorkspace.editor.back")} />
      <header className="page-header">
        <h1>{t("companyWorkspace.editor.heading", { name: firmName({ ...initial.data, country: initial.country }, locale) })}</h1>
        <p className="ce-badges">
          <CompanyStatusBadge status={company.status} />
          <RevisionBadge revision={revision} />
        </p>
      </header>

      <div className="ce-banner" role="note">
        <p>{published ? t("companyWorkspace.editor.bannerPublished") : t("companyWorkspace.editor.bannerNew")}</p>
        {revision?.status === "PENDING" && revision.submittedAt && <p>{t("companyWorkspace.editor.pendingSince", { date: formatDate(revision.submittedAt, locale) })}</p>}
        <HoldReasons revision={revision} company={company} />
      </div>

      <ErrorSummary errors={errors} labels={fieldLabels(t)} title={t("companyWorkspace.editor.fix")} />
      {conflicts.conflict && (
        <EditConflict conflict={conflicts.conflict} labelOf={(field) => fieldLabel(t, field)} onTakeTheirs={conflicts.onTakeTheirs} onSaveMine={conflicts.onSaveMine} busy={busy} />
      )}

      <form
        className="ce-editor"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSave();
        }}
      >
        <ProfileForm
          form={form}
          country={company.country}
          onChange={patch}
          errors={errors}
          logo={
            <LogoUpload
              companyId={companyId}
              companyName={form.name}
              logoUrl={logoUrl}
              version={company.version}
              onChange={(logo) => {
                patch({ logoKey: logo.logoKey });
                setLogoUrl(logo.logoUrl);
                // The server put the logo into its working copy: that is the new base.
                setCompany((c) => ({ ...c, data: { ...c.data, logoKey: logo.logoKey }, version: logo.version }));
                void refresh();
              }}
              onConflict={failed}
            />
          }
        />

        <div className="ce-actions">
          <EditorNotice message={message} />
          {dirty && <p className="field-hint">{t("companyWorkspace.editor.unsaved")}</p>}
          <div className="ce-action-buttons">
            <button type="submit" className="button button-secondary" disabled={busy}>
              {t("companyWorkspace.editor.save")}
            </button>
            {/* Nothing to review: already in review, or a published profile without any change. */}
            <button type="button" className="button" disabled={busy || (!dirty && (revision?.status === "PENDING" || (published && !revision)))} onClick={() => void onSubmit()}>
              {t("companyWorkspace.editor.submit")}
            </button>
            {revision && !confirmDiscard && (
              <button type="button" className="button-link" disabled={busy} onClick={() => setConfirmDiscard(true)}>
                {t("companyWorkspace.editor.discard")}
              </button>
            )}
          </div>
          {confirmDiscard && (
            <div className="ce-confirm" role="group" aria-label={t("companyWorkspace.editor.discard")}>
              <p>{t("companyWorkspace.editor.discardConfirm")}</p>
              <button type="button" className="button" onClick={() => void onDiscard()}>
                {t("companyWorkspace.editor.discardYes")}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setConfirmDiscard(false)}>
                {t("companyWorkspace.editor.discardNo")}
              </button>
            </div>
          )}
        </div>
      </form>
    </>
  );
}
