import { bgToLatin, hasCyrillic } from "@cluster-match/shared/transliteration";
import { companyRegisterInputSchema, duplicateCompanyDetailsSchema, type DuplicateCompanyDetails } from "@cluster-match/shared/schemas/company-editor";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { errorsByField } from "../../lib/companyProfileForm.ts";
import { marketCountries } from "../../lib/companyEditorLists.ts";
import { appCodeOf } from "../../lib/errors.ts";
import { countryName } from "../../lib/format.ts";
import { legalFormsByCountry, registryIdExample, registryIdState } from "../../lib/registryIdHint.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";
import { ErrorSummary, SelectField, TextField } from "./profile/fields.tsx";
import { FailureAlert } from "./StatusBadges.tsx";
import { fieldErrors, fieldLabels } from "./profile/profileMessages.ts";
import { useRefreshCompany } from "./useWorkspace.ts";
import { BackLink } from "../../components/BackLink.tsx";

interface RegistrationForm {
  name: string;
  nameLatin: string;
  legalForm: string;
  country: string;
  registryId: string;
  city: string;
  cityLatin: string;
  region: string;
  website: string;
}

const emptyForm: RegistrationForm = { name: "", nameLatin: "", legalForm: "", country: "BG", registryId: "", city: "", cityLatin: "", region: "", website: "" };

/** The Latin form the server will derive when the field is left empty (Streamlined System). */
const derivedLatin = (text: string) => (hasCyrillic(text) ? bgToLatin(text) : text);

function detailsOf(error: unknown): DuplicateCompanyDetails | null {
  const parsed = duplicateCompanyDetailsSchema.safeParse((error as { data?: { details?: unknown } } | null)?.data?.details);
  return parsed.success ? parsed.data : null;
}

export function RegisterCompanyPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshCompany();
  const [form, setForm] = useState(emptyForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [duplicate, setDuplicate] = useState<DuplicateCompanyDetails | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const register = useMutation(trpc.companies.register.mutationOptions());
  const set = (patch: Partial<RegistrationForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    // A changed name, city or id may not be a duplicate any more.
    if ("name" in patch || "city" in patch || "registryId" in patch || "country" in patch) setDuplicate(null);
  };

  const registry = registryIdState(form.country, form.registryId);
  const registryHint =
    registry.kind === "problem"
      ? undefined
      : registry.kind === "ok"
        ? t("companyEditor.register.registryOk")
        : t(form.country === "BG" ? "companyEditor.register.registryHintBg" : "companyEditor.register.registryHintVat", { example: registryIdExample(form.country) });
  const registryError = registry.kind === "problem" ? t(`companyEditor.register.registryProblem.${registry.problem}`, { example: registryIdExample(form.country) }) : errors.registryId;

  const input = (confirmNotDuplicate: boolean) => ({
    name: form.name.trim(),
    legalForm: form.legalForm.trim(),
    country: form.country,
    registryId: form.registryId.trim(),
    city: form.city.trim(),
    ...(form.nameLatin.trim() ? { nameLatin: form.nameLatin.trim() } : {}),
    ...(form.cityLatin.trim() ? { cityLatin: form.cityLatin.trim() } : {}),
    ...(form.region.trim() ? { region: form.region.trim().toUpperCase() } : {}),
    ...(form.website.trim() ? { website: form.website.trim() } : {}),
    confirmNotDuplicate,
  });

  const submit = async (confirmNotDuplicate: boolean) => {
    setFailure(null);
    const parsed = companyRegisterInputSchema.safeParse(input(confirmNotDuplicate));
    if (!parsed.success) {
      const issues = errorsByField(parsed.error.issues);
      setErrors(fieldErrors(t, Object.keys(issues), issues));
      requestAnimationFrame(() => document.getElementById("ce-error-summary")?.focus());
      return;
    }
    setErrors({});
    try {
      const created = await register.mutateAsync(input(confirmNotDuplicate));
      await refresh();
      void navigate(`/workspace/companies/${created.companyId}/profile`);
    } catch (error) {
      const details = appCodeOf(error) === "DUPLICATE_COMPANY" ? detailsOf(error) : null;
      if (details) {
        setDuplicate(details);
        requestAnimationFrame(() => document.getElementById("ce-duplicate")?.focus());
      } else setFailure(t(`errors.${appCodeOf(error)}`));
    }
  };

  const legalForms = legalFormsByCountry[form.country] ?? [];
  return (
    <>
      <PageTitle title={t("companyEditor.register.title")} />
      <BackLink to="/workspace" label={t("companyEditor.workspace.title")} />
      <header className="page-header">
        <h1>{t("companyEditor.register.title")}</h1>
        <p className="lead">{t("companyEditor.register.intro")}</p>
      </header>

      <ErrorSummary errors={errors} labels={fieldLabels(t)} title={t("companyEditor.editor.fix")} />

      <form
        className="ce-register"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit(false);
        }}
      >
        <div className="ce-grid">
          <SelectField
            name="country"
            label={t("companyEditor.fields.country")}
            value={form.country}
            onChange={(country) => set({ country })}
            options={marketCountries.map((code) => ({ value: code, label: countryName(code, locale) }))}
            required
          />
          <TextField
            name="registryId"
            label={t(form.country === "BG" ? "companyEditor.register.eik" : "companyEditor.register.vat")}
            value={form.registryId}
            onChange={(registryId) => set({ registryId })}
            hint={registryHint}
            error={registryError}
            required
            maxLength={20}
            autoComplete="off"
            spellCheck={false}
          />
          <TextField name="name" label={t("companyEditor.form.name")} hint={t("companyEditor.form.nameHint")} value={form.name} onChange={(name) => set({ name })} error={errors.name} required maxLength={200} />
          <TextField
            name="nameLatin"
            label={t("companyEditor.register.nameLatinOptional")}
            hint={hasCyrillic(form.name) ? t("companyEditor.register.derived", { value: derivedLatin(form.name) }) : undefined}
            placeholder={derivedLatin(form.name)}
            value={form.nameLatin}
            onChange={(nameLatin) => set({ nameLatin })}
            error={errors.nameLatin}
            maxLength={200}
          />
          <TextField name="legalForm" label={t("companyEditor.form.legalForm")} value={form.legalForm} onChange={(legalForm) => set({ legalForm })} error={errors.legalForm} required maxLength={40} list="ce-legal-forms" />
          <datalist id="ce-legal-forms">
            {legalForms.map((legalForm) => (
              <option key={legalForm} value={legalForm} />
            ))}
          </datalist>
          <TextField name="city" label={t("companyEditor.form.city")} value={form.city} onChange={(city) => set({ city })} error={errors.city} required maxLength={100} />
          <TextField
            name="cityLatin"
            label={t("companyEditor.register.cityLatinOptional")}
            hint={hasCyrillic(form.city) ? t("companyEditor.register.derived", { value: derivedLatin(form.city) }) : undefined}
            placeholder={derivedLatin(form.city)}
            value={form.cityLatin}
            onChange={(cityLatin) => set({ cityLatin })}
            error={errors.cityLatin}
            maxLength={100}
          />
          <TextField name="region" label={t("companyEditor.form.region")} hint={t("companyEditor.form.regionHint")} value={form.region} onChange={(region) => set({ region })} error={errors.region} maxLength={5} />
          <TextField name="website" type="url" label={t("companyEditor.form.website")} hint={t("companyEditor.form.websiteHint")} value={form.website} onChange={(website) => set({ website })} error={errors.website} maxLength={300} />
        </div>

        {duplicate && (
          <div className="ce-duplicate" id="ce-duplicate" role="alert" tabIndex={-1} data-testid="duplicate-warning">
            {duplicate.reason === "registry_id" ? (
              <>
                <p className="ce-duplicate-title">{t("companyEditor.register.duplicateRegistry")}</p>
                {duplicate.company ? (
                  <p>
                    {t("companyEditor.register.duplicateRegistryIs")} <Link to={`/companies/${duplicate.company.slug}`}>{duplicate.company.name}</Link>
                  </p>
                ) : (
                  <p>{t("companyEditor.register.duplicateRegistryHidden")}</p>
                )}
                <p>{t("companyEditor.register.duplicateRegistryHelp")}</p>
              </>
            ) : (
              <>
                <p className="ce-duplicate-title">{t("companyEditor.register.duplicateName")}</p>
                {duplicate.candidates.length > 0 ? (
                  <ul>
                    {duplicate.candidates.map((candidate) => (
                      <li key={candidate.slug}>
                        <Link to={`/companies/${candidate.slug}`} target="_blank" rel="noopener">
                          {candidate.name}
                        </Link>{" "}
                        ({candidate.city}) <span className="visually-hidden">{t("common.externalLink")}</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{t("companyEditor.register.duplicateNameHidden")}</p>
                )}
                <p>{t("companyEditor.register.duplicateNameHelp")}</p>
                <button type="button" className="button" onClick={() => void submit(true)} disabled={register.isPending}>
                  {t("companyEditor.register.confirmDifferent")}
                </button>
              </>
            )}
          </div>
        )}

        <FailureAlert text={failure} />
        <div className="ce-action-buttons">
          <button type="submit" className="button" disabled={register.isPending}>
            {register.isPending ? t("companyEditor.register.registering") : t("companyEditor.register.submit")}
          </button>
        </div>
        <p className="field-hint">{t("companyEditor.register.after")}</p>
      </form>
    </>
  );
}
