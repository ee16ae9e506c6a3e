import { useTranslation } from "react-i18next";
import { languageName } from "../lib/format.ts";
import { useLocale } from "../lib/useLocale.ts";

/**
 * A note beside a firm's or an opportunity's text that is in another language than the page
 * (pickLocalized fell back to it): the reader learns why it reads differently, and may use the
 * browser's translation. Nothing when the text is in the page's language. The text itself carries
 * its own lang attribute; this note is in the page's language.
 */
export function TextLanguage({ lang, className = "text-language" }: { lang: string | undefined; className?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!lang || lang === locale) return null;
  return (
    <span className={className} data-testid="text-language">
      {/* "in Bulgarian" / "auf Bulgarisch" / "на английски" */}
      {t("language.textIn", { language: languageName(lang, locale) })}
    </span>
  );
}
