import { companyProfileDraftSchema, companyProfileSchema, type EditableCompany } from "@cluster-match/shared/schemas/company-editor";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { DetailState } from "../../components/DetailState.tsx";
import { EditConflict } from "../../components/EditConflict.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { asSentByForm, errorsByField, formFromProfile, profileFromForm, serverErrorFields, takeFields, type ProfileFormState } from "../../lib/companyProfileForm.ts";
import { describeConflict, editConflictOf, fieldsToTake, type EditConflictView } from "../../lib/editConflict.ts";
import { appCodeOf } from "../../lib/errors.ts";
import { formatDate } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";
import { ErrorSummary } from "./profile/fields.tsx";
import { LogoUpload } from "./profile/LogoUpload.tsx";
import { ProfileForm, type FormPatch } from "./profile/ProfileForm.tsx";
import { fieldErrors, fieldLabel, fieldLabels } from "./profile/profileMessages.ts";
import { CompanyStatusBadge, type EditorMessage, EditorNotice, HoldReasons, RevisionBadge } from "./StatusBadges.tsx";
import { useEditableCompany, useRefreshCompany } from "./useWorkspace.ts";
import { BackLink } from "../../components/BackLink.tsx";

export function ProfileEditorPage() {
  const { t } = useTranslation();
  const { companyId = "" } = useParams();
  const editable = useEditableCompany(companyId);
  if (!editable.data) return <DetailState query={editable} loadingText={t("companyEditor.editor.loading")} />;
  // Keyed by company: the form starts from the server's working copy once, then belongs to the user.
  return <ProfileEditor key={companyId} initial={editable.data} />;
}

function validationDetails(error: unknown): unknown {
  return (error as { data?: { details?: unknown } } | null)?.data?.details;
}

function ProfileEditor({ initial }: { initial: EditableCompany }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = useRefreshCompany();
  const { companyId } = initial;
  const [company, setCompany] = useState(initial);
  const [form, setForm] = useState<ProfileFormState>(() => formFromProfile(initial.data));
  const [saved, setSaved] = useState(() => JSON.stringify(profileFromForm(formFromProfile(initial.data))));
  const [logoUrl, setLogoUrl] = useState(initial.logoUrl);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<EditorMessage>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [conflict, setConflict] = useState<EditConflictView | null>(null);

  const update = useMutation(trpc.companies.updateProfile.mutationOptions());
  const submit = useMutation(trpc.companies.submitForReview.mutationOptions());
  const discard = useMutation(trpc.companies.discardDraft.mutationOptions());
  const busy = update.isPending || submit.isPending || discard.isPending;
  const data = profileFromForm(form);
  const dirty = JSON.stringify(data) !== saved;

  // The working copy as the server has it now (company.data at company.version): what the form's changes are measured against.
  const keep = (next: EditableCompany) => {
    setCompany(next);
    queryClient.setQueryData(trpc.companies.getEditable.queryKey({ companyId }), next);
    setSaved(JSON.stringify(profileFromForm(formFromProfile(next.data))));
  };
  const accept = (next: EditableCompany, text: string) => {
    keep(next);
    void refresh();
    setConflict(null);
    setMessage({ kind: "status", text });
  };
  const showErrors = (next: Record<string, string>) => {
    setErrors(next);
    setMessage(null);
    // Move to the summary so keyboard and screen reader users learn what to fix.
    requestAnimationFrame(() => document.getElementById("ce-error-summary")?.focus());
  };
  const failed = (error: unknown) => {
    const details = editConflictOf(error);
    if (details) {
      // Someone else saved first: say what they changed; the form keeps what the user typed.
      setConflict(describeConflict(details, company.data, profileFromForm(form), asSentByForm));
      setMessage(null);
      return;
    }
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
      accept(await update.mutateAsync({ companyId, data, version }), t("companyEditor.editor.saved"));
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
      accept(await submit.mutateAsync({ companyId, version }), t("companyEditor.editor.submitted"));
    } catch (error) {
      failed(error);
    }
  };

  /** Their version becomes the one the form's changes are measured against (and saved on). */
  const rebase = (current: EditConflictView) => {
    const theirs = companyProfileDraftSchema.safeParse(current.theirs);
    if (!theirs.success) return null;
    setCompany((c) => ({ ...c, data: theirs.data, version: current.version }));
    setSaved(JSON.stringify(profileFromForm(formFromProfile(theirs.data))));
    return theirs.data;
  };
  const onTakeTheirs = () => {
    if (!conflict) return;
    const theirs = rebase(conflict);
    if (!theirs) return;
    const fields = fieldsToTake(conflict);
    setForm((current) => takeFields(current, formFromProfile(theirs), fields));
    // Logos are served under /files/<key> (the server's logoUrlOf).
    if (fields.includes("logoKey")) setLogoUrl(theirs.logoKey ? `/files/${theirs.logoKey}` : null);
    setConflict({ ...conflict, merged: true });
  };
  const onSaveMine = () => {
    if (!conflict || !rebase(conflict)) return;
    void onSave(conflict.version);
  };

  const onDiscard = async () => {
    setConfirmDiscard(false);
    try {
      const next = await discard.mutateAsync({ companyId, version: company.version });
      setForm(formFromProfile(next.data));
      setLogoUrl(next.logoUrl);
      setErrors({});
      accept(next, t("companyEditor.editor.discarded"));
    } catch (error) {
      failed(error);
    }
  };

  const patch = (change: FormPatch) => setForm((current) => ({ ...current, ...change }));
  const revision = company.revision;
  const published = company.status === "PUBLISHED" || company.status === "SUSPENDED";

  return (
    <>
      <PageTitle title={t("companyEditor.editor.title", { name: company.data.name })} />
      <BackLink to={`/workspace/companies/${companyId}`} label={t("companyEditor.editor.back")} />
      <header className="page-header">
        <h1>{t("companyEditor.editor.heading", { name: initial.data.name })}</h1>
        <p className="ce-badges">
          <CompanyStatusBadge status={company.status} />
          <RevisionBadge revision={revision} />
        </p>
      </header>

      <div className="ce-banner" role="note">
        <p>{published ? t("companyEditor.editor.bannerPublished") : t("companyEditor.editor.bannerNew")}</p>
        {revision?.status === "PENDING" && revision.submittedAt && <p>{t("companyEditor.editor.pendingSince", { date: formatDate(revision.submittedAt, locale) })}</p>}
        <HoldReasons revision={revision} company={company} />
      </div>

      <ErrorSummary errors={errors} labels={fieldLabels(t)} title={t("companyEditor.editor.fix")} />
      {conflict && <EditConflict conflict={conflict} labelOf={(field) => fieldLabel(t, field)} onTakeTheirs={onTakeTheirs} onSaveMine={onSaveMine} busy={busy} />}

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
          {dirty && <p className="field-hint">{t("companyEditor.editor.unsaved")}</p>}
          <div className="ce-action-buttons">
            <button type="submit" className="button button-secondary" disabled={busy}>
              {t("companyEditor.editor.save")}
            </button>
            {/* Nothing to review: already in review, or a published profile without any change. */}
            <button type="button" className="button" disabled={busy || (!dirty && (revision?.status === "PENDING" || (published && !revision)))} onClick={() => void onSubmit()}>
              {t("companyEditor.editor.submit")}
            </button>
            {revision && !confirmDiscard && (
              <button type="button" className="button-link" disabled={busy} onClick={() => setConfirmDiscard(true)}>
                {t("companyEditor.editor.discard")}
              </button>
            )}
          </div>
          {confirmDiscard && (
            <div className="ce-confirm" role="group" aria-label={t("companyEditor.editor.discard")}>
              <p>{t("companyEditor.editor.discardConfirm")}</p>
              <button type="button" className="button" onClick={() => void onDiscard()}>
                {t("companyEditor.editor.discardYes")}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setConfirmDiscard(false)}>
                {t("companyEditor.editor.discardNo")}
              </button>
            </div>
          )}
        </div>
      </form>
    </>
  );
}
