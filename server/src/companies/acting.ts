import type { CompanyAccess } from "../access/access.repository.ts";
import { recordAudit, type AuditEntry } from "../audit/audit.repository.ts";
import type { Context, SessionUser } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";

/** What the company services need of a procedure's context. */
export type ServiceCtx = Pick<Context, "prisma" | "services" | "logger" | "clock">;
/** A signed-in caller. */
export type UserCtx = ServiceCtx & { user: SessionUser };
/** A caller acting for a company, as the access middleware admitted them. */
export type ActingCtx = UserCtx & { company: CompanyAccess };

export function auditActor(user: SessionUser) {
  return { id: user.id, email: user.email, role: user.role };
}

/** An admin, or a cluster manager acting for one of their cluster's companies: their writes are audited. */
export function actsAsCurator(ctx: { user: SessionUser; company?: CompanyAccess }): boolean {
  return ctx.user.role === "ADMIN" || ctx.company?.role === "CLUSTER_MANAGER" || ctx.company?.role === "ADMIN";
}

/** Records the entry when the caller is a curator; a member's own edits are not audited. */
export async function auditIfCurator(tx: Prisma.TransactionClient, ctx: { user: SessionUser; company?: CompanyAccess }, entry: AuditEntry): Promise<void> {
  if (actsAsCurator(ctx)) await recordAudit(tx, auditActor(ctx.user), entry);
}
