import { searchAnalyticsPeriods, type SearchAnalyticsPeriod } from "@cluster-match/shared/schemas/search-analytics";
import { useQuery } from "@tanstack/react-query";
import { useUrlFilters } from "../../lib/urlState.ts";
import { useTRPC } from "../../trpc.ts";

export const defaultAnalyticsPeriod: SearchAnalyticsPeriod = 30;
export { searchAnalyticsPeriods };

/** The period in the query string (`?days=7`), 30 days when absent or not offered. */
function readPeriod(params: URLSearchParams): SearchAnalyticsPeriod {
  const days = Number(params.get("days"));
  return (searchAnalyticsPeriods as readonly number[]).includes(days) ? (days as SearchAnalyticsPeriod) : defaultAnalyticsPeriod;
}

/** What searchers did not find over a period: queries with no or few results, words left unread. */
export function useSearchAnalytics() {
  const trpc = useTRPC();
  const { params, setFilters } = useUrlFilters();
  const days = readPeriod(params);
  const report = useQuery(trpc.searchAnalytics.report.queryOptions({ days }));
  const setDays = (value: SearchAnalyticsPeriod) => setFilters({ days: value === defaultAnalyticsPeriod ? undefined : String(value) });
  return { days, report, setDays };
}

/** The vocabulary page with a word in its form, ready to be given a meaning. */
export function addTermLink(word: string) {
  return { pathname: "/admin/vocabulary", search: `?phrase=${encodeURIComponent(word)}` };
}
