import { contentLanguages, type ContentLanguage } from "@cluster-match/shared/i18n";
import { opportunityDescriptionLimits, opportunityTitleLimits } from "@cluster-match/shared/schemas/opportunity-editor";
import { useRef, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber, languageName } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import type { DraftFormState, FieldErrors } from "./draftForm.ts";
import { ErrorText } from "./ErrorText.tsx";

const capitalised = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** Title and description per content language, one tab each (WAI-ARIA tabs with arrow keys). */
export function LanguageTabs({
  texts,
  active,
  onActivate,
  onChange,
  errors,
  filled,
}: {
  texts: DraftFormState["texts"];
  active: ContentLanguage;
  onActivate: (lang: ContentLanguage) => void;
  onChange: (lang: ContentLanguage, field: "title" | "description", value: string) => void;
  errors: FieldErrors;
  filled: readonly ContentLanguage[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tabs = useRef(new Map<ContentLanguage, HTMLButtonElement>());
  const name = (lang: ContentLanguage) => capitalised(languageName(lang, locale), locale);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = contentLanguages.indexOf(active);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: contentLanguages.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const lang = contentLanguages[(next + contentLanguages.length) % contentLanguages.length]!;
    onActivate(lang);
    tabs.current.get(lang)?.focus();
  };

  return (
    <div className="opp-tabs">
      <div role="tablist" aria-label={t("opportunityWorkspace.form.languages")} className="tablist" onKeyDown={onKeyDown}>
        {contentLanguages.map((lang) => {
          const invalid = Boolean(errors[`title.${lang}`] || errors[`description.${lang}`]);
          return (
            <button
              key={lang}
              ref={(el) => {
                if (el) tabs.current.set(lang, el);
              }}
              type="button"
              role="tab"
              id={`tab-${lang}`}
              aria-selected={active === lang}
              aria-controls={`panel-${lang}`}
              tabIndex={active === lang ? 0 : -1}
              className="opp-tab"
              data-invalid={invalid || undefined}
              onClick={() => onActivate(lang)}
            >
              {name(lang)}
              {invalid ? (
                <span className="opp-tab-mark opp-tab-mark-error">
                  <span aria-hidden="true"> !</span>
                  <span className="visually-hidden"> ({t("opportunityWorkspace.form.needsAttention")})</span>
                </span>
              ) : (
                filled.includes(lang) && (
                  <span className="opp-tab-mark">
                    <span aria-hidden="true"> ✓</span>
                    <span className="visually-hidden"> ({t("opportunityWorkspace.form.filled")})</span>
                  </span>
                )
              )}
            </button>
          );
        })}
      </div>
      {contentLanguages.map((lang) => {
        const titleError = errors[`title.${lang}`];
        const descriptionError = errors[`description.${lang}`];
        const { title, description } = texts[lang];
        return (
          <div key={lang} role="tabpanel" id={`panel-${lang}`} aria-labelledby={`tab-${lang}`} hidden={active !== lang} className="opp-tabpanel" lang={lang}>
            <div className="opp-field">
              <label htmlFor={`title-${lang}`} lang={locale}>
                {t("opportunityWorkspace.form.title", { language: languageName(lang, locale) })}
              </label>
              <input
                id={`title-${lang}`}
                className="text-input"
                value={title}
                maxLength={opportunityTitleLimits.max}
                aria-invalid={titleError ? true : undefined}
                aria-describedby={`title-${lang}-count${titleError ? ` title-${lang}-error` : ""}`}
                onChange={(event) => onChange(lang, "title", event.target.value)}
              />
              <p className="muted small" id={`title-${lang}-count`} lang={locale}>
                {t("opportunityWorkspace.form.characters", { n: formatNumber(title.trim().length, locale), max: formatNumber(opportunityTitleLimits.max, locale) })}
              </p>
              <ErrorText id={`title-${lang}-error`} error={titleError} />
            </div>
            <div className="opp-field">
              <label htmlFor={`description-${lang}`} lang={locale}>
                {t("opportunityWorkspace.form.description", { language: languageName(lang, locale) })}
              </label>
              <textarea
                id={`description-${lang}`}
                className="text-input opp-textarea"
                rows={8}
                value={description}
                aria-invalid={descriptionError ? true : undefined}
                aria-describedby={`description-${lang}-count${descriptionError ? ` description-${lang}-error` : ""}`}
                onChange={(event) => onChange(lang, "description", event.target.value)}
              />
              <p className="muted small" id={`description-${lang}-count`} lang={locale}>
                {t("opportunityWorkspace.form.characters", {
                  n: formatNumber(description.trim().length, locale),
                  max: formatNumber(opportunityDescriptionLimits.max, locale),
                })}
              </p>
              <ErrorText id={`description-${lang}-error`} error={descriptionError} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
