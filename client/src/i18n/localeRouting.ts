import type { UiLocale } from "@cluster-match/shared/i18n";
import {
  chooseLocale,
  chosenLocaleFromCookies,
  firstUiLocale,
  localeCookieMaxAgeSeconds,
  localeCookieName,
  localizedPath,
  splitLocalePath,
} from "@cluster-match/shared/locale-url";

/** The language chosen on this device (language switch, account), if any. */
export function chosenLocale(): UiLocale | null {
  try {
    return chosenLocaleFromCookies(document.cookie);
  } catch {
    // Cookies can be blocked (privacy settings): nothing was chosen then.
    return null;
  }
}

/**
 * Stores an explicit choice for every later visit, read by the server (first page, redirects) and
 * here. SameSite=Lax: a link followed from another site (an e-mail, a search engine) sends it too.
 */
export function rememberLocale(locale: UiLocale): void {
  const secure = window.location.protocol === "https:" ? "; Secure" : "";
  try {
    document.cookie = `${localeCookieName}=${locale}; Path=/; Max-Age=${localeCookieMaxAgeSeconds}; SameSite=Lax${secure}`;
  } catch {
    // Not persisting the choice is acceptable when cookies are blocked; the URL still holds the language.
  }
}

/** The path of the current page without its language ("/de/companies" → "/companies"). */
export function pathWithoutLocale(pathname: string): string {
  const { rest } = splitLocalePath(pathname);
  // The shell served as a file (/index.html) is the front page.
  return rest === "/index.html" ? "/" : rest;
}

/**
 * The language this page starts in, by the same order as the server's (shared/locale-url.ts): the
 * choice on this device, the URL, the browser's languages, Bulgarian.
 */
export function startLocale(): UiLocale {
  const inUrl = splitLocalePath(window.location.pathname).locale;
  return chooseLocale({ chosen: chosenLocale(), inUrl, fromBrowser: firstUiLocale(navigator.languages ?? [navigator.language]) });
}

/**
 * When the address does not say the start language (the Vite dev server, which does not redirect;
 * a choice newer than the link), it is replaced in place, keeping path, query and hash, before the
 * router reads it.
 */
export function showLocaleInUrl(locale: UiLocale): void {
  const { pathname, search, hash } = window.location;
  if (splitLocalePath(pathname).locale === locale) return;
  window.history.replaceState(window.history.state, "", `${localizedPath(locale, pathWithoutLocale(pathname))}${search}${hash}`);
}
