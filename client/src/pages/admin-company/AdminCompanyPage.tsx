import { adminCompanyProfileSchema, companyProfileDraftSchema, suspendInputSchema, type AdminCompany } from "@cluster-match/shared/schemas/company-editor";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DetailState } from "../../components/DetailState.tsx";
import { EditConflict } from "../../components/EditConflict.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { asSentByForm, errorsByField, formFromProfile, profileFromForm, serverErrorFields, takeFields, type ProfileFormState } from "../../lib/companyProfileForm.ts";
import { describeConflict, editConflictOf, fieldsToTake, type EditConflictView } from "../../lib/editConflict.ts";
import { marketCountries } from "../../lib/companyEditorLists.ts";
import { appCodeOf } from "../../lib/errors.ts";
import { countryName, formatDate } from "../../lib/format.ts";
import { registryIdExample } from "../../lib/registryIdHint.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";
import { ErrorSummary, SelectField, TextAreaField, TextField } from "../workspace/profile/fields.tsx";
import { ProfileForm } from "../workspace/profile/ProfileForm.tsx";
import { fieldErrors, fieldLabel, fieldLabels } from "../workspace/profile/profileMessages.ts";
import { CompanyStatusBadge, type EditorMessage, EditorNotice, FailureAlert, RevisionBadge } from "../workspace/StatusBadges.tsx";
import { BackLink } from "../../components/BackLink.tsx";

export function AdminCompanyPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { companyId = "" } = useParams();
  const company = useQuery(trpc.companies.adminGet.queryOptions({ companyId }));
  if (!company.data) return <DetailState query={company} loadingText={t("companyEditor.admin.loading")} />;
  return <AdminCompany key={companyId} company={company.data} />;
}

function AdminCompany({ company }: { company: AdminCompany }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<EditorMessage>(null);
  const { companyId } = company;
  const store = (next: AdminCompany, text: string) => {
    queryClient.setQueryData(trpc.companies.adminGet.queryKey({ companyId }), next);
    void queryClient.invalidateQueries({ queryKey: trpc.companies.get.pathKey() });
    setMessage({ kind: "status", text });
  };
  const failed = (error: unknown) => setMessage({ kind: "alert", text: t(`errors.${appCodeOf(error)}`) });
  const verify = useMutation(trpc.companies.setVerified.mutationOptions({ onSuccess: (next) => store(next, next.verified ? t("companyEditor.admin.verifiedOn") : t("companyEditor.admin.verifiedOff")), onError: failed }));
  const reinstate = useMutation(trpc.companies.reinstate.mutationOptions({ onSuccess: (next) => store(next, t("companyEditor.admin.reinstated")), onError: failed }));

  return (
    <>
      <PageTitle title={t("companyEditor.admin.title", { name: company.data.name })} />
      <BackLink to="/admin/companies" label={t("companyEditor.admin.back")} />
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
          <h2 id="ce-admin-facts">{t("companyEditor.admin.facts")}</h2>
          <dl className="facts">
            <dt>{t("companyEditor.fields.registryId")}</dt>
            <dd className="code">{company.registryId}</dd>
            <dt>{t("companyEditor.fields.country")}</dt>
            <dd>{countryName(company.country, locale)}</dd>
            <dt>{t("companyEditor.admin.created")}</dt>
            <dd>{formatDate(company.createdAt, locale)}</dd>
            {company.publishedAt && (
              <>
                <dt>{t("companyEditor.admin.published")}</dt>
                <dd>{formatDate(company.publishedAt, locale)}</dd>
              </>
            )}
          </dl>
          {company.status === "PUBLISHED" && <Link to={`/companies/${company.slug}`}>{t("companyEditor.dashboard.publicPage")}</Link>}
          {company.openRevision?.status === "PENDING" && (
            <p>
              <Link to={`/admin/reviews/companies/${company.openRevision.id}`}>{t("companyEditor.admin.reviewRevision")}</Link>
            </p>
          )}
          <h3>{t("companyEditor.team.members")}</h3>
          {company.members.length === 0 ? (
            <p className="muted">{t("companyEditor.admin.noMembers")}</p>
          ) : (
            <ul className="value-list">
              {company.members.map((m) => (
                <li key={m.email}>
                  {m.name} ({m.email}) · {t(`companyEditor.role.${m.role}`)}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="section" aria-labelledby="ce-admin-curation">
          <h2 id="ce-admin-curation">{t("companyEditor.admin.curation")}</h2>
          <p>{company.verified ? t("companyEditor.admin.isVerified") : t("companyEditor.admin.notVerified")}</p>
          <p className="field-hint">{t("companyEditor.admin.verifiedHint")}</p>
          <button type="button" className="button button-secondary" disabled={verify.isPending} onClick={() => verify.mutate({ companyId, verified: !company.verified })}>
            {company.verified ? t("companyEditor.admin.unverify") : t("companyEditor.admin.verify")}
          </button>
          {company.status === "SUSPENDED" ? (
            <div>
              <p>
                <strong>{t("companyEditor.editor.suspendedBecause")}</strong> {company.suspendedReason}
              </p>
              <button type="button" className="button" disabled={reinstate.isPending} onClick={() => reinstate.mutate({ companyId })}>
                {t("companyEditor.admin.reinstate")}
              </button>
            </div>
          ) : (
            <SuspendForm companyId={companyId} onDone={(next) => store(next, t("companyEditor.admin.suspended"))} onError={failed} />
          )}
        </section>
      </div>

      <AdminEditForm company={company} onSaved={(next) => store(next, t("companyEditor.admin.saved"))} />
    </>
  );
}

function SuspendForm({ companyId, onDone, onError }: { companyId: string; onDone: (next: AdminCompany) => void; onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const suspend = useMutation(trpc.companies.suspend.mutationOptions({ onSuccess: onDone, onError }));
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!suspendInputSchema.safeParse({ reason }).success) return setError(t("companyEditor.review.reasonRule"));
        setError(undefined);
        suspend.mutate({ companyId, reason });
      }}
    >
      <TextAreaField name="suspendReason" label={t("companyEditor.admin.suspendReason")} hint={t("companyEditor.admin.suspendHint")} value={reason} onChange={setReason} error={error} maxLength={1000} rows={3} />
      <button type="submit" className="button button-secondary" disabled={suspend.isPending}>
        {t("companyEditor.admin.suspend")}
      </button>
    </form>
  );
}

type AdminEditData = AdminCompany["data"] & { registryId: string; country: string };
const editDataOf = (company: AdminCompany): AdminEditData => ({ ...company.data, registryId: company.registryId, country: company.country });

/** The admin's direct edit: the members' form plus registry id and country, live at once. */
function AdminEditForm({ company, onSaved }: { company: AdminCompany; onSaved: (next: AdminCompany) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const trpc = useTRPC();
  const [form, setForm] = useState<ProfileFormState>(() => formFromProfile(company.data));
  const [registryId, setRegistryId] = useState(company.registryId);
  const [country, setCountry] = useState(company.country);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  // The row as the form's changes are measured against, and its version (the one saves send).
  const [loaded, setLoaded] = useState(() => ({ data: editDataOf(company), version: company.version }));
  const [conflict, setConflict] = useState<EditConflictView | null>(null);
  const update = useMutation(trpc.companies.adminUpdate.mutationOptions());

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
      setConflict(null);
      onSaved(next);
    } catch (error) {
      const details = editConflictOf(error);
      if (details) {
        setConflict(describeConflict(details, loaded.data, data, asSentByForm));
        return;
      }
      const code = appCodeOf(error);
      const fields = code === "VALIDATION" ? serverErrorFields((error as { data?: { details?: unknown } }).data?.details) : code === "DUPLICATE_COMPANY" ? ["registryId"] : [];
      if (fields.length > 0) show(fields);
      else setFailure(t(`errors.${code}`));
    }
  };

  /** The saved row becomes the one the form is measured against (and saved on). */
  const rebase = (current: EditConflictView): AdminEditData | null => {
    const profile = companyProfileDraftSchema.safeParse(current.theirs);
    const { registryId, country } = current.theirs;
    if (!profile.success || typeof registryId !== "string" || typeof country !== "string") return null;
    const theirs = { ...profile.data, registryId, country };
    setLoaded({ data: theirs, version: current.version });
    return theirs;
  };
  const takeTheirs = () => {
    if (!conflict) return;
    const theirs = rebase(conflict);
    if (!theirs) return;
    const fields = fieldsToTake(conflict);
    setForm((current) => takeFields(current, formFromProfile(theirs), fields));
    if (fields.includes("registryId")) setRegistryId(theirs.registryId);
    if (fields.includes("country")) setCountry(theirs.country);
    setConflict({ ...conflict, merged: true });
  };
  const saveMine = () => {
    if (!conflict || !rebase(conflict)) return;
    void save(conflict.version);
  };

  return (
    <section className="section ce-admin-edit" aria-labelledby="ce-admin-edit">
      <h2 id="ce-admin-edit">{t("companyEditor.admin.edit")}</h2>
      <p className="field-hint">{t("companyEditor.admin.editHint")}</p>
      <ErrorSummary errors={errors} labels={fieldLabels(t)} title={t("companyEditor.editor.fix")} />
      {conflict && <EditConflict conflict={conflict} labelOf={(field) => fieldLabel(t, field)} onTakeTheirs={takeTheirs} onSaveMine={saveMine} busy={update.isPending} />}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ProfileForm
          form={form}
          onChange={(patch) => setForm((current) => ({ ...current, ...patch }))}
          errors={errors}
          before={
            <div className="ce-grid">
              <SelectField name="country" label={t("companyEditor.fields.country")} value={country} onChange={setCountry} options={marketCountries.map((code) => ({ value: code, label: countryName(code, locale) }))} />
              <TextField name="registryId" label={t("companyEditor.fields.registryId")} hint={t("companyEditor.admin.registryHint", { example: registryIdExample(country) })} value={registryId} onChange={setRegistryId} error={errors.registryId} maxLength={20} />
            </div>
          }
        />
        <FailureAlert text={failure} />
        <div className="ce-action-buttons">
          <button type="submit" className="button" disabled={update.isPending}>
            {t("companyEditor.admin.save")}
          </button>
        </div>
      </form>
    </section>
  );
}
