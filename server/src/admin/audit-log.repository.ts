import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

export interface AuditLogFilters {
  q?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  actor?: string | undefined;
  /** Inclusive UTC days (YYYY-MM-DD). */
  from?: string | undefined;
  to?: string | undefined;
}

const auditEntrySelect = {
  id: true,
  createdAt: true,
  actorUserId: true,
  actorEmail: true,
  actorRole: true,
  action: true,
  entityType: true,
  entityId: true,
  summary: true,
  before: true,
  after: true,
} as const satisfies Prisma.AuditLogSelect;

const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);

function whereOf(f: AuditLogFilters): Prisma.AuditLogWhereInput {
  return {
    AND: [
      f.q
        ? { OR: [{ summary: { contains: f.q, mode: "insensitive" } }, { actorEmail: { contains: f.q, mode: "insensitive" } }, { entityId: f.q }] }
        : {},
      f.action ? { action: f.action } : {},
      f.entityType ? { entityType: f.entityType } : {},
      f.actor ? { OR: [{ actorEmail: { contains: f.actor, mode: "insensitive" } }, { actorUserId: f.actor }] } : {},
      f.from ? { createdAt: { gte: new Date(`${f.from}T00:00:00Z`) } } : {},
      f.to ? { createdAt: { lt: dayAfter(f.to) } } : {},
    ],
  };
}

/** Newest first; ties (entries of one transaction) in reverse order of writing. */
export async function findAuditEntries(prisma: PrismaClient, filters: AuditLogFilters, page: { skip: number; take: number }) {
  const where = whereOf(filters);
  const [rows, total] = await Promise.all([
    prisma.auditLog.findMany({ where, select: auditEntrySelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...page }),
    prisma.auditLog.count({ where }),
  ]);
  return { rows, total };
}

export async function findAuditVocabulary(prisma: PrismaClient) {
  const [actions, entityTypes] = await Promise.all([
    prisma.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    prisma.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
  ]);
  return { actions: actions.map((a) => a.action), entityTypes: entityTypes.map((e) => e.entityType) };
}
