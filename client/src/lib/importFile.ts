import type { BulkImportFormat, BulkImportReport } from "@cluster-match/shared/schemas/bulk-import";

/** The import format a file name suggests, or null when its extension is neither. */
export function formatOfFileName(name: string): BulkImportFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return "CSV";
  if (lower.endsWith(".json") || lower.endsWith(".jsonl")) return "JSON";
  return null;
}

const quote = (value: string) => (/[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A CSV template: the documented columns and one example row (lists separated by ";"). */
export function importTemplateCsv(columns: readonly string[], example: Partial<Record<string, string>>): string {
  return `${columns.join(",")}\r\n${columns.map((c) => quote(example[c] ?? "")).join(",")}\r\n`;
}

/** Commit is offered only for a checked file without any error that would change something. */
export function canCommit(report: BulkImportReport | undefined): boolean {
  if (!report || report.fileErrors.length > 0) return false;
  return report.totals.error === 0 && report.totals.create + report.totals.update > 0;
}
