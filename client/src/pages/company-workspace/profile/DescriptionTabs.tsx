import { contentLanguages } from "@cluster-match/shared/i18n";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { languageName } from "../../../lib/format.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { fieldId } from "../../../components/form/Field.tsx";
import { DescriptionCompleteness } from "../../../components/DescriptionCompleteness.tsx";

/**
 * The description, one tab per content language (WAI-ARIA tabs: arrows move between tabs).
 * A tab shows whether its language is written, so a partner's language is not forgotten.
 */
export function DescriptionTabs({
  value,
  onChange,
  error,
}: {
  value: Partial<Record<string, string>>;
  onChange: (value: Partial<Record<string, string>>) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const baseId = useId();
  // Open on a language already written, else the reader's own.
  const [selected, setSelected] = useState<string>(
    () => contentLanguages.find((lang) => (value[lang] ?? "").trim() !== "") ?? ((contentLanguages as readonly string[]).includes(locale) ? locale : contentLanguages[0]),
  );
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0 && event.key !== "Home" && event.key !== "End") return;
    event.preventDefault();
    const next = event.key === "Home" ? 0 : event.key === "End" ? contentLanguages.length - 1 : (index + step + contentLanguages.length) % contentLanguages.length;
    setSelected(contentLanguages[next]!);
    tabs.current[next]?.focus();
  };

  return (
    <div className="ce-tabs" id={fieldId("description")} tabIndex={-1}>
      <DescriptionCompleteness description={value} />
      <div role="tablist" aria-label={t("companyWorkspace.form.descriptionTabs")} className="tablist">
        {contentLanguages.map((lang, index) => {
          const filled = (value[lang] ?? "").trim() !== "";
          return (
            <button
              key={lang}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${lang}`}
              aria-selected={selected === lang}
              aria-controls={`${baseId}-panel-${lang}`}
              tabIndex={selected === lang ? 0 : -1}
              className="ce-tab"
              onClick={() => setSelected(lang)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {languageName(lang, locale)}
              {filled && <span className="ce-tab-filled">{t("companyWorkspace.form.written")}</span>}
            </button>
          );
        })}
      </div>
      {contentLanguages.map((lang) => (
        <div key={lang} role="tabpanel" id={`${baseId}-panel-${lang}`} aria-labelledby={`${baseId}-tab-${lang}`} hidden={selected !== lang} className="ce-tabpanel">
          <label htmlFor={`${baseId}-text-${lang}`} className="ce-label">
            {t("companyWorkspace.form.descriptionIn", { language: languageName(lang, locale) })}
          </label>
          <textarea
            id={`${baseId}-text-${lang}`}
            className="text-input textarea-tall"
            rows={8}
            maxLength={10_000}
            lang={lang}
            value={value[lang] ?? ""}
            aria-invalid={error ? true : undefined}
            onChange={(event) => onChange({ ...value, [lang]: event.target.value })}
          />
          <p className="field-hint">{t("companyWorkspace.form.characters", { count: (value[lang] ?? "").length, max: 10_000 })}</p>
        </div>
      ))}
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
