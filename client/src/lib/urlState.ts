import { capabilityCodeSchema, certificationCodeSchema, countryCodeSchema } from "@cluster-match/shared/schemas/common";
import { clusterSlugSchema } from "@cluster-match/shared/schemas/search-facets";
import { useCallback } from "react";
import { useSearchParams } from "react-router";

export type ParamValue = string | readonly string[] | undefined;

/** What a parameter value must be: a pattern, or the API's schema of the value. */
export type ValueCheck = RegExp | { safeParse(value: unknown): { success: boolean } };

const passes = (check: ValueCheck, value: string) => (check instanceof RegExp ? check.test(value) : check.safeParse(value).success);

/** Reads every value of a repeated parameter that passes the check, without duplicates. */
export function readList(params: URLSearchParams, key: string, check: ValueCheck, max = 20): string[] {
  return [...new Set(params.getAll(key).filter((value) => passes(check, value)))].slice(0, max);
}

/** Reads a single parameter; malformed values are ignored so a mangled link still shows results. */
export function readOne(params: URLSearchParams, key: string, check: ValueCheck): string | undefined {
  const value = params.get(key);
  return value !== null && passes(check, value) ? value : undefined;
}

/** The page from the URL; out of range (above what the API pages to) means page 1. */
export function readPage(params: URLSearchParams, max = 10_000): number {
  const page = Number(params.get("page"));
  return Number.isInteger(page) && page >= 1 && page <= max ? page : 1;
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

/** The values of the usual filter parameters, checked as the API checks them. */
export const patterns = {
  country: countryCodeSchema,
  capability: capabilityCodeSchema,
  certification: certificationCodeSchema,
  slug: clusterSlugSchema,
};
