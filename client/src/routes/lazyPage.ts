import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/**
 * A page whose code loads when its route is first shown, so a visitor's first page downloads only
 * what it needs. `App.tsx` shows a loading state (one Suspense around all routes) meanwhile.
 *
 *   const TeamPage = lazyPage(() => import("../pages/company-workspace/TeamPage.tsx"), "TeamPage");
 */
export function lazyPage<M extends Record<K, ComponentType<object>>, K extends keyof M & string>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  return lazy(() => load().then((module) => ({ default: module[name] }), reloadOnceForNewBuild));
}

const reloadedKey = "cm.reloadedForMissingChunk";

/**
 * A page chunk that will not load is most often one of the build before a deploy (the server
 * answers 404 for it): reload once to get the current build. A second failure within a minute is
 * not a deploy; it goes to the page's error boundary (App.tsx).
 */
function reloadOnceForNewBuild(error: unknown): never | Promise<never> {
  const last = Number(sessionStorage.getItem(reloadedKey) ?? 0);
  if (Date.now() - last > 60_000) {
    sessionStorage.setItem(reloadedKey, String(Date.now()));
    window.location.reload();
    return new Promise<never>(() => {});
  }
  throw error;
}
