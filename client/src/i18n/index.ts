import { uiLocales, type UiLocale } from "@cluster-match/shared/i18n";
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { catalogues } from "./catalogues.ts";

export const localeStorageKey = "cm.locale";
export const defaultLocale: UiLocale = "bg";

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === "string" && (uiLocales as readonly string[]).includes(value);
}

function storedLocale(): UiLocale {
  try {
    const stored = localStorage.getItem(localeStorageKey);
    return isUiLocale(stored) ? stored : defaultLocale;
  } catch {
    // Storage can be blocked (privacy settings); the default language still works.
    return defaultLocale;
  }
}

function applyLocale(locale: string): void {
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(localeStorageKey, locale);
  } catch {
    // Not persisting the choice is acceptable when storage is blocked.
  }
}

void i18n.use(initReactI18next).init({
  resources: { bg: { translation: catalogues.bg }, en: { translation: catalogues.en }, de: { translation: catalogues.de } },
  lng: storedLocale(),
  fallbackLng: "en",
  supportedLngs: [...uiLocales],
  // Resources are bundled, so initialise synchronously and render translated text on the first paint.
  initAsync: false,
  // React escapes output already.
  interpolation: { escapeValue: false },
});

applyLocale(i18n.language);
i18n.on("languageChanged", applyLocale);

export default i18n;
