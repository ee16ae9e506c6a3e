import { uiLocales, type UiLocale } from "./i18n.ts";

/**
 * Every page lives under its UI language: /bg/companies, /en/companies, /de/companies. The server
 * (SPA shell, redirects, hreflang) and the client (router basename, language switch) share these
 * rules, so a link and a redirect always agree.
 */

/** Default language: the cluster is Bulgarian. */
export const defaultUiLocale: UiLocale = "bg";

/** The cookie that holds a language chosen on this device (the language switch, the account). */
export const localeCookieName = "cm_locale";

/** A year: the choice outlives sessions, like the language of any site one returns to. */
export const localeCookieMaxAgeSeconds = 365 * 24 * 60 * 60;

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === "string" && (uiLocales as readonly string[]).includes(value);
}

/**
 * Splits a path into its language prefix and the rest: "/de/companies/x" → de + "/companies/x",
 * "/de" and "/de/" → de + "/", "/companies" → no language + "/companies". Only the exact lower-case
 * codes count, so "/design" or "/EN/x" is a path without a language.
 */
export function splitLocalePath(pathname: string): { locale: UiLocale | null; rest: string } {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  if (match && isUiLocale(match[1])) return { locale: match[1], rest: match[2] ?? "/" };
  return { locale: null, rest: pathname.startsWith("/") ? pathname : `/${pathname}` };
}

/** The path of `rest` (a path without language) in `locale`: "/companies" → "/de/companies", "/" → "/de/". */
export function localizedPath(locale: UiLocale, rest: string): string {
  return `/${locale}${rest.startsWith("/") ? rest : `/${rest}`}`;
}

/**
 * The language to show, in this order: a choice made on this device, the language in the URL, the
 * best of the browser's languages, Bulgarian. A choice wins over the URL, so a German reader who
 * chose German and opens a shared /en/ link reads it in German.
 */
export function chooseLocale(sources: { chosen?: string | null | undefined; inUrl?: string | null | undefined; fromBrowser?: string | null | undefined }): UiLocale {
  for (const candidate of [sources.chosen, sources.inUrl, sources.fromBrowser]) {
    if (isUiLocale(candidate)) return candidate;
  }
  return defaultUiLocale;
}

/**
 * The best UI language for a browser's preferred languages, already in order of preference
 * (`navigator.languages`, e.g. ["de-AT", "de", "en"]): the first whose primary subtag is a UI
 * language. The server negotiates from the Accept-Language header instead (with q-values).
 */
export function firstUiLocale(preferred: readonly string[]): UiLocale | null {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split("-")[0];
    if (isUiLocale(primary)) return primary;
  }
  return null;
}

/** The value of the language cookie in a Cookie header (or `document.cookie`), when it is a UI language. */
export function chosenLocaleFromCookies(cookieHeader: string | null | undefined): UiLocale | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [name, value] = part.split("=", 2).map((s) => s.trim());
    if (name === localeCookieName && isUiLocale(value)) return value;
  }
  return null;
}

/**
 * An absolute link to a page of the app in `locale` (e-mails: the recipient's language), keeping
 * query and hash: "https://x/workspace?a=1" → "https://x/de/workspace?a=1". A link that names a
 * language already, or that cannot be read as a URL, is left as it is.
 */
export function localizedUrl(url: string, locale: UiLocale): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (splitLocalePath(parsed.pathname).locale) return url;
  parsed.pathname = localizedPath(locale, parsed.pathname);
  return parsed.toString();
}
