import { useCallback } from "react";
import { useSearchParams } from "react-router";

export type ParamValue = string | readonly string[] | undefined;

/** Reads every value of a repeated parameter that matches the pattern, without duplicates. */
export function readList(params: URLSearchParams, key: string, pattern: RegExp, max = 20): string[] {
  return [...new Set(params.getAll(key).filter((value) => pattern.test(value)))].slice(0, max);
}

/** Reads a single parameter; malformed values are ignored so a mangled link still shows results. */
export function readOne(params: URLSearchParams, key: string, pattern: RegExp): string | undefined {
  const value = params.get(key);
  return value !== null && pattern.test(value) ? value : undefined;
}

export function readPage(params: URLSearchParams): number {
  const page = Number(params.get("page"));
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

/**
 * Filter and page state kept in the query string, so the back button and shared links work.
 * Changing a filter drops the page (back to page 1); page 1 is never written to keep URLs short.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();

  const setFilters = useCallback(
    (changes: Record<string, ParamValue>) => {
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          next.delete(key);
          for (const item of typeof value === "string" ? [value] : (value ?? [])) {
            if (item) next.append(key, item);
          }
        }
        next.delete("page");
        return next;
      });
    },
    [setParams],
  );

  const setPage = useCallback(
    (page: number) => {
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        if (page > 1) next.set("page", String(page));
        else next.delete("page");
        return next;
      });
      window.scrollTo({ top: 0 });
    },
    [setParams],
  );

  const clearFilters = useCallback(() => setParams(new URLSearchParams()), [setParams]);

  return { params, setFilters, setPage, clearFilters };
}

export const patterns = {
  country: /^[A-Z]{2}$/,
  capability: /^[A-Z]+(\.[A-Z0-9_]+)?$/,
  certification: /^[A-Z0-9_]+$/,
  slug: /^[a-z0-9-]{1,100}$/,
};
