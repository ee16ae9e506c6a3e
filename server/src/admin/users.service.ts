import {
  AppError,
  pageMeta,
  type AdminUser,
  type adminUsersInputSchema,
  type clusterManagerAssignmentInputSchema,
  type reinstateUserInputSchema,
  type setUserRoleInputSchema,
  type suspendUserInputSchema,
} from "@cluster-match/shared";
import type { z } from "zod";
import { auditActor } from "../audit/audit-rule.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import { clusterName } from "../clusters/clusters.service.ts";
import type { ServiceContext, UserContext } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import {
  addManagedCluster,
  deleteSessions,
  findClusterNameEn,
  findAdminUser,
  findAdminUsers,
  removeManagedClusters,
  setRole,
  setSuspended,
  type AdminUserRow,
} from "./users.repository.ts";

function toDto(row: AdminUserRow, locale: string): AdminUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    suspended: row.suspended,
    emailVerified: row.emailVerified,
    createdAt: row.createdAt.toISOString(),
    memberships: row.memberships.map((m) => ({ companyId: m.company.id, companyName: m.company.name, companySlug: m.company.slug, role: m.role })),
    managedClusters: row.managedClusters.map(({ cluster }) => ({ id: cluster.id, name: clusterName(cluster, locale) })),
  };
}

/** What the audit log keeps of a user before and after an admin's change. */
const snapshot = (row: AdminUserRow) => ({
  role: row.role,
  suspended: row.suspended,
  managedClusterIds: row.managedClusters.map((m) => m.cluster.id),
});

export async function listAdminUsers(ctx: Pick<ServiceContext, "prisma">, input: z.infer<typeof adminUsersInputSchema>) {
  const { rows, total } = await findAdminUsers(ctx.prisma, input, { skip: (input.page - 1) * input.pageSize, take: input.pageSize });
  return { items: rows.map((r) => toDto(r, input.locale)), ...pageMeta(total, input.page, input.pageSize) };
}

async function loadUser(tx: Prisma.TransactionClient, userId: string): Promise<AdminUserRow> {
  const row = await findAdminUser(tx, userId);
  if (!row) throw new AppError("NOT_FOUND", "User not found");
  return row;
}

/**
 * Runs one change to a user in a transaction and records it with before/after snapshots. A change
 * that changes nothing (a double submit) writes nothing and records nothing.
 */
async function changeUser(
  ctx: UserContext,
  userId: string,
  locale: string,
  change: (tx: Prisma.TransactionClient, row: AdminUserRow) => Promise<{ action: string; summary: string; extra?: Record<string, unknown> } | null>,
): Promise<AdminUser> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await loadUser(tx, userId);
    const done = await change(tx, before);
    if (!done) return toDto(before, locale);
    const after = await loadUser(tx, userId);
    await recordAudit(tx, auditActor(ctx.user), {
      action: done.action,
      entityType: "user",
      entityId: userId,
      summary: done.summary,
      before: snapshot(before),
      after: { ...snapshot(after), ...done.extra },
    });
    return toDto(after, locale);
  });
}

export function setUserRole(ctx: UserContext, input: z.infer<typeof setUserRoleInputSchema>) {
  if (input.userId === ctx.user.id && input.role !== "ADMIN") throw new AppError("INVALID_STATE", "Admins cannot demote themselves");
  return changeUser(ctx, input.userId, input.locale, async (tx, row) => {
    if (row.role === input.role) return null;
    await setRole(tx, row.id, input.role);
    // A member manages no cluster: assignments would only wait to take effect unseen.
    if (input.role === "MEMBER") await removeManagedClusters(tx, row.id);
    return { action: "user.setRole", summary: `Role of ${row.email}: ${row.role} → ${input.role}` };
  });
}

export function assignClusterManager(ctx: UserContext, input: z.infer<typeof clusterManagerAssignmentInputSchema>) {
  return changeUser(ctx, input.userId, input.locale, async (tx, row) => {
    const cluster = await findClusterNameEn(tx, input.clusterId);
    if (cluster === null) throw new AppError("NOT_FOUND", "Cluster not found");
    const manages = row.managedClusters.some((m) => m.cluster.id === input.clusterId);
    if (manages && row.role !== "MEMBER") return null;
    await addManagedCluster(tx, row.id, input.clusterId);
    if (row.role === "MEMBER") await setRole(tx, row.id, "CLUSTER_MANAGER");
    return { action: "user.assignClusterManager", summary: `${row.email} manages cluster ${cluster}` };
  });
}

export function removeClusterManager(ctx: UserContext, input: z.infer<typeof clusterManagerAssignmentInputSchema>) {
  return changeUser(ctx, input.userId, input.locale, async (tx, row) => {
    const managed = row.managedClusters.find((m) => m.cluster.id === input.clusterId);
    if (!managed) {
      if ((await findClusterNameEn(tx, input.clusterId)) === null) throw new AppError("NOT_FOUND", "Cluster not found");
      return null;
    }
    await removeManagedClusters(tx, row.id, [input.clusterId]);
    // A manager of no cluster is a member again (admins keep their role).
    const last = row.managedClusters.length === 1;
    if (last && row.role === "CLUSTER_MANAGER") await setRole(tx, row.id, "MEMBER");
    return { action: "user.removeClusterManager", summary: `${row.email} no longer manages cluster ${managed.cluster.nameEn}` };
  });
}

export function suspendUser(ctx: UserContext, input: z.infer<typeof suspendUserInputSchema>) {
  if (input.userId === ctx.user.id) throw new AppError("INVALID_STATE", "Admins cannot suspend themselves");
  return changeUser(ctx, input.userId, input.locale, async (tx, row) => {
    if (row.suspended) throw new AppError("INVALID_STATE", "The user is already suspended");
    await setSuspended(tx, row.id, true);
    const sessionsRevoked = await deleteSessions(tx, row.id);
    // The user table has no column for the reason: the audit entry keeps it.
    return { action: "user.suspend", summary: `Suspended ${row.email}: ${input.reason}`, extra: { reason: input.reason, sessionsRevoked } };
  });
}

export function reinstateUser(ctx: UserContext, input: z.infer<typeof reinstateUserInputSchema>) {
  return changeUser(ctx, input.userId, input.locale, async (tx, row) => {
    if (!row.suspended) throw new AppError("INVALID_STATE", "The user is not suspended");
    await setSuspended(tx, row.id, false);
    return { action: "user.reinstate", summary: `Reinstated ${row.email}` };
  });
}
