import { bgToLatin, hasCyrillic } from "@cluster-match/shared/transliteration";
import { companyRegisterInputSchema, duplicateCompanyDetailsSchema, type DuplicateCompanyDetails } from "@cluster-match/shared/schemas/company-editor";
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
import { ServerError } from "../../components/form/ServerError.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import { ErrorSummary, SelectField } from "./profile/fields.tsx";
import { fieldErrors, fieldLabels } from "./profile/profileMessages.ts";
import { useRefreshCompany, useRegisterCompany } from "./useWorkspace.ts";
import { BackLink } from "../../components/BackLink.tsx";
import { CityPicker } from "../../components/CityPicker.tsx";
import { ClaimFromRegistration } from "../claims/ClaimFromRegistration.tsx";

interface RegistrationForm {
  name: string;
  nameLatin: string;
  legalForm: string;
  country: string;
  registryId: string;
  city: string;
  cityLatin: string;
  /** The place picked in the city picker; the server derives the map position and region from it. */
  placeId: number | null;
  website: string;
}

const emptyForm: RegistrationForm = { name: "", nameLatin: "", legalForm: "", country: "BG", registryId: "", city: "", cityLatin: "", placeId: null, website: "" };

/** The Latin form the server will derive when the field is left empty (Streamlined System). */
const derivedLatin = (text: string) => (hasCyrillic(text) ? bgToLatin(text) : text);

function detailsOf(error: unknown): DuplicateCompanyDetails | null {
  const parsed = duplicateCompanyDetailsSchema.safeParse((error as { data?: { details?: unknown } } | null)?.data?.details);
  return parsed.success ? parsed.data : null;
}

export function RegisterCompanyPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const refresh = useRefreshCompany();
  const [form, setForm] = useState(emptyForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [duplicate, setDuplicate] = useState<DuplicateCompanyDetails | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const register = useRegisterCompany();
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
        ? t("companyWorkspace.register.registryOk")
        : t(form.country === "BG" ? "companyWorkspace.register.registryHintBg" : "companyWorkspace.register.registryHintVat", { example: registryIdExample(form.country) });
  const registryError = registry.kind === "problem" ? t(`companyWorkspace.register.registryProblem.${registry.problem}`, { example: registryIdExample(form.country) }) : errors.registryId;

  const input = (confirmNotDuplicate: boolean) => ({
    name: form.name.trim(),
    legalForm: form.legalForm.trim(),
    country: form.country,
    registryId: form.registryId.trim(),
    city: form.city.trim(),
    ...(form.nameLatin.trim() ? { nameLatin: form.nameLatin.trim() } : {}),
    ...(form.cityLatin.trim() ? { cityLatin: form.cityLatin.trim() } : {}),
    ...(form.placeId !== null ? { placeId: form.placeId } : {}),
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
      } else setFailure(error);
    }
  };

  const legalForms = legalFormsByCountry[form.country] ?? [];
  return (
    <>
      <PageTitle title={t("companyWorkspace.register.title")} />
      <BackLink to="/workspace" label={t("companyWorkspace.workspace.title")} />
      <header className="page-header">
        <h1>{t("companyWorkspace.register.title")}</h1>
        <p className="lead">{t("companyWorkspace.register.intro")}</p>
      </header>

      <ErrorSummary errors={errors} labels={fieldLabels(t)} title={t("companyWorkspace.editor.fix")} />

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
            label={t("companyWorkspace.fields.country")}
            value={form.country}
            // A place picked in another country is no longer the firm's.
            onChange={(country) => set({ country, placeId: null })}
            options={marketCountries.map((code) => ({ value: code, label: countryName(code, locale) }))}
            required
          />
          <TextField
            look="editor"
            name="registryId"
            label={t(form.country === "BG" ? "companyWorkspace.register.eik" : "companyWorkspace.register.vat")}
            value={form.registryId}
            onChange={(registryId) => set({ registryId })}
            hint={registryHint}
            error={registryError}
            required
            maxLength={20}
            autoComplete="off"
            spellCheck={false}
          />
          <TextField look="editor" name="name" label={t("companyWorkspace.form.name")} hint={t("companyWorkspace.form.nameHint")} value={form.name} onChange={(name) => set({ name })} error={errors.name} required maxLength={200} />
          <TextField
            look="editor"
            name="nameLatin"
            label={t("companyWorkspace.register.nameLatinOptional")}
            hint={hasCyrillic(form.name) ? t("companyWorkspace.register.derived", { value: derivedLatin(form.name) }) : undefined}
            placeholder={derivedLatin(form.name)}
            value={form.nameLatin}
            onChange={(nameLatin) => set({ nameLatin })}
            error={errors.nameLatin}
            maxLength={200}
          />
          <TextField look="editor" name="legalForm" label={t("companyWorkspace.form.legalForm")} value={form.legalForm} onChange={(legalForm) => set({ legalForm })} error={errors.legalForm} required maxLength={40} list="ce-legal-forms" />
          <datalist id="ce-legal-forms">
            {legalForms.map((legalForm) => (
              <option key={legalForm} value={legalForm} />
            ))}
          </datalist>
          <CityPicker
            look="editor"
            name="city"
            label={t("companyWorkspace.form.city")}
            country={form.country}
            value={{ city: form.city, cityLatin: form.cityLatin, placeId: form.placeId }}
            onChange={(place) => set(place)}
            error={errors.city}
            required
          />
          <TextField
            look="editor"
            name="cityLatin"
            label={t("companyWorkspace.register.cityLatinOptional")}
            hint={hasCyrillic(form.city) ? t("companyWorkspace.register.derived", { value: derivedLatin(form.city) }) : undefined}
            placeholder={derivedLatin(form.city)}
            value={form.cityLatin}
            onChange={(cityLatin) => set({ cityLatin })}
            error={errors.cityLatin}
            maxLength={100}
          />
          <TextField look="editor" name="website" type="url" label={t("companyWorkspace.form.website")} hint={t("companyWorkspace.form.websiteHint")} value={form.website} onChange={(website) => set({ website })} error={errors.website} maxLength={300} />
        </div>

        {duplicate && (
          <div className="ce-duplicate" id="ce-duplicate" role="alert" tabIndex={-1} data-testid="duplicate-warning">
            {duplicate.reason === "registry_id" ? (
              <>
                <p className="ce-duplicate-title">{t("companyWorkspace.register.duplicateRegistry")}</p>
                {duplicate.company ? (
                  <p>
                    {t("companyWorkspace.register.duplicateRegistryIs")} <Link to={`/companies/${duplicate.company.slug}`}>{duplicate.company.name}</Link>
                  </p>
                ) : (
                  <p>{t("companyWorkspace.register.duplicateRegistryHidden")}</p>
                )}
                {duplicate.company ? (
                  <ClaimFromRegistration slug={duplicate.company.slug} fallback={t("companyWorkspace.register.duplicateRegistryHelp")} />
                ) : (
                  <p>{t("companyWorkspace.register.duplicateRegistryHelp")}</p>
                )}
              </>
            ) : (
              <>
                <p className="ce-duplicate-title">{t("companyWorkspace.register.duplicateName")}</p>
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
                  <p>{t("companyWorkspace.register.duplicateNameHidden")}</p>
                )}
                <p>{t("companyWorkspace.register.duplicateNameHelp")}</p>
                <button type="button" className="button" onClick={() => void submit(true)} disabled={register.isPending}>
                  {t("companyWorkspace.register.confirmDifferent")}
                </button>
              </>
            )}
          </div>
        )}

        <ServerError look="editor" error={failure} />
        <div className="ce-action-buttons">
          <button type="submit" className="button" disabled={register.isPending}>
            {register.isPending ? t("companyWorkspace.register.registering") : t("companyWorkspace.register.submit")}
          </button>
        </div>
        <p className="field-hint">{t("companyWorkspace.register.after")}</p>
      </form>
    </>
  );
}
