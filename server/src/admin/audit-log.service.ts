import { pageMeta, type auditLogInputSchema } from "@cluster-match/shared";
import type { z } from "zod";
import type { ServiceContext } from "../context.ts";
import { findAuditEntries, findAuditVocabulary } from "./audit-log.repository.ts";

export async function searchAuditLog(ctx: Pick<ServiceContext, "prisma">, input: z.infer<typeof auditLogInputSchema>) {
  const { rows, total } = await findAuditEntries(ctx.prisma, input, { skip: (input.page - 1) * input.pageSize, take: input.pageSize });
  return {
    items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), before: r.before ?? null, after: r.after ?? null })),
    ...pageMeta(total, input.page, input.pageSize),
  };
}

/** The actions and entity types the log holds, for the filters. */
export async function auditVocabulary(ctx: Pick<ServiceContext, "prisma">) {
  return findAuditVocabulary(ctx.prisma);
}
