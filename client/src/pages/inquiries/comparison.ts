import type { InquirySupplierRow } from "@cluster-match/shared/schemas/inquiries";
import type { UiLocale } from "@cluster-match/shared/i18n";
import { intlLocale } from "../../lib/format.ts";

export type SortKey = "none" | "price" | "lead";

/** How far along a supplier is, for the unsorted order: answers first, then the waiting, then the closed. */
const stateRank: Record<InquirySupplierRow["state"], number> = { quoted: 0, accepted: 1, waiting: 2, withContactPoint: 3, declined: 4, withdrawn: 5 };

/**
 * The comparison's order. By price: quotes in the same currency by amount (currencies grouped by
 * their code, since amounts in different currencies do not compare); by lead time: shortest first.
 * Rows without the value sort after those with it; ties keep the state order.
 */
export function compareRows(a: InquirySupplierRow, b: InquirySupplierRow, sort: SortKey): number {
  const byState = stateRank[a.state] - stateRank[b.state];
  if (sort === "price") {
    const pa = a.quote?.priceMinor ?? null;
    const pb = b.quote?.priceMinor ?? null;
    if (pa === null || pb === null) return pa === pb ? byState : pa === null ? 1 : -1;
    const currency = a.quote!.currency.localeCompare(b.quote!.currency);
    return currency !== 0 ? currency : pa - pb || byState;
  }
  if (sort === "lead") {
    const la = a.quote?.leadTimeDays ?? null;
    const lb = b.quote?.leadTimeDays ?? null;
    if (la === null || lb === null) return la === lb ? byState : la === null ? 1 : -1;
    return la - lb || byState;
  }
  return byState;
}

/** A price kept in minor units, in the reader's number format with its currency. */
export function formatPrice(priceMinor: number, currency: string, locale: UiLocale): string {
  try {
    return new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(priceMinor / 100);
  } catch {
    return `${(priceMinor / 100).toFixed(2)} ${currency}`;
  }
}

/** Reads a typed price ("1 250,50", "1,250.50", "1250") into minor units, or null when it is no price. */
export function parsePrice(text: string): number | null {
  const compact = text.replace(/[\s\u00a0'’]/g, "");
  if (!/^\d[\d.,]*$/.test(compact)) return null;
  // The last separator followed by one or two digits is the decimal mark; every other one groups thousands.
  const match = /^(.*?)(?:[.,](\d{1,2}))?$/.exec(compact)!;
  const whole = match[1]!.replace(/[.,]/g, "");
  if (whole === "" || !/^\d+$/.test(whole)) return null;
  const cents = (match[2] ?? "").padEnd(2, "0");
  const value = Number(whole) * 100 + Number(cents || "0");
  return Number.isSafeInteger(value) && value <= 2_000_000_000 ? value : null;
}
