import { readFileSync } from "node:fs";
import path from "node:path";
import { utcDay } from "@cluster-match/shared";
import { z } from "zod";

/**
 * The day the shared and demo data sets were made for (../shared/data/README.md): their
 * deadlines fall in the year after it. A data set may name another in `dataset.json`.
 */
export const defaultReferenceDay = "2026-12-01";

const datasetInfoSchema = z.object({ referenceDate: z.iso.date().optional() });

const dayMs = 86_400_000;
const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The reference day of the data set in `dir`: `referenceDate` of its dataset.json, else the default. */
export function readReferenceDay(dir: string): string {
  let text: string;
  try {
    text = readFileSync(path.join(dir, "dataset.json"), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return defaultReferenceDay;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${path.join(dir, "dataset.json")} is not valid JSON`);
  }
  const parsed = datasetInfoSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${path.join(dir, "dataset.json")}: referenceDate must be a date YYYY-MM-DD`);
  return parsed.data.referenceDate ?? defaultReferenceDay;
}

/** Whole days from the reference day to the UTC day of `now` (negative before it). */
export function daysSinceReference(referenceDay: string, now: Date): number {
  return Math.round((dayStart(utcDay(now)) - dayStart(referenceDay)) / dayMs);
}

/** The calendar day `days` after `day` (YYYY-MM-DD, UTC). */
export function shiftDay(day: string, days: number): string {
  return new Date(dayStart(day) + days * dayMs).toISOString().slice(0, 10);
}
