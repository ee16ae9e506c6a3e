import { readFile } from "node:fs/promises";
import path from "node:path";
import { uiLocales, type UiLocale } from "@cluster-match/shared/i18n";
import { chooseLocale, chosenLocaleFromCookies, localizedPath, splitLocalePath } from "@cluster-match/shared/locale-url";
import type { Request, RequestHandler } from "express";

/** The SPA shell names the current hashed assets: revalidate it on every load. */
const shellCache = "no-cache";

/**
 * The best UI language for the request's Accept-Language, or null when it names none of them.
 * Express's `acceptsLanguages` is the `accepts`/`negotiator` pair (jshttp, maintained with
 * Express): it weighs q-values, matches "de-DE" to "de" and ignores malformed entries, which a
 * hand-written split on commas gets wrong. Without the header it would answer the first language
 * offered, so that case is told apart first.
 */
export function negotiatedLocale(req: Request): UiLocale | null {
  if (!req.headers["accept-language"]) return null;
  const best = req.acceptsLanguages(...uiLocales);
  return typeof best === "string" ? (best as UiLocale) : null;
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/**
 * The built index.html for one page: `<html lang>` in the page's language, and in the head the
 * page's address in every UI language (hreflang alternates, x-default the Bulgarian one) and its
 * canonical address. The query is left out of both: it holds e-mail tokens on some pages, and
 * search and filter permutations are not pages of their own for a search engine.
 */
export function localizedShell(template: string, page: { locale: UiLocale; rest: string; publicUrl: string }): string {
  const base = page.publicUrl.replace(/\/+$/, "");
  const href = (locale: UiLocale) => escapeAttribute(`${base}${localizedPath(locale, page.rest)}`);
  const links = [
    ...uiLocales.map((locale) => `<link rel="alternate" hreflang="${locale}" href="${href(locale)}" />`),
    `<link rel="alternate" hreflang="x-default" href="${href("bg")}" />`,
    `<link rel="canonical" href="${href(page.locale)}" />`,
  ].join("\n    ");
  const withLang = /<html\b[^>]*>/i.test(template) ? template.replace(/<html\b[^>]*>/i, `<html lang="${page.locale}">`) : template;
  return withLang.includes("</head>") ? withLang.replace("</head>", `    ${links}\n  </head>`) : `${links}\n${withLang}`;
}

/**
 * The SPA shell for client-side routes. A path without a language, and a path in another language
 * than the one this device chose (the cm_locale cookie), are redirected (302, path and query kept)
 * to the language chosen by: the cookie, the URL, the browser's Accept-Language, Bulgarian. Links
 * in e-mails already sent and old bookmarks keep working that way.
 */
export function serveLocalizedShell(clientDistDir: string, publicUrl: string): RequestHandler {
  const shell = path.join(clientDistDir, "index.html");
  return async (req, res, next) => {
    const url = req.originalUrl;
    const queryAt = url.indexOf("?");
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    const query = queryAt === -1 ? "" : url.slice(queryAt);
    const { locale: inUrl, rest } = splitLocalePath(pathname);
    const locale = chooseLocale({ chosen: chosenLocaleFromCookies(req.headers.cookie), inUrl, fromBrowser: negotiatedLocale(req) });
    if (locale !== inUrl) {
      res.set({ "Cache-Control": "no-store", Vary: "Accept-Language, Cookie" });
      return void res.redirect(302, `${localizedPath(locale, rest)}${query}`);
    }
    try {
      const template = await readFile(shell, "utf8");
      res.set("Cache-Control", shellCache);
      res.type("html").send(localizedShell(template, { locale, rest, publicUrl }));
    } catch (error) {
      next(error);
    }
  };
}
