import type { PrismaClient } from "../generated/prisma/client.ts";

/** How the signed-in user may act for a company: as its member, as its cluster's manager, or as admin. */
export type CompanyActorRole = "OWNER" | "EDITOR" | "CLUSTER_MANAGER" | "ADMIN";

export interface CompanyAccess {
  companyId: string;
  role: CompanyActorRole;
}

/** The strongest right the user has over the company, or null (also when the company does not exist). */
export async function findCompanyAccess(
  prisma: PrismaClient,
  user: { id: string; role: string },
  companyId: string,
): Promise<CompanyAccess | null> {
  const company = await prisma.company.findFirst({
    where: { id: companyId, status: { not: "ARCHIVED" } },
    select: {
      id: true,
      memberships: { where: { userId: user.id }, select: { role: true } },
      clusters: { where: { cluster: { managers: { some: { userId: user.id } } } }, select: { clusterId: true } },
    },
  });
  if (!company) return null;
  if (user.role === "ADMIN") return { companyId: company.id, role: "ADMIN" };
  const membership = company.memberships[0];
  if (membership) return { companyId: company.id, role: membership.role };
  if (user.role === "CLUSTER_MANAGER" && company.clusters.length > 0) return { companyId: company.id, role: "CLUSTER_MANAGER" };
  return null;
}

/** Whether the user manages the cluster (admins manage every cluster). */
export async function canManageCluster(prisma: PrismaClient, user: { id: string; role: string }, clusterId: string): Promise<boolean> {
  const cluster = await prisma.cluster.findUnique({
    where: { id: clusterId },
    select: { managers: { where: { userId: user.id }, select: { userId: true } } },
  });
  if (!cluster) return false;
  return user.role === "ADMIN" || (user.role === "CLUSTER_MANAGER" && cluster.managers.length > 0);
}
