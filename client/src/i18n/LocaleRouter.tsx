import type { UiLocale } from "@cluster-match/shared/i18n";
import { localizedPath, splitLocalePath } from "@cluster-match/shared/locale-url";
import { createContext, use, useCallback, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from "react";
import { NavigationType, parsePath, Router, createPath, type Location, type Navigator, type To } from "react-router";
import i18n, { defaultLocale } from "./index.ts";
import { chosenLocale, pathWithoutLocale, rememberLocale } from "./localeRouting.ts";

interface SwitchOptions {
  /** Where to go in the new language (a path without language); the current page by default. */
  to?: string;
  /** Keep the choice for later visits (cookie); true for a choice the person made. */
  remember?: boolean;
}

/** Changes the UI language: the catalogue loads, then the page's address moves to the language's prefix. */
export type SwitchLocale = (locale: UiLocale, options?: SwitchOptions) => Promise<void>;

// Outside the app's router (component tests) only the texts change.
const SwitchLocaleContext = createContext<SwitchLocale>(async (locale) => {
  await i18n.changeLanguage(locale);
});

/** The language switch of the app: see LocaleRouter. */
export function useSwitchLocale(): SwitchLocale {
  return use(SwitchLocaleContext);
}

interface HistoryState {
  usr?: unknown;
  key?: string;
}

function currentLocation(): Location {
  const { pathname, search, hash } = window.location;
  const state = window.history.state as HistoryState | null;
  return { pathname, search, hash, state: state?.usr ?? null, key: state?.key ?? "default" };
}

function locationOf(to: To, state: unknown): Location {
  const path = typeof to === "string" ? parsePath(to) : to;
  return {
    pathname: path.pathname ?? window.location.pathname,
    search: path.search ?? "",
    hash: path.hash ?? "",
    state: state ?? null,
    key: Math.random().toString(36).slice(2, 10),
  };
}

/**
 * The app's router: the browser's history, with the page's language as the basename (/bg, /en,
 * /de), so every <Link to="/companies"> and navigate("/x") keeps the language without knowing it.
 *
 * React Router's BrowserRouter takes the basename as a prop and its location from its own state,
 * updated in a transition: changing both for a language switch renders one with the other's old
 * value (an empty page, or a remount that loses what a form held). Here the basename is derived
 * from the location itself, so both change in the same render and the page stays mounted.
 */
export function LocaleRouter({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ action: NavigationType; location: Location }>(() => ({ action: NavigationType.Pop, location: currentLocation() }));

  useLayoutEffect(() => {
    const onPop = () => {
      // An entry from before a language switch opens in the chosen language: a choice wins over the URL.
      const chosen = chosenLocale();
      const { pathname, search, hash } = window.location;
      if (chosen && splitLocalePath(pathname).locale !== chosen) {
        window.history.replaceState(window.history.state, "", `${localizedPath(chosen, pathWithoutLocale(pathname))}${search}${hash}`);
      }
      setState({ action: NavigationType.Pop, location: currentLocation() });
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const navigator = useMemo<Navigator>(() => {
    const go = (action: NavigationType.Push | NavigationType.Replace, to: To, state: unknown) => {
      const location = locationOf(to, state);
      const url = createPath(location);
      const entry: HistoryState = { usr: location.state, key: location.key };
      try {
        if (action === NavigationType.Push) window.history.pushState(entry, "", url);
        else window.history.replaceState(entry, "", url);
      } catch {
        // Too many entries (iOS limits them) or state that cannot be cloned: load the page instead, as BrowserRouter does.
        window.location.assign(url);
        return;
      }
      setState({ action, location });
    };
    return {
      createHref: (to) => (typeof to === "string" ? to : createPath(to)),
      go: (delta) => window.history.go(delta),
      push: (to, state) => go(NavigationType.Push, to, state),
      replace: (to, state) => go(NavigationType.Replace, to, state),
    };
  }, []);

  const locale = splitLocalePath(state.location.pathname).locale ?? defaultLocale;

  // The texts follow the address (back and forward across a switch).
  useEffect(() => {
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
  }, [locale]);

  const switchLocale = useCallback<SwitchLocale>(
    async (next, { to, remember = true } = {}) => {
      await i18n.changeLanguage(next);
      // A catalogue that failed to load keeps the page in its language (i18n/index.ts).
      if (!i18n.hasResourceBundle(next, "translation")) return;
      if (remember) rememberLocale(next);
      const { pathname, search, hash } = window.location;
      const target = to ?? `${pathWithoutLocale(pathname)}${search}${hash}`;
      const keptState = to === undefined ? ((window.history.state as HistoryState | null)?.usr ?? null) : null;
      navigator.replace(localizedPath(next, target), keptState);
    },
    [navigator],
  );

  return (
    <SwitchLocaleContext value={switchLocale}>
      <Router basename={`/${locale}`} location={state.location} navigationType={state.action} navigator={navigator}>
        {children}
      </Router>
    </SwitchLocaleContext>
  );
}
