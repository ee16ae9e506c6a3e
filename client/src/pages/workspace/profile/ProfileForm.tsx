import { seekTypes } from "@cluster-match/shared/enums";
import { sizeFromEmployees } from "@cluster-match/shared/company-size";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { TaxonomyPicker, useTaxonomyPicker } from "../../../components/TaxonomyPicker.tsx";
import { parseNumber, type ProfileFormState } from "../../../lib/companyProfileForm.ts";
import { marketCountries, spokenLanguages } from "../../../lib/companyEditorLists.ts";
import { countryName, languageName } from "../../../lib/format.ts";
import { clusterCountries } from "../../../lib/places.ts";
import { labelIn } from "../../../lib/taxonomySearch.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { DescriptionTabs } from "./DescriptionTabs.tsx";
import { CheckboxGroup, TagInput, TextField, fieldId } from "./fields.tsx";

export type FormPatch = Partial<ProfileFormState>;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="ce-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/**
 * Every section of a company profile. The page owns the state; `before` adds fields at the top
 * (the admin's registry id and country), `logo` the upload (members' editor only).
 */
export function ProfileForm({
  form,
  onChange,
  errors,
  before,
  logo,
}: {
  form: ProfileFormState;
  onChange: (patch: FormPatch) => void;
  errors: Record<string, string>;
  before?: ReactNode;
  logo?: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const picker = useTaxonomyPicker();
  const size = sizeFromEmployees(parseNumber(form.employees) || null);
  const countries = marketCountries.map((code) => ({ value: code, label: countryName(code, locale) }));

  const certifications = picker.data?.certifications ?? [];
  const toggleCertification = (code: string, on: boolean) =>
    onChange({ certifications: on ? [...form.certifications, { code, validUntil: "" }] : form.certifications.filter((c) => c.code !== code) });
  const setValidity = (code: string, validUntil: string) => onChange({ certifications: form.certifications.map((c) => (c.code === code ? { ...c, validUntil } : c)) });

  const setSeek = (index: number, patch: Partial<ProfileFormState["seeks"][number]>) => onChange({ seeks: form.seeks.map((s, i) => (i === index ? { ...s, ...patch } : s)) });

  return (
    <div className="ce-form">
      <Section title={t("companyEditor.form.identity")}>
        {before}
        <div className="ce-grid">
          <TextField name="name" label={t("companyEditor.form.name")} hint={t("companyEditor.form.nameHint")} value={form.name} onChange={(name) => onChange({ name })} error={errors.name} required maxLength={200} />
          <TextField name="nameLatin" label={t("companyEditor.form.nameLatin")} value={form.nameLatin} onChange={(nameLatin) => onChange({ nameLatin })} error={errors.nameLatin} required maxLength={200} />
          <TextField name="legalForm" label={t("companyEditor.form.legalForm")} value={form.legalForm} onChange={(legalForm) => onChange({ legalForm })} error={errors.legalForm} required maxLength={40} />
        </div>
      </Section>

      {logo && <Section title={t("companyEditor.logo.title")}>{logo}</Section>}

      <Section title={t("companyEditor.form.location")}>
        <div className="ce-grid">
          <TextField name="city" label={t("companyEditor.form.city")} value={form.city} onChange={(city) => onChange({ city })} error={errors.city} required maxLength={100} />
          <TextField name="cityLatin" label={t("companyEditor.form.cityLatin")} value={form.cityLatin} onChange={(cityLatin) => onChange({ cityLatin })} error={errors.cityLatin} required maxLength={100} />
          <TextField name="region" label={t("companyEditor.form.region")} hint={t("companyEditor.form.regionHint")} value={form.region} onChange={(region) => onChange({ region })} error={errors.region} maxLength={5} />
          <TextField name="lat" label={t("companyEditor.form.lat")} value={form.lat} onChange={(lat) => onChange({ lat })} error={errors.lat} inputMode="decimal" />
          <TextField name="lng" label={t("companyEditor.form.lng")} value={form.lng} onChange={(lng) => onChange({ lng })} error={errors.lng} inputMode="decimal" />
        </div>
      </Section>

      <Section title={t("companyEditor.form.contacts")}>
        <p className="field-hint">{t("companyEditor.form.contactsHint")}</p>
        <div className="ce-grid">
          <TextField name="website" type="url" label={t("companyEditor.form.website")} hint={t("companyEditor.form.websiteHint")} value={form.website} onChange={(website) => onChange({ website })} error={errors.website} maxLength={300} />
          <TextField name="email" type="email" label={t("companyEditor.form.email")} value={form.email} onChange={(email) => onChange({ email })} error={errors.email} maxLength={254} autoComplete="off" />
          <TextField name="phone" type="tel" label={t("companyEditor.form.phone")} value={form.phone} onChange={(phone) => onChange({ phone })} error={errors.phone} maxLength={30} />
        </div>
      </Section>

      <Section title={t("companyEditor.form.size")}>
        <div className="ce-grid">
          <TextField name="foundedYear" label={t("companyEditor.form.foundedYear")} value={form.foundedYear} onChange={(foundedYear) => onChange({ foundedYear })} error={errors.foundedYear} inputMode="numeric" maxLength={4} />
          <TextField
            name="employees"
            label={t("companyEditor.form.employees")}
            hint={size ? t("companyEditor.form.sizeIs", { size: t(`size.${size}`) }) : t("companyEditor.form.sizeHint")}
            value={form.employees}
            onChange={(employees) => onChange({ employees })}
            error={errors.employees}
            inputMode="numeric"
          />
        </div>
      </Section>

      <Section title={t("companyEditor.form.capabilities")}>
        <TaxonomyPicker
          id={fieldId("capabilities")}
          label={t("companyEditor.form.capabilitiesLabel")}
          hint={t("companyEditor.form.capabilitiesHint")}
          value={form.capabilities}
          onChange={(capabilities) => onChange({ capabilities })}
          max={30}
          error={errors.capabilities}
        />
      </Section>

      <Section title={t("companyEditor.form.certifications")}>
        <fieldset className="ce-fieldset" id={fieldId("certifications")} tabIndex={-1}>
          <legend className="visually-hidden">{t("companyEditor.form.certifications")}</legend>
          <ul className="ce-certifications">
            {certifications.map((certification) => {
              const chosen = form.certifications.find((c) => c.code === certification.code);
              const dateId = `${fieldId("certifications")}-${certification.code}`;
              return (
                <li key={certification.code} className="ce-certification">
                  <label className="checkbox">
                    <input type="checkbox" checked={Boolean(chosen)} onChange={(event) => toggleCertification(certification.code, event.target.checked)} />
                    {certification.name}
                  </label>
                  {chosen && (
                    <span className="ce-inline-field">
                      <label htmlFor={dateId}>{t("companyEditor.form.validUntil")}</label>
                      <input id={dateId} type="date" className="text-input" value={chosen.validUntil} onChange={(event) => setValidity(certification.code, event.target.value)} />
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          {errors.certifications && <p className="field-error">{errors.certifications}</p>}
        </fieldset>
      </Section>

      <Section title={t("companyEditor.form.materialsAndMachines")}>
        <CheckboxGroup
          name="materials"
          legend={t("companyEditor.form.materials")}
          options={(picker.data?.materials ?? []).map((m) => ({ value: m.code, label: labelIn(m, locale) }))}
          value={form.materials}
          onChange={(materials) => onChange({ materials })}
          error={errors.materials}
        />
        <TagInput
          name="machines"
          label={t("companyEditor.form.machines")}
          hint={t("companyEditor.form.machinesHint")}
          placeholder={t("companyEditor.form.machinesPlaceholder")}
          value={form.machines}
          onChange={(machines) => onChange({ machines })}
          error={errors.machines}
          max={100}
        />
        <TagInput
          name="naceCodes"
          label={t("companyEditor.form.naceCodes")}
          hint={t("companyEditor.form.naceHint")}
          placeholder="25.62"
          value={form.naceCodes}
          onChange={(naceCodes) => onChange({ naceCodes })}
          error={errors.naceCodes}
          max={10}
          maxLength={5}
          validate={(entry) => (/^\d{2}(\.\d{1,2})?$/.test(entry) ? null : t("companyEditor.form.naceInvalid"))}
        />
      </Section>

      <Section title={t("companyEditor.form.markets")}>
        <CheckboxGroup name="exportMarkets" legend={t("companyEditor.form.exportMarkets")} options={countries} value={form.exportMarkets} onChange={(exportMarkets) => onChange({ exportMarkets })} error={errors.exportMarkets} />
        <CheckboxGroup
          name="languages"
          legend={t("companyEditor.form.languages")}
          options={spokenLanguages.map((code) => ({ value: code, label: languageName(code, locale) }))}
          value={form.languages}
          onChange={(languages) => onChange({ languages })}
          error={errors.languages}
        />
      </Section>

      <Section title={t("companyEditor.form.description")}>
        <p className="field-hint">{t("companyEditor.form.descriptionHint")}</p>
        <DescriptionTabs value={form.description} onChange={(description) => onChange({ description })} error={errors.description} />
      </Section>

      <Section title={t("companyEditor.form.seeks")}>
        <p className="field-hint">{t("companyEditor.form.seeksHint")}</p>
        <div id={fieldId("seeks")} tabIndex={-1}>
          {form.seeks.map((seek, index) => (
            <fieldset key={index} className="ce-seek">
              <legend>{t("companyEditor.form.seekNumber", { number: index + 1 })}</legend>
              <div className="ce-field">
                <label htmlFor={`${fieldId("seeks")}-${index}-type`} className="ce-label">
                  {t("companyEditor.form.seekType")}
                </label>
                <select id={`${fieldId("seeks")}-${index}-type`} value={seek.type} onChange={(event) => setSeek(index, { type: event.target.value as (typeof seekTypes)[number] })}>
                  {seekTypes.map((type) => (
                    <option key={type} value={type}>
                      {t(`company.seekType.${type}`)}
                    </option>
                  ))}
                </select>
              </div>
              <TaxonomyPicker label={t("companyEditor.form.seekCapabilities")} value={seek.capabilities} onChange={(capabilities) => setSeek(index, { capabilities })} max={20} includeGroups />
              <CheckboxGroup
                name={`seeks-${index}-countries`}
                legend={t("companyEditor.form.seekCountries")}
                hint={t("companyEditor.form.seekCountriesHint")}
                options={clusterCountries.map((code) => ({ value: code, label: countryName(code, locale) }))}
                value={seek.countries}
                onChange={(countries) => setSeek(index, { countries })}
              />
              <button type="button" className="button button-secondary" onClick={() => onChange({ seeks: form.seeks.filter((_, i) => i !== index) })}>
                {t("companyEditor.form.removeSeek", { number: index + 1 })}
              </button>
            </fieldset>
          ))}
          {form.seeks.length < 20 && (
            <button type="button" className="button button-secondary" onClick={() => onChange({ seeks: [...form.seeks, { type: "SUPPLY", capabilities: [], countries: [] }] })}>
              {t("companyEditor.form.addSeek")}
            </button>
          )}
          {errors.seeks && <p className="field-error">{errors.seeks}</p>}
        </div>
      </Section>
    </div>
  );
}
