import type { UiLocale } from "@cluster-match/shared/i18n";
import { intlLocale } from "./format.ts";

/** "2026-03" as the locale writes a month ("Mar 2026", "март 2026 г."). */
export function monthLabel(month: string, locale: UiLocale): string {
  const [year, m] = month.split("-").map(Number);
  if (!year || !m) return month;
  return new Intl.DateTimeFormat(intlLocale(locale), { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, m - 1, 1)));
}

/** Chart rows for introductions per month: one row per month, one number per status, and the total. */
export function introductionRows<S extends string>(
  months: { month: string; total: number; byStatus: Record<S, number> }[],
  locale: UiLocale,
): ({ month: string; label: string; total: number } & Record<S, number>)[] {
  return months.map((m) => ({ ...m.byStatus, month: m.month, label: monthLabel(m.month, locale), total: m.total }));
}
