import type { CompanyAccess } from "../access/access.repository.ts";
import { recordAudit, type AuditActor, type AuditEntry } from "./audit.repository.ts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

/** Who acts: the signed-in user and, when acting for a company, the right they hold over it. */
export interface AuditedActor {
  user: AuditActor;
  company?: CompanyAccess;
}

/**
 * The one audit rule: admins, and cluster managers acting for a company of their cluster,
 * answer for what they change. A member's own edits are not audited.
 */
export function actsWithAuthority(ctx: AuditedActor): boolean {
  return ctx.user.role === "ADMIN" || ctx.company?.role === "CLUSTER_MANAGER" || ctx.company?.role === "ADMIN";
}

/** Records the entry, in the change's own transaction, when the caller acts with authority. */
export async function auditIfAuthority(db: Prisma.TransactionClient | PrismaClient, ctx: AuditedActor, entry: AuditEntry): Promise<void> {
  if (actsWithAuthority(ctx)) await recordAudit(db, auditActor(ctx.user), entry);
}

/** The audit log's view of a user (never more than these three fields). */
export function auditActor(user: AuditActor): AuditActor {
  return { id: user.id, email: user.email, role: user.role };
}
