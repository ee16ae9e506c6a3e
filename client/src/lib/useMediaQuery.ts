import { useSyncExternalStore } from "react";

/**
 * Whether a CSS media query matches, following changes (a rotated phone, a resized window).
 * Without matchMedia (tests without layout) it answers `fallback`.
 */
export function useMediaQuery(query: string, fallback = true): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== "function") return () => {};
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    () => (typeof window.matchMedia === "function" ? window.matchMedia(query).matches : fallback),
    () => fallback,
  );
}

/** Wide enough for the filters, the list and the map side by side (keep in step with search.css). */
export const besideMapQuery = "(min-width: 1100px)";
/** Phones and narrow windows: filters fold away above the list (keep in step with search.css). */
export const narrowQuery = "(max-width: 860px)";
