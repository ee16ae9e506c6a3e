import type { UiLocale } from "@cluster-match/shared/i18n";
import { useTranslation } from "react-i18next";
import { defaultLocale, isUiLocale } from "../i18n/index.ts";

/** The current UI locale; passed to every API input that has `locale` so labels follow the UI language. */
export function useLocale(): UiLocale {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return isUiLocale(locale) ? locale : defaultLocale;
}
