import { seekTypes } from "@cluster-match/shared/enums";
import { sizeFromEmployees } from "@cluster-match/shared/company-size";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CityPicker } from "../../../components/CityPicker.tsx";
import { TaxonomyPicker, useTaxonomyPicker } from "../../../components/TaxonomyPicker.tsx";
import { parseNumber, type ProfileFormState } from "../../../lib/companyProfileForm.ts";
import { marketCountries, spokenLanguages } from "../../../lib/companyEditorLists.ts";
import { countryName, languageName } from "../../../lib/format.ts";
import { clusterCountries } from "../../../lib/places.ts";
import { labelIn } from "../../../lib/taxonomySearch.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { DescriptionTabs } from "./DescriptionTabs.tsx";
import { fieldId } from "../../../components/form/Field.tsx";
import { TextField } from "../../../components/form/TextField.tsx";
import { CheckboxGroup, TagInput } from "./fields.tsx";

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
  country,
  onChange,
  errors,
  before,
  logo,
}: {
  form: ProfileFormState;
  /** The firm's country: the city picker suggests its places. */
  country: string;
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
      <Section title={t("companyWorkspace.form.identity")}>
        {before}
        <div className="ce-grid">
          <TextField look="editor" name="name" label={t("companyWorkspace.form.name")} hint={t("companyWorkspace.form.nameHint")} value={form.name} onChange={(name) => onChange({ name })} error={errors.name} required maxLength={200} />
          <TextField look="editor" name="nameLatin" label={t("companyWorkspace.form.nameLatin")} value={form.nameLatin} onChange={(nameLatin) => onChange({ nameLatin })} error={errors.nameLatin} required maxLength={200} />
          <TextField look="editor" name="legalForm" label={t("companyWorkspace.form.legalForm")} value={form.legalForm} onChange={(legalForm) => onChange({ legalForm })} error={errors.legalForm} required maxLength={40} />
        </div>
      </Section>

      {logo && <Section title={t("companyWorkspace.logo.title")}>{logo}</Section>}

      <Section title={t("companyWorkspace.form.location")}>
        <div className="ce-grid">
          <CityPicker
            look="editor"
            name="city"
            label={t("companyWorkspace.form.city")}
            country={country}
            value={{ city: form.city, cityLatin: form.cityLatin, placeId: form.placeId }}
            onChange={(place) => onChange(place)}
            error={errors.city}
            required
          />
          <TextField look="editor" name="cityLatin" label={t("companyWorkspace.form.cityLatin")} value={form.cityLatin} onChange={(cityLatin) => onChange({ cityLatin })} error={errors.cityLatin} required maxLength={100} />
        </div>
      </Section>

      <Section title={t("companyWorkspace.form.contacts")}>
        <p className="field-hint">{t("companyWorkspace.form.contactsHint")}</p>
        <div className="ce-grid">
          <TextField look="editor" name="website" type="url" label={t("companyWorkspace.form.website")} hint={t("companyWorkspace.form.websiteHint")} value={form.website} onChange={(website) => onChange({ website })} error={errors.website} maxLength={300} />
          <TextField look="editor" name="email" type="email" label={t("companyWorkspace.form.email")} value={form.email} onChange={(email) => onChange({ email })} error={errors.email} maxLength={254} autoComplete="off" />
          <TextField look="editor" name="phone" type="tel" label={t("companyWorkspace.form.phone")} value={form.phone} onChange={(phone) => onChange({ phone })} error={errors.phone} maxLength={30} />
        </div>
      </Section>

      <Section title={t("companyWorkspace.form.size")}>
        <div className="ce-grid">
          <TextField look="editor" name="foundedYear" label={t("companyWorkspace.form.foundedYear")} value={form.foundedYear} onChange={(foundedYear) => onChange({ foundedYear })} error={errors.foundedYear} inputMode="numeric" maxLength={4} />
          <TextField
            look="editor"
            name="employees"
            label={t("companyWorkspace.form.employees")}
            hint={size ? t("companyWorkspace.form.sizeIs", { size: t(`size.${size}`) }) : t("companyWorkspace.form.sizeHint")}
            value={form.employees}
            onChange={(employees) => onChange({ employees })}
            error={errors.employees}
            inputMode="numeric"
          />
        </div>
      </Section>

      <Section title={t("companyWorkspace.form.capabilities")}>
        <TaxonomyPicker
          id={fieldId("capabilities")}
          label={t("companyWorkspace.form.capabilitiesLabel")}
          hint={t("companyWorkspace.form.capabilitiesHint")}
          value={form.capabilities}
          onChange={(capabilities) => onChange({ capabilities })}
          max={30}
          error={errors.capabilities}
        />
      </Section>

      <Section title={t("companyWorkspace.form.certifications")}>
        <fieldset className="ce-fieldset" id={fieldId("certifications")} tabIndex={-1}>
          <legend className="visually-hidden">{t("companyWorkspace.form.certifications")}</legend>
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
                      <label htmlFor={dateId}>{t("companyWorkspace.form.validUntil")}</label>
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

      <Section title={t("companyWorkspace.form.materialsAndMachines")}>
        <CheckboxGroup
          name="materials"
          legend={t("companyWorkspace.form.materials")}
          options={(picker.data?.materials ?? []).map((m) => ({ value: m.code, label: labelIn(m, locale) }))}
          value={form.materials}
          onChange={(materials) => onChange({ materials })}
          error={errors.materials}
        />
        <TagInput
          name="machines"
          label={t("companyWorkspace.form.machines")}
          hint={t("companyWorkspace.form.machinesHint")}
          placeholder={t("companyWorkspace.form.machinesPlaceholder")}
          value={form.machines}
          onChange={(machines) => onChange({ machines })}
          error={errors.machines}
          max={100}
        />
        <TagInput
          name="naceCodes"
          label={t("companyWorkspace.form.naceCodes")}
          hint={t("companyWorkspace.form.naceHint")}
          placeholder="25.62"
          value={form.naceCodes}
          onChange={(naceCodes) => onChange({ naceCodes })}
          error={errors.naceCodes}
          max={10}
          maxLength={5}
          validate={(entry) => (/^\d{2}(\.\d{1,2})?$/.test(entry) ? null : t("companyWorkspace.form.naceInvalid"))}
        />
      </Section>

      <Section title={t("companyWorkspace.form.markets")}>
        <CheckboxGroup name="exportMarkets" legend={t("companyWorkspace.form.exportMarkets")} options={countries} value={form.exportMarkets} onChange={(exportMarkets) => onChange({ exportMarkets })} error={errors.exportMarkets} />
        <CheckboxGroup
          name="languages"
          legend={t("companyWorkspace.form.languages")}
          options={spokenLanguages.map((code) => ({ value: code, label: languageName(code, locale) }))}
          value={form.languages}
          onChange={(languages) => onChange({ languages })}
          error={errors.languages}
        />
      </Section>

      <Section title={t("companyWorkspace.form.description")}>
        <p className="field-hint">{t("companyWorkspace.form.descriptionHint")}</p>
        <DescriptionTabs value={form.description} onChange={(description) => onChange({ description })} error={errors.description} />
      </Section>

      <Section title={t("companyWorkspace.form.seeks")}>
        <p className="field-hint">{t("companyWorkspace.form.seeksHint")}</p>
        <div id={fieldId("seeks")} tabIndex={-1}>
          {form.seeks.map((seek, index) => (
            <fieldset key={index} className="ce-seek">
              <legend>{t("companyWorkspace.form.seekNumber", { number: index + 1 })}</legend>
              <div className="ce-field">
                <label htmlFor={`${fieldId("seeks")}-${index}-type`} className="ce-label">
                  {t("companyWorkspace.form.seekType")}
                </label>
                <select id={`${fieldId("seeks")}-${index}-type`} value={seek.type} onChange={(event) => setSeek(index, { type: event.target.value as (typeof seekTypes)[number] })}>
                  {seekTypes.map((type) => (
                    <option key={type} value={type}>
                      {t(`company.seekType.${type}`)}
                    </option>
                  ))}
                </select>
              </div>
              <TaxonomyPicker label={t("companyWorkspace.form.seekCapabilities")} value={seek.capabilities} onChange={(capabilities) => setSeek(index, { capabilities })} max={20} includeGroups />
              <CheckboxGroup
                name={`seeks-${index}-countries`}
                legend={t("companyWorkspace.form.seekCountries")}
                hint={t("companyWorkspace.form.seekCountriesHint")}
                options={clusterCountries.map((code) => ({ value: code, label: countryName(code, locale) }))}
                value={seek.countries}
                onChange={(countries) => setSeek(index, { countries })}
              />
              <button type="button" className="button button-secondary" onClick={() => onChange({ seeks: form.seeks.filter((_, i) => i !== index) })}>
                {t("companyWorkspace.form.removeSeek", { number: index + 1 })}
              </button>
            </fieldset>
          ))}
          {form.seeks.length < 20 && (
            <button type="button" className="button button-secondary" onClick={() => onChange({ seeks: [...form.seeks, { type: "SUPPLY", capabilities: [], countries: [] }] })}>
              {t("companyWorkspace.form.addSeek")}
            </button>
          )}
          {errors.seeks && <p className="field-error">{errors.seeks}</p>}
        </div>
      </Section>
    </div>
  );
}
