import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { adminIds, clusterManagerIdsOfCompany } from "../notifications/notifications.repository.ts";

type Db = Prisma.TransactionClient | PrismaClient;

// EEN's contact points, here: a request to a firm nobody can sign in for goes to the people who can
// reach the firm (its clusters' managers, or the admins when no cluster has a manager), never into
// a void that the sender is told is "sent".

/** Whether anyone can act for the firm (a member of its team). */
export async function firmHasMembers(db: Db, companyId: string): Promise<boolean> {
  return (await db.membership.count({ where: { companyId } })) > 0;
}

/** The users who answer for a firm without members: its clusters' managers, else every admin. */
export async function contactPointUserIds(db: Db, companyId: string): Promise<string[]> {
  const managers = await clusterManagerIdsOfCompany(db, companyId);
  return managers.length > 0 ? managers : adminIds(db);
}

/** The status a new request to this firm starts in: with its team, or with the contact point. */
export async function initialRequestStatus(db: Db, toCompanyId: string): Promise<"PENDING" | "WITH_CONTACT_POINT"> {
  return (await firmHasMembers(db, toCompanyId)) ? "PENDING" : "WITH_CONTACT_POINT";
}

/**
 * Whose requests a manager looks after: null for admins (everything), else the clusters the user
 * manages (none for anyone else). The one scope of the contact point's queue and the managers'
 * all-clusters view.
 */
export async function managerScope(db: Db, user: { id: string; role: string }): Promise<string[] | null> {
  if (user.role === "ADMIN") return null;
  if (user.role !== "CLUSTER_MANAGER") return [];
  const rows = await db.clusterManager.findMany({ where: { userId: user.id }, select: { clusterId: true }, orderBy: { clusterId: "asc" } });
  return rows.map((r) => r.clusterId);
}
