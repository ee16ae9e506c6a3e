import { adminCompanyProfileSchema, companyProfileDraftSchema, suspendInputSchema, type AdminCompany } from "@cluster-match/shared/schemas/company-editor";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DetailState } from "../../components/DetailState.tsx";
import { EditConflict } from "../../components/form/EditConflict.tsx";
import { ServerError } from "../../components/form/ServerError.tsx";
import { useEditConflict } from "../../components/form/useEditConflict.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { asSentByForm, errorsByField, formFromProfile, profileFromForm, serverErrorFields, takeFields, type ProfileFormState } from "../../lib/companyProfileForm.ts";
import { marketCountries } from "../../lib/companyEditorLists.ts";
import { appCodeOf } from "../../lib/errors.ts";
import { countryName, formatDate } from "../../lib/format.ts";
import { registryIdExample } from "../../lib/registryIdHint.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { TextAreaField } from "../../components/form/TextAreaField.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import { ErrorSummary, SelectField } from "../company-workspace/profile/fields.tsx";
import { ProfileForm } from "../company-workspace/profile/ProfileForm.tsx";
import { fieldErrors, fieldLabel, fieldLabels } from "../company-workspace/profile/profileMessages.ts";
import { CompanyStatusBadge, type EditorMessage, EditorNotice, RevisionBadge } from "../company-workspace/StatusBadges.tsx";
import { BackLink } from "../../components/BackLink.tsx";
import { useAdminCompany, useAdminCompanyActions } from "./useAdminCompany.ts";

export function AdminCompanyPage() {
  const { t } = useTranslation();
  const { companyId = "" } = useParams();
  const company = useAdminCompany(companyId);
  if (!company.data) return <DetailState query={company} loadingText={t("companyWorkspace.admin.loading")} />;
  return <AdminCompany key={companyId} company={company.data} />;
}

function AdminCompany({ company }: { company: AdminCompany }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [message, setMessage] = useState<EditorMessage>(null);
  const { companyId } = company;
  const { verify, reinstate, suspend, update } = useAdminCompanyActions(companyId);
  const done = (text: string) => setMessage({ kind: "status", text });
  const failed = (error: unknown) => setMessage({ kind: "alert", text: t(`errors.${appCodeOf(error)}`) });

  return (
    <>
      <PageTitle title={t("companyWorkspace.admin.title", { name: company.data.name })} />
      <BackLink to="/admin/companies" label={t("companyWorkspace.admin.back")} />
      <header className="page-header">
        <h1>{company.data.name}</h1>
        <p className="ce-badges">
          <CompanyStatusBadge status={company.status} />
          <RevisionBadge revision={company.openRevision} />
          {company.verified && <span className="badge badge-verified">{t("common.verified")}</span>}
        </p>
      </header>
      <EditorNotice message={message} />

      <div className="ce-admin-layout">
        <section className="section" aria-labelledby="ce-admin-facts">
          <h2 id="ce-admin-facts">{t("companyWorkspace.admin.facts")}</h2>
          <dl className="facts">
            <dt>{t("companyWorkspace.fields.registryId")}</dt>
            <dd className="code">{company.registryId}</dd>
            <dt>{t("companyWorkspace.fields.country")}</dt>
            <dd>{countryName(company.country, locale)}</dd>
            <dt>{t("companyWorkspace.admin.created")}</dt>
            <dd>{formatDate(company.createdAt, locale)}</dd>
            {company.publishedAt && (
              <>
                <dt>{t("companyWorkspace.admin.published")}</dt>
                <dd>{formatDate(company.publishedAt, locale)}</dd>
              </>
            )}
          </dl>
          {company.status === "PUBLISHED" && <Link to={`/companies/${company.slug}`}>{t("companyWorkspace.dashboard.publicPage")}</Link>}
          {company.openRevision?.status === "PENDING" && (
            <p>
              <Link to={`/admin/reviews/companies/${company.openRevision.id}`}>{t("companyWorkspace.admin.reviewRevision")}</Link>
            </p>
          )}
          <h3>{t("companyWorkspace.team.members")}</h3>
          {company.members.length === 0 ? (
            <p className="muted">{t("companyWorkspace.admin.noMembers")}</p>
          ) : (
            <ul className="value-list">
              {company.members.map((m) => (
                <li key={m.email}>
                  {m.name} ({m.email}) · {t(`companyWorkspace.role.${m.role}`)}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="section" aria-labelledby="ce-admin-curation">
          <h2 id="ce-admin-curation">{t("companyWorkspace.admin.curation")}</h2>
          <p>{company.verified ? t("companyWorkspace.admin.isVerified") : t("companyWorkspace.admin.notVerified")}</p>
          <p className="field-hint">{t("companyWorkspace.admin.verifiedHint")}</p>
          <button type="button" className="button button-secondary" disabled={verify.isPending} onClick={() => verify.mutate({ companyId, verified: !company.verified }, { onSuccess: (next) => done(next.verified ? t("companyWorkspace.admin.verifiedOn") : t("companyWorkspace.admin.verifiedOff")), onError: failed })}>
            {company.verified ? t("companyWorkspace.admin.unverify") : t("companyWorkspace.admin.verify")}
          </button>
          {company.status === "SUSPENDED" ? (
            <div>
              <p>
                <strong>{t("companyWorkspace.editor.suspendedBecause")}</strong> {company.suspendedReason}
              </p>
              <button type="button" className="button" disabled={reinstate.isPending} onClick={() => reinstate.mutate({ companyId }, { onSuccess: () => done(t("companyWorkspace.admin.reinstated")), onError: failed })}>
                {t("companyWorkspace.admin.reinstate")}
              </button>
            </div>
          ) : (
            <SuspendForm companyId={companyId} suspend={suspend} onDone={() => done(t("companyWorkspace.admin.suspended"))} onError={failed} />
          )}
        </section>
      </div>

      <AdminEditForm company={company} update={update} onSaved={() => done(t("companyWorkspace.admin.saved"))} />
    </>
  );
}

type Actions = ReturnType<typeof useAdminCompanyActions>;

function SuspendForm({ companyId, suspend, onDone, onError }: { companyId: string; suspend: Actions["suspend"]; onDone: () => void; onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!suspendInputSchema.safeParse({ reason }).success) return setError(t("companyWorkspace.review.reasonRule"));
        setError(undefined);
        suspend.mutate({ companyId, reason }, { onSuccess: onDone, onError });
      }}
    >
      <TextAreaField look="editor" name="suspendReason" label={t("companyWorkspace.admin.suspendReason")} hint={t("companyWorkspace.admin.suspendHint")} value={reason} onChange={setReason} error={error} maxLength={1000} rows={3} />
      <button type="submit" className="button button-secondary" disabled={suspend.isPending}>
        {t("companyWorkspace.admin.suspend")}
      </button>
    </form>
  );
}

type AdminEditData = AdminCompany["data"] & { registryId: string; country: string };
const editDataOf = (company: AdminCompany): AdminEditData => ({ ...company.data, registryId: company.registryId, country: company.country });

/** The admin's direct edit: the members' form plus registry id and country, live at once. */
function AdminEditForm({ company, update, onSaved }: { company: AdminCompany; update: Actions["update"]; onSaved: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form, setForm] = useState<ProfileFormState>(() => formFromProfile(company.data));
  const [registryId, setRegistryId] = useState(company.registryId);
  const [country, setCountry] = useState(company.country);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  // The row as the form's changes are measured against, and its version (the one saves send).
  const [loaded, setLoaded] = useState(() => ({ data: editDataOf(company), version: company.version }));
  const conflicts = useEditConflict<AdminEditData>({
    parse: (theirs) => {
      const profile = companyProfileDraftSchema.safeParse(theirs);
      const { registryId, country } = theirs;
      return profile.success && typeof registryId === "string" && typeof country === "string" ? { ...profile.data, registryId, country } : null;
    },
    adopt: (theirs, version) => setLoaded({ data: theirs, version }),
    take: (theirs, fields) => {
      setForm((current) => takeFields(current, formFromProfile(theirs), fields));
      if (fields.includes("registryId")) setRegistryId(theirs.registryId);
      if (fields.includes("country")) setCountry(theirs.country);
    },
    save: (version) => void save(version),
    normalize: asSentByForm,
  });

  const save = async (version = loaded.version) => {
    setFailure(null);
    const data = { ...profileFromForm(form), registryId, country };
    const parsed = adminCompanyProfileSchema.safeParse(data);
    const show = (fields: string[], issues: Record<string, string> = {}) => {
      setErrors(fieldErrors(t, fields, issues));
      requestAnimationFrame(() => document.getElementById("ce-error-summary")?.focus());
    };
    if (!parsed.success) {
      const issues = errorsByField(parsed.error.issues);
      return show(Object.keys(issues), issues);
    }
    setErrors({});
    try {
      const next = await update.mutateAsync({ companyId: company.companyId, data, version });
      setLoaded({ data: editDataOf(next), version: next.version });
      conflicts.resolved();
      onSaved();
    } catch (error) {
      if (conflicts.refused(error, loaded.data, data)) return;
      const code = appCodeOf(error);
      const fields = code === "VALIDATION" ? serverErrorFields((error as { data?: { details?: unknown } }).data?.details) : code === "DUPLICATE_COMPANY" ? ["registryId"] : [];
      if (fields.length > 0) show(fields);
      else setFailure(error);
    }
  };

  return (
    <section className="section ce-admin-edit" aria-labelledby="ce-admin-edit">
      <h2 id="ce-admin-edit">{t("companyWorkspace.admin.edit")}</h2>
      <p className="field-hint">{t("companyWorkspace.admin.editHint")}</p>
      <ErrorSummary errors={errors} labels={fieldLabels(t)} title={t("companyWorkspace.editor.fix")} />
      {conflicts.conflict && (
        <EditConflict conflict={conflicts.conflict} labelOf={(field) => fieldLabel(t, field)} onTakeTheirs={conflicts.onTakeTheirs} onSaveMine={conflicts.onSaveMine} busy={update.isPending} />
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ProfileForm
          form={form}
          country={country}
          onChange={(patch) => setForm((current) => ({ ...current, ...patch }))}
          errors={errors}
          before={
            <div className="ce-grid">
              <SelectField name="country" label={t("companyWorkspace.fields.country")} value={country} onChange={setCountry} options={marketCountries.map((code) => ({ value: code, label: countryName(code, locale) }))} />
              <TextField look="editor" name="registryId" label={t("companyWorkspace.fields.registryId")} hint={t("companyWorkspace.admin.registryHint", { example: registryIdExample(country) })} value={registryId} onChange={setRegistryId} error={errors.registryId} maxLength={20} />
            </div>
          }
        />
        <ServerError look="editor" error={failure} />
        <div className="ce-action-buttons">
          <button type="submit" className="button" disabled={update.isPending}>
            {t("companyWorkspace.admin.save")}
          </button>
        </div>
      </form>
    </section>
  );
}
