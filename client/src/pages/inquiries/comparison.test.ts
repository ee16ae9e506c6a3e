import type { InquirySupplierRow } from "@cluster-match/shared/schemas/inquiries";
import { describe, expect, it } from "vitest";
import { compareRows, formatPrice, parsePrice } from "./comparison.ts";

const row = (id: string, state: InquirySupplierRow["state"], quote: { priceMinor: number | null; currency?: string; leadTimeDays: number | null } | null): InquirySupplierRow => ({
  introductionId: id,
  supplier: { id, slug: id, name: id, nameLatin: id, country: "BG", city: "", cityLatin: "", published: true },
  status: "ACCEPTED",
  state,
  declineReason: null,
  quote: quote && { priceMinor: quote.priceMinor, currency: quote.currency ?? "EUR", leadTimeDays: quote.leadTimeDays, validUntil: null, note: "", updatedAt: "" },
  lastMessage: null,
  canWithdraw: true,
});

describe("inquiry comparison", () => {
  const rows = [
    row("waiting", "waiting", null),
    row("dear", "quoted", { priceMinor: 250000, leadTimeDays: 10 }),
    row("cheap", "quoted", { priceMinor: 120000, leadTimeDays: 30 }),
    row("declined", "declined", null),
    row("wordsOnly", "quoted", { priceMinor: null, leadTimeDays: 5 }),
  ];
  const ids = (sort: "none" | "price" | "lead") => [...rows].sort((a, b) => compareRows(a, b, sort)).map((r) => r.introductionId);

  it("sorts by price and by lead time, rows without the value last", () => {
    expect(ids("price")).toEqual(["cheap", "dear", "wordsOnly", "waiting", "declined"]);
    expect(ids("lead")).toEqual(["wordsOnly", "dear", "cheap", "waiting", "declined"]);
    expect(ids("none").slice(-2)).toEqual(["waiting", "declined"]);
  });

  it("reads prices as people type them and formats them per language", () => {
    expect(parsePrice("1 250,50")).toBe(125050);
    expect(parsePrice("1,250.5")).toBe(125050);
    expect(parsePrice("1.250")).toBe(125000);
    expect(parsePrice("980")).toBe(98000);
    expect(parsePrice("12abc")).toBeNull();
    expect(parsePrice("")).toBeNull();
    expect(formatPrice(125050, "EUR", "de")).toBe("1.250,50\u00a0€");
  });
});
