import { uiLocales, type UiLocale } from "@cluster-match/shared/i18n";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatList, languageName } from "../lib/format.ts";
import { useLocale } from "../lib/useLocale.ts";

type Descriptions = Partial<Record<string, string>>;

/** The UI languages (the languages buyers read the directory in) whose description is empty. */
export function missingReaderLanguages(description: Descriptions): UiLocale[] {
  return uiLocales.filter((lang) => (description[lang] ?? "").trim() === "");
}

/**
 * In the profile editor: for each language buyers read the directory in, whether the description
 * is written, and why it matters. Follows the form as the owner types.
 */
export function DescriptionCompleteness({ description }: { description: Descriptions }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const missing = missingReaderLanguages(description);
  return (
    <div className="description-completeness" data-testid="description-completeness">
      <p className="ce-label">{t("language.completenessTitle")}</p>
      <ul className="completeness-list">
        {uiLocales.map((lang) => {
          const written = !missing.includes(lang);
          return (
            <li key={lang} className={written ? "is-written" : "is-missing"}>
              {languageName(lang, locale)}: <strong>{t(written ? "language.written" : "language.missing")}</strong>
            </li>
          );
        })}
      </ul>
      {missing.some((lang) => lang !== "bg") && <p className="field-hint">{t("language.completenessNote")}</p>}
    </div>
  );
}

/** On the firm's dashboard: a nudge when the description lacks English or German, with the way to add it. */
export function MissingLanguagesNudge({ description, editTo }: { description: Descriptions; editTo: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const missing = missingReaderLanguages(description).filter((lang) => lang !== "bg");
  if (missing.length === 0) return null;
  return (
    <section className="section nudge" aria-labelledby="language-nudge" data-testid="language-nudge">
      <h2 id="language-nudge">{t("language.nudgeTitle")}</h2>
      <p>
        {t("language.nudgeMissing", {
          languages: formatList(
            missing.map((lang) => languageName(lang, locale)),
            locale,
          ),
        })}
      </p>
      <p>
        <Link to={editTo}>{t("language.nudgeAction")}</Link>
      </p>
    </section>
  );
}
