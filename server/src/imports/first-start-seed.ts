import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureAdmin } from "../auth/bootstrap-admin.ts";
import type { AppServices, ServiceContext } from "../context.ts";
import { claimSeedRun, findSeedRun, finishSeedRun, hasAnyCompany } from "./import.repository.ts";
import { formatImportReport, importDataset, type ImportReport } from "./import.service.ts";

export interface FirstStartSeedInput {
  /** The data set to import. */
  dir: string;
  /** The import's now (publication time, and the day the data set's dates are placed relative to). */
  now: Date;
  /** A last step before the seed counts as done (the demo administrator); must be safe to run again. */
  afterImport?: () => Promise<void>;
}

/**
 * Imports the demo data on the first start, and finishes it on a later start when the process
 * died in the middle (kill -9, power loss). A JobRun record is claimed before anything is
 * imported and marked finished after the last step, so a start that finds it unfinished runs
 * the seed again: the import is keyed by external ids, so that completes what is missing and
 * leaves the rest unchanged. A database that holds companies but no such record was filled
 * another way (`pnpm import-data`, real use) and is never seeded.
 *
 * Returns the import report when it imported, null when there was nothing to do.
 */
export async function seedOnFirstStart(ctx: Pick<ServiceContext, "prisma" | "logger">, input: FirstStartSeedInput): Promise<ImportReport | null> {
  const { prisma, logger } = ctx;
  const { dir, now } = input;
  const run = await findSeedRun(prisma);
  if (run?.finishedAt) return null;
  if (run) {
    logger.warn({ dir, startedAt: run.startedAt }, "the first-start demo import did not finish: completing it");
  } else {
    if (await hasAnyCompany(prisma)) return null;
    // Another instance that starts at the same moment seeds instead.
    if (!(await claimSeedRun(prisma, now))) return null;
    logger.info({ dir }, "empty database: importing demo data");
  }
  const report = await importDataset(ctx, { dir, now });
  logger.info(formatImportReport(report));
  await input.afterImport?.();
  const counts = Object.fromEntries(report.entities.map((e) => [e.entity, { imported: e.imported, updated: e.updated, rejected: e.rejected.length }]));
  await finishSeedRun(prisma, now, { dir, ...counts });
  return report;
}

export const demoAdminEmail = "admin@demo.cluster-match.local";

function passwordIn(file: string): string | null {
  try {
    return /^password: (\S+)$/m.exec(readFileSync(file, "utf8"))?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * A demo installation needs someone to try the admin console with: an administrator with a
 * generated password, written to DATA_DIR/demo-admin.txt (readable by the owner only). The file
 * is written before the account is made and its password reused when present, so a seed that
 * is completed after a crash ends with an account whose password is the one in the file.
 */
export async function ensureDemoAdmin(
  ctx: Pick<ServiceContext, "prisma" | "logger"> & { services: Pick<AppServices, "auth"> },
  input: { dataDir: string },
): Promise<void> {
  const { prisma, logger } = ctx;
  const { dataDir } = input;
  const file = path.join(dataDir, "demo-admin.txt");
  let password = passwordIn(file);
  if (!password) {
    password = randomBytes(12).toString("base64url");
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `e-mail: ${demoAdminEmail}\npassword: ${password}\n`, { mode: 0o600 });
  }
  await ensureAdmin(prisma, ctx.services.auth, { email: demoAdminEmail, password, name: "Demo administrator" }, logger);
  logger.warn({ email: demoAdminEmail, file }, "demo administrator ready; its password is in the file");
}
