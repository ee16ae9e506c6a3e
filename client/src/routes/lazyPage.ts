import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/**
 * A page whose code loads when its route is first shown, so a visitor's first page downloads only
 * what it needs. `App.tsx` shows a loading state (one Suspense around all routes) meanwhile.
 *
 *   const TeamPage = lazyPage(() => import("../pages/company-workspace/TeamPage.tsx"), "TeamPage");
 */
export function lazyPage<M extends Record<K, ComponentType<object>>, K extends keyof M & string>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
