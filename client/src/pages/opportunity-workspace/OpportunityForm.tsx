import { cooperationTypes, opportunityTypes, type CooperationType, type OpportunityType } from "@cluster-match/shared/enums";
import type { ContentLanguage } from "@cluster-match/shared/i18n";
import { deadlineBounds } from "@cluster-match/shared/schemas/opportunity-editor";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { countryName, formatDate, formatList, languageName, sortByLabel } from "../../lib/format.ts";
import { isOfferType } from "../../lib/opportunityTypes.ts";
import { partnerLanguages } from "../../lib/partnerLanguages.ts";
import { clusterCountries, otherMarketCountries } from "../../lib/places.ts";
import { useTaxonomy } from "../../lib/referenceData.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { CapabilityPicker } from "./CapabilityPicker.tsx";
import { ChoiceList } from "./ChoiceList.tsx";
import { filledLanguages, languagesWithErrors, type DraftFormState, type FieldErrors } from "./draftForm.ts";
import { ErrorText, useErrorText } from "./ErrorText.tsx";
import { LanguageTabs } from "./LanguageTabs.tsx";

export type SaveIntent = "save" | "submit";

/** The fields in the order they appear, to focus the first one with a problem. */
const fieldOrder = ["type", "texts", "requiredCapabilities", "targetCountries", "certificationsRequired", "cooperationTypes", "deadline"];

/**
 * The opportunity editor: type, texts per language, what partners need, anonymity, deadline.
 * The page validates and saves; this component shows the state and the errors it is given.
 */
export function OpportunityForm({
  state,
  onChange,
  errors,
  busy,
  serverError,
  onSave,
  backTo,
  country,
}: {
  /** The firm's country, once known: the hints name the languages of its partners abroad. */
  country?: string | undefined;
  state: DraftFormState;
  onChange: (state: DraftFormState) => void;
  errors: FieldErrors;
  busy: boolean;
  serverError: string | null;
  /** Saves; answers the problems found (none: saved), so the form can lead the user to them. */
  onSave: (intent: SaveIntent) => Promise<FieldErrors>;
  backTo: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const taxonomy = useTaxonomy();
  const errorText = useErrorText();
  const summary = useRef<HTMLDivElement>(null);
  const [activeLanguage, setActiveLanguage] = useState<ContentLanguage>(locale);
  const bounds = deadlineBounds(new Date());
  const set = <K extends keyof DraftFormState>(key: K, value: DraftFormState[K]) => onChange({ ...state, [key]: value });
  const badLanguages = languagesWithErrors(errors);
  const hasErrors = Object.keys(errors).length > 0;

  const save = async (intent: SaveIntent) => {
    if (busy) return;
    const found = await onSave(intent);
    if (Object.keys(found).length === 0) return;
    // Open a language tab with a problem (unless the open one has one), then move focus to the
    // summary, which names what to correct.
    const languages = languagesWithErrors(found);
    if (languages.length > 0 && !languages.includes(activeLanguage)) setActiveLanguage(languages[0]!);
    summary.current?.focus();
    const first = fieldOrder.find((f) => Object.keys(found).some((k) => k.split(".")[0] === f || (f === "texts" && /^(title|description)/.test(k))));
    if (first) document.getElementById(`field-${first}`)?.scrollIntoView({ block: "center" });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save("save");
  };

  const certifications = sortByLabel(taxonomy.data?.certifications ?? [], (c) => c.name, locale).map((c) => ({ value: c.code, label: c.name }));
  const countries = [...clusterCountries, ...sortByLabel(otherMarketCountries, (c) => countryName(c, locale), locale)].map((code) => ({
    value: code,
    label: countryName(code, locale),
  }));

  return (
    <form className="opp-form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <div ref={summary} tabIndex={-1} className="opp-error-summary-region">
        {(hasErrors || serverError) && (
          <div className="state state-error opp-error-summary" role="alert">
            {hasErrors && <p className="state-title">{t("opportunityWorkspace.form.errorSummary")}</p>}
            {badLanguages.length > 0 && (
              <p>{t("opportunityWorkspace.form.errorInLanguages", { languages: formatList(badLanguages.map((l) => languageName(l, locale)), locale) })}</p>
            )}
            {serverError && <p>{serverError}</p>}
          </div>
        )}
      </div>

      <div className="opp-field" id="field-type" tabIndex={-1}>
        <label htmlFor="opportunity-type">{t("opportunityWorkspace.form.type")}</label>
        <select
          id="opportunity-type"
          value={state.type}
          aria-invalid={errors.type ? true : undefined}
          aria-describedby={errors.type ? "opportunity-type-error" : undefined}
          onChange={(event) => set("type", event.target.value as OpportunityType | "")}
        >
          <option value="">{t("opportunityWorkspace.form.chooseType")}</option>
          {opportunityTypes.map((type) => (
            <option key={type} value={type}>
              {t(`opportunityType.${type}`)}
            </option>
          ))}
        </select>
        <ErrorText id="opportunity-type-error" error={errors.type} />
      </div>

      <fieldset className="opp-field opp-texts" id="field-texts" tabIndex={-1} aria-describedby="texts-hint">
        <legend>{t("opportunityWorkspace.form.texts")}</legend>
        <p className="muted small" id="texts-hint">
          {t("opportunityWorkspace.form.textsHint", { languages: formatList(partnerLanguages(country).map((code) => languageName(code, locale)), locale) })}
        </p>
        <ErrorText id="texts-error" error={errors.title && !errors.title.key.startsWith("missing") ? errors.title : undefined} />
        <LanguageTabs
          texts={state.texts}
          active={activeLanguage}
          onActivate={setActiveLanguage}
          errors={errors}
          filled={filledLanguages(state)}
          onChange={(lang, field, value) => set("texts", { ...state.texts, [lang]: { ...state.texts[lang], [field]: value } })}
        />
      </fieldset>

      <CapabilityPicker offer={state.type !== "" && isOfferType(state.type)} selected={state.requiredCapabilities} onChange={(v) => set("requiredCapabilities", v)} max={10} error={errorText(errors.requiredCapabilities)} />

      <ChoiceList
        name="targetCountries"
        legend={t("opportunityWorkspace.form.countries")}
        hint={t("opportunityWorkspace.form.countriesHint")}
        error={errorText(errors.targetCountries)}
        choices={countries}
        selected={state.targetCountries}
        onChange={(v) => set("targetCountries", v)}
      />

      <ChoiceList
        name="certificationsRequired"
        legend={t("opportunityWorkspace.form.certifications")}
        hint={t("opportunityWorkspace.form.certificationsHint")}
        error={errorText(errors.certificationsRequired)}
        choices={certifications}
        selected={state.certificationsRequired}
        onChange={(v) => set("certificationsRequired", v)}
      />

      <ChoiceList
        name="cooperationTypes"
        legend={t("opportunityWorkspace.form.cooperation")}
        hint={t("opportunityWorkspace.form.cooperationHint")}
        error={errorText(errors.cooperationTypes)}
        choices={cooperationTypes.map((c) => ({ value: c, label: t(`cooperationType.${c}`) }))}
        selected={state.cooperationTypes}
        onChange={(v) => set("cooperationTypes", v as CooperationType[])}
      />

      <div className="opp-field opp-anonymous-field">
        <label className="checkbox">
          <input type="checkbox" checked={state.anonymous} aria-describedby="anonymous-hint" onChange={(event) => set("anonymous", event.target.checked)} />
          <span className="checkbox-label">{t("opportunityWorkspace.form.anonymous")}</span>
        </label>
        <p className="muted small" id="anonymous-hint">
          {t("opportunityWorkspace.form.anonymousHint")}
        </p>
      </div>

      <div className="opp-field" id="field-deadline" tabIndex={-1}>
        <label htmlFor="opportunity-deadline">{t("opportunityWorkspace.form.deadline")}</label>
        <input
          id="opportunity-deadline"
          className="text-input opp-date"
          type="date"
          min={bounds.min}
          max={bounds.max}
          value={state.deadline}
          aria-invalid={errors.deadline ? true : undefined}
          aria-describedby={`deadline-hint${errors.deadline ? " deadline-error" : ""}`}
          onChange={(event) => set("deadline", event.target.value)}
        />
        <p className="muted small" id="deadline-hint">
          {t("opportunityWorkspace.form.deadlineHint", { min: formatDate(bounds.min, locale), max: formatDate(bounds.max, locale) })}
        </p>
        <ErrorText id="deadline-error" error={errors.deadline} />
      </div>

      <div className="opp-form-actions">
        <button type="submit" className="button button-secondary" disabled={busy}>
          {busy ? t("opportunityWorkspace.form.saving") : t("opportunityWorkspace.form.save")}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void save("submit")}>
          {t("opportunityWorkspace.form.submit")}
        </button>
        <Link to={backTo} className="button button-link">
          {t("opportunityWorkspace.form.backToList")}
        </Link>
      </div>
    </form>
  );
}
