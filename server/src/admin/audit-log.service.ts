import { pageMeta } from "@cluster-match/shared";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { findAuditEntries, findAuditVocabulary, type AuditLogFilters } from "./audit-log.repository.ts";

export async function searchAuditLog(prisma: PrismaClient, options: AuditLogFilters & { page: number; pageSize: number }) {
  const { rows, total } = await findAuditEntries(prisma, options, { skip: (options.page - 1) * options.pageSize, take: options.pageSize });
  return {
    items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), before: r.before ?? null, after: r.after ?? null })),
    ...pageMeta(total, options.page, options.pageSize),
  };
}

export const auditVocabulary = findAuditVocabulary;
