import { uiLocales, type UiLocale } from "@cluster-match/shared/i18n";
import { defaultUiLocale, isUiLocale } from "@cluster-match/shared/locale-url";
import i18n, { type BackendModule, type ResourceKey } from "i18next";
import { initReactI18next } from "react-i18next";
import { startLocale } from "./localeRouting.ts";

export const defaultLocale: UiLocale = defaultUiLocale;
export { isUiLocale };

// The page's language is in its URL (/bg/…, /en/…, /de/…; localeRouting.ts, LocaleRouter.tsx);
// the document says it too, for screen readers and the browser's translation offer.
function applyLocale(locale: string): void {
  document.documentElement.lang = locale;
}

// The catalogues of catalogues.ts, one per language: the core file and one file per area, whose
// top-level keys never overlap. The default language (bg: import.meta.glob takes literal patterns
// only) is bundled, so a first visit renders translated text synchronously on the first paint. The
// other languages load when chosen (a small chunk per file, about 21 kB gzip per language), and
// i18next switches once they are there.
type CatalogueFile = Record<string, ResourceKey>;
const bundledFiles = import.meta.glob<CatalogueFile>(["./bg.json", "./*/bg.json"], { eager: true, import: "default" });
const lazyFiles = import.meta.glob<CatalogueFile>(["./*.json", "./*/*.json", "!./bg.json", "!./*/bg.json"], { import: "default" });
const merge = (parts: CatalogueFile[]): CatalogueFile => Object.assign({}, ...parts);

async function loadCatalogue(locale: string): Promise<CatalogueFile> {
  const loaders = Object.entries(lazyFiles).filter(([file]) => file.endsWith(`/${locale}.json`));
  if (loaders.length === 0) throw new Error(`no UI catalogue for ${locale}`);
  return merge(await Promise.all(loaders.map(([, load]) => load())));
}

const lazyCatalogues: BackendModule = {
  type: "backend",
  callbackApi: true,
  init() {},
  read(language, _namespace, callback) {
    loadCatalogue(language).then(
      (catalogue) => callback(null, catalogue),
      (error: unknown) => callback(error instanceof Error ? error : String(error), null),
    );
  },
};

/** Resolves once the start language's catalogue is there (at once for the default language). */
export const i18nReady = i18n
  .use(initReactI18next)
  .use(lazyCatalogues)
  .init({
    resources: { [defaultLocale]: { translation: merge(Object.values(bundledFiles)) } },
    partialBundledLanguages: true,
    lng: startLocale(),
    // Every catalogue has every key (catalogues.test.ts); the bundled default language is what shows
    // if another language's files fail to load (found in an outside walkthrough: raw keys otherwise).
    fallbackLng: defaultLocale,
    supportedLngs: [...uiLocales],
    // With the default language bundled, initialise synchronously and render translated text on the first paint.
    initAsync: false,
    // React escapes output already.
    interpolation: { escapeValue: false },
  })
  .then(() => undefined);

// A language whose files failed to load (offline, a deploy in between) is not kept: the page goes
// back to the last language it could show.
let lastShown: string = defaultLocale;
function onLanguageChanged(locale: string): void {
  if (i18n.hasResourceBundle(locale, "translation")) lastShown = locale;
  applyLocale(locale);
}
onLanguageChanged(i18n.language);
i18n.on("languageChanged", onLanguageChanged);
i18n.on("loaded", () => onLanguageChanged(i18n.language));
i18n.on("failedLoading", (locale: string) => {
  setTimeout(() => {
    if (i18n.language === locale && !i18n.hasResourceBundle(locale, "translation")) void i18n.changeLanguage(lastShown);
  });
});

export default i18n;
