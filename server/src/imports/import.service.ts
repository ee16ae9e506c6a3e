import { existsSync } from "node:fs";
import path from "node:path";
import { systemClock } from "../clock.ts";
import { repoRoot } from "../config.ts";
import type { ServiceContext } from "../context.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { companyImporter } from "./companies.importer.ts";
import { findKnownCodeRows } from "./import.repository.ts";
import { daysSinceReference, readReferenceDay } from "./dataset-dates.ts";
import { runImport, type EntityImporter, type EntityReport } from "./import-runner.ts";
import { opportunityImporter } from "./opportunities.importer.ts";
import { readSource } from "./source-files.ts";
import {
  certificationImporter,
  clusterImporter,
  materialImporter,
  taxonomyImporter,
  type KnownCodes,
} from "./vocabulary.importers.ts";

/** The small demo data set committed in the repository. */
export const demoDataDir = path.join(repoRoot, "demo-data");

/** ../shared/data beside the repository when present (the team's full data set), else the demo set. */
export function defaultDataDir(): string {
  const teamData = path.resolve(repoRoot, "..", "shared", "data");
  return existsSync(path.join(teamData, "companies.jsonl")) ? teamData : demoDataDir;
}

export interface ImportReport {
  dir: string;
  entities: EntityReport[];
  missingFiles: string[];
  /** Days every date of the data set was moved by, and from which reference day (null with keepDates). */
  dateShift: { days: number; referenceDay: string } | null;
}

export interface ImportInput {
  /** The data set directory. */
  dir: string;
  /** The import's "now": publication time of new records, and the day dates are placed relative to. */
  now?: Date;
  /** Keep the data set's absolute dates instead of moving them by (import day − reference day). */
  keepDates?: boolean;
}

async function loadKnownCodes(prisma: PrismaClient): Promise<KnownCodes> {
  const { terms, materials, certifications, clusters } = await findKnownCodeRows(prisma);
  return {
    capabilities: new Set(terms.map((t) => t.code)),
    materials: new Set(materials.map((m) => m.code)),
    certifications: new Set(certifications.map((c) => c.code)),
    clusters: new Map(clusters.map((c) => [c.externalId!, c.id])),
  };
}

/**
 * Imports a data set directory (formats of ../shared/data/README.md) in dependency order.
 * Idempotent: external ids are the keys, unchanged records are not written. The data set's dates
 * are made for its reference day; they are moved by whole days so that they lie as far from the
 * import day as from that day (the set looks the same whenever it is imported), unless keepDates.
 * A re-run on the same day therefore changes nothing; on a later day it moves the deadlines on.
 */
export async function importDataset(ctx: Pick<ServiceContext, "prisma">, input: ImportInput): Promise<ImportReport> {
  const { prisma } = ctx;
  const { dir, keepDates } = input;
  const now = input.now ?? systemClock.now();
  const referenceDay = readReferenceDay(dir);
  const shiftDays = keepDates ? 0 : daysSinceReference(referenceDay, now);
  const known = await loadKnownCodes(prisma);
  const companyIds = new Map<string, string>();
  const steps: [string, EntityImporter<never, unknown>][] = [
    ["taxonomy.json", taxonomyImporter(prisma, known)],
    ["materials.json", materialImporter(prisma, known)],
    ["certifications.json", certificationImporter(prisma, known)],
    ["clusters.json", clusterImporter(prisma, known)],
    ["companies.jsonl", companyImporter(prisma, known, companyIds, now)],
    ["opportunities.jsonl", opportunityImporter(prisma, known, companyIds, { now, shiftDays })],
  ] as never;
  const report: ImportReport = { dir, entities: [], missingFiles: [], dateShift: keepDates ? null : { days: shiftDays, referenceDay } };
  for (const [file, importer] of steps) {
    const source = readSource(dir, file);
    if (!source) {
      report.missingFiles.push(file);
      continue;
    }
    report.entities.push(await runImport(importer, source));
  }
  return report;
}

export function formatImportReport(report: ImportReport): string {
  const lines = [`Import from ${report.dir}`];
  lines.push(
    report.dateShift
      ? `Dates moved by ${report.dateShift.days} days (made for ${report.dateShift.referenceDay}, placed relative to the import day)`
      : "Dates kept as in the files",
  );
  lines.push("entity          imported  updated  unchanged  rejected");
  for (const e of report.entities) {
    lines.push(
      `${e.entity.padEnd(15)} ${String(e.imported).padStart(8)} ${String(e.updated).padStart(8)} ${String(e.unchanged).padStart(10)} ${String(e.rejected.length).padStart(9)}`,
    );
  }
  for (const file of report.missingFiles) lines.push(`(no ${file} in this folder: skipped)`);
  const rejected = report.entities.flatMap((e) => e.rejected);
  if (rejected.length > 0) {
    lines.push("", "Rejected records:");
    for (const r of rejected) lines.push(`  ${r.location}  ${r.reason}`);
  }
  return lines.join("\n");
}
