import type { UiLocale } from "@cluster-match/shared/i18n";
import { useTranslation } from "react-i18next";
import { isUiLocale } from "../i18n/index.ts";
import { useLocale } from "../lib/useLocale.ts";

// Each language is named in itself, so a reader finds their own language whatever the current UI language is.
const languageOptions: { value: UiLocale; label: string }[] = [
  { value: "bg", label: "Български" },
  { value: "en", label: "English" },
  { value: "de", label: "Deutsch" },
];

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();

  return (
    <div className="language-switch">
      <label htmlFor="language-select">{t("language.label")}</label>
      <select
        id="language-select"
        value={locale}
        onChange={(event) => {
          if (isUiLocale(event.target.value)) void i18n.changeLanguage(event.target.value);
        }}
      >
        {languageOptions.map((option) => (
          <option key={option.value} value={option.value} lang={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
