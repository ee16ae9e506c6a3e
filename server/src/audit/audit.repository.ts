import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

export interface AuditActor {
  id: string;
  email: string;
  role: string;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  /** One line a person can search for: names of what was touched. */
  summary: string;
  before?: unknown;
  after?: unknown;
}

const json = (value: unknown) => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));

/** Records an admin's or manager's action; pass the transaction of the change itself. */
export async function recordAudit(db: Prisma.TransactionClient | PrismaClient, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorUserId: actor.id,
      actorEmail: actor.email,
      actorRole: actor.role,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      summary: entry.summary.slice(0, 500),
      ...(entry.before === undefined ? {} : { before: json(entry.before) }),
      ...(entry.after === undefined ? {} : { after: json(entry.after) }),
    },
    select: { id: true },
  });
}
