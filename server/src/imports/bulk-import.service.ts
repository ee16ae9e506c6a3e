import {
  AppError,
  bulkImportMaxBytes,
  bulkImportMaxRows,
  slugify,
  type BulkImportHistory,
  type bulkImportHistoryInputSchema,
  type BulkImportInput,
  type BulkImportReport,
} from "@cluster-match/shared";
import type { z } from "zod";
import { auditActor } from "../audit/audit-rule.ts";
import { recordAudit, type AuditActor } from "../audit/audit.repository.ts";
import type { ClusterContext } from "../context.ts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { parseImportFile, type ParsedFile } from "./bulk-import.parse.ts";
import {
  createImportBatch,
  findClusterNames,
  findImportBatches,
  insertImportedCompanies,
  isUniqueViolation,
  loadBulkContext,
  loadCompanySlugsStartingWith,
  updateImportedCompany,
} from "./bulk-import.repository.ts";
import { canonicalRegistryId, planRows, totalsOf, type PlannedRow } from "./bulk-import.validate.ts";

type Db = Prisma.TransactionClient | PrismaClient;

/** A large file is written in one transaction; allow it time (PGlite runs every statement in turn). */
const commitTimeoutMs = 5 * 60_000;

/** Refuses what cannot be read at all, then reads the file into numbered rows. */
function readFile(input: BulkImportInput): ParsedFile {
  if (Buffer.byteLength(input.content, "utf8") > bulkImportMaxBytes) {
    throw new AppError("FILE_TOO_LARGE", "The file is larger than 2 MB", { maxBytes: bulkImportMaxBytes });
  }
  const parsed = parseImportFile(input.format, input.content);
  if (parsed.rows.length > bulkImportMaxRows) {
    throw new AppError("FILE_TOO_LARGE", `The file has more than ${bulkImportMaxRows} rows`, { maxRows: bulkImportMaxRows });
  }
  if (parsed.rows.length === 0 && parsed.fileErrors.length === 0) parsed.fileErrors.push("the file holds no rows");
  return parsed;
}

async function plan(db: Db, input: BulkImportInput, parsed: ParsedFile): Promise<PlannedRow[]> {
  const registryIds = parsed.rows.flatMap(({ value }) =>
    typeof value?.registryId === "string" ? [canonicalRegistryId(value.country, value.registryId)] : [],
  );
  const externalIds = parsed.rows.flatMap(({ value }) => (typeof value?.externalId === "string" ? [value.externalId.trim()] : []));
  const cities = parsed.rows.flatMap(({ value }) => [value?.cityLatin, value?.city].filter((c): c is string => typeof c === "string"));
  const context = await loadBulkContext(db, input.clusterId, registryIds, externalIds, cities);
  return planRows(input.format, parsed.rows, context);
}

function reportOf(input: BulkImportInput, parsed: ParsedFile, planned: PlannedRow[], batch: { id: string; dryRun: boolean; committed: boolean }): BulkImportReport {
  return {
    batchId: batch.id,
    fileName: input.fileName,
    format: input.format,
    dryRun: batch.dryRun,
    committed: batch.committed,
    fileErrors: parsed.fileErrors,
    ignoredColumns: parsed.ignoredColumns,
    rows: planned.map((p) => p.report),
    totals: totalsOf(planned),
  };
}

function batchData(input: BulkImportInput, actor: AuditActor, report: Omit<BulkImportReport, "batchId">) {
  return {
    clusterId: input.clusterId,
    userId: actor.id,
    fileName: input.fileName,
    format: input.format,
    dryRun: report.dryRun,
    committed: report.committed,
    rowCount: report.totals.rows,
    createdCount: report.totals.create,
    updatedCount: report.totals.update,
    errorCount: report.totals.error,
    report: { fileErrors: report.fileErrors, ignoredColumns: report.ignoredColumns, totals: report.totals, rows: report.rows },
  };
}

/** Checks a file and says what a commit would do with every row; writes only the ImportBatch record of the check. */
export async function previewImport(ctx: ClusterContext, input: BulkImportInput): Promise<BulkImportReport> {
  const parsed = readFile(input);
  const planned = await plan(ctx.prisma, input, parsed);
  const report = reportOf(input, parsed, planned, { id: "", dryRun: true, committed: false });
  const batchId = await createImportBatch(ctx.prisma, batchData(input, ctx.user, report));
  return { ...report, batchId };
}

/** Unique slugs for new firms: from the Latin name, numbered when taken (in the database or earlier in the file). */
async function slugsFor(db: Db, names: string[]): Promise<string[]> {
  const bases = names.map((name) => slugify(name) || "company");
  const taken = await loadCompanySlugsStartingWith(db, [...new Set(bases)]);
  return bases.map((base) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

/**
 * Imports a file all-or-nothing: it is checked again inside the transaction that writes it, and
 * if any row (or the file) has an error nothing is written but the ImportBatch record of the
 * refusal. A file committed again changes nothing (its rows are unchanged).
 */
export async function commitImport(ctx: ClusterContext, input: BulkImportInput): Promise<BulkImportReport> {
  const actor = auditActor(ctx.user);
  const now = ctx.clock.now();
  const parsed = readFile(input);
  let outcome: { report: BulkImportReport } | { refused: PlannedRow[] };
  try {
    outcome = await ctx.prisma.$transaction(
      async (tx) => {
        const planned = await plan(tx, input, parsed);
        if (parsed.fileErrors.length > 0 || planned.some((p) => p.report.action === "error")) return { refused: planned };
        return { report: await writePlan(tx, actor, input, parsed, planned, now) };
      },
      { timeout: commitTimeoutMs, maxWait: 30_000 },
    );
  } catch (error) {
    // Another commit wrote the same firms in the meantime; this one wrote nothing.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "Another import changed these firms at the same time; check the file again");
    throw error;
  }
  if ("report" in outcome) return outcome.report;
  const report = reportOf(input, parsed, outcome.refused, { id: "", dryRun: false, committed: false });
  const batchId = await createImportBatch(ctx.prisma, batchData(input, actor, report));
  return { ...report, batchId };
}

async function writePlan(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  input: BulkImportInput,
  parsed: ParsedFile,
  planned: PlannedRow[],
  now: Date,
): Promise<BulkImportReport> {
  const creates = planned.filter((p) => p.write?.kind === "create");
  const updates = planned.filter((p) => p.write?.kind === "update");
  const slugs = await slugsFor(tx, creates.map((p) => p.write!.fields.nameLatin));
  const ids = await insertImportedCompanies(
    tx,
    input.format,
    input.clusterId,
    creates.map((p, i) => ({ fields: p.write!.fields, externalId: p.write!.externalId, slug: slugs[i]! })),
    now,
  );
  for (const p of creates) p.report.companyId = ids.get(p.write!.fields.registryId) ?? null;
  for (const p of updates) {
    const { companyId, fields, newExternalId } = p.write!;
    await updateImportedCompany(tx, input.format, companyId!, fields, newExternalId ?? null);
  }

  const report = reportOf(input, parsed, planned, { id: "", dryRun: false, committed: true });
  const batchId = await createImportBatch(tx, batchData(input, actor, report));
  // A file that changes nothing (committed again) leaves only its batch record.
  if (creates.length + updates.length === 0) return { ...report, batchId };
  const cluster = await findClusterNames(tx, input.clusterId);
  for (const p of [...creates, ...updates]) {
    const { kind, state, before } = p.write!;
    await recordAudit(tx, actor, {
      action: kind === "create" ? "company.import.create" : "company.import.update",
      entityType: "company",
      entityId: p.report.companyId!,
      summary: `${kind === "create" ? "Imported" : "Updated by import"} «${state.name}» (${state.registryId}) from ${input.fileName}`,
      ...(before ? { before } : {}),
      after: state,
    });
  }
  const { totals } = report;
  await recordAudit(tx, actor, {
    action: "import.commit",
    entityType: "importBatch",
    entityId: batchId,
    summary: `Bulk import ${input.fileName} into ${cluster?.nameEn ?? input.clusterId}: ${totals.create} created, ${totals.update} updated, ${totals.unchanged} unchanged`,
    after: { fileName: input.fileName, format: input.format, clusterId: input.clusterId, totals },
  });
  return { ...report, batchId };
}

export async function importHistory(ctx: ClusterContext, input: z.infer<typeof bulkImportHistoryInputSchema>): Promise<BulkImportHistory> {
  const rows = await findImportBatches(ctx.prisma, input.clusterId, 50);
  return rows.map((r) => ({
    id: r.id,
    fileName: r.fileName,
    format: r.format,
    dryRun: r.dryRun,
    committed: r.committed,
    rowCount: r.rowCount,
    createdCount: r.createdCount,
    updatedCount: r.updatedCount,
    errorCount: r.errorCount,
    createdAt: r.createdAt.toISOString(),
    userName: r.user?.name ?? null,
  }));
}
