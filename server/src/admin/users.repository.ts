import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { UserRole } from "../context.ts";

type Db = Prisma.TransactionClient | PrismaClient;

export interface AdminUserFilters {
  q?: string | undefined;
  role?: UserRole | undefined;
  suspended?: boolean | undefined;
}

const adminUserSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  suspended: true,
  emailVerified: true,
  createdAt: true,
  memberships: { select: { role: true, company: { select: { id: true, name: true, slug: true } } }, orderBy: { createdAt: "asc" } },
  managedClusters: { select: { cluster: { select: { id: true, country: true, nameLocal: true, nameEn: true } } }, orderBy: { clusterId: "asc" } },
} as const satisfies Prisma.UserSelect;
export type AdminUserRow = Prisma.UserGetPayload<{ select: typeof adminUserSelect }>;

export async function findAdminUsers(prisma: PrismaClient, f: AdminUserFilters, page: { skip: number; take: number }) {
  const where: Prisma.UserWhereInput = {
    AND: [
      f.q ? { OR: [{ name: { contains: f.q, mode: "insensitive" } }, { email: { contains: f.q, mode: "insensitive" } }, { id: f.q }] } : {},
      f.role ? { role: f.role } : {},
      f.suspended === undefined ? {} : { suspended: f.suspended },
    ],
  };
  const [rows, total] = await Promise.all([
    prisma.user.findMany({ where, select: adminUserSelect, orderBy: [{ email: "asc" }], ...page }),
    prisma.user.count({ where }),
  ]);
  return { rows, total };
}

export async function findAdminUser(db: Db, id: string): Promise<AdminUserRow | null> {
  return db.user.findUnique({ where: { id }, select: adminUserSelect });
}

/** The cluster's English name (for audit summaries), or null when there is no such cluster. */
export async function findClusterNameEn(db: Db, id: string): Promise<string | null> {
  return (await db.cluster.findUnique({ where: { id }, select: { nameEn: true } }))?.nameEn ?? null;
}

export async function setRole(db: Db, id: string, role: UserRole): Promise<void> {
  await db.user.update({ where: { id }, data: { role }, select: { id: true } });
}

export async function setSuspended(db: Db, id: string, suspended: boolean): Promise<void> {
  await db.user.update({ where: { id }, data: { suspended }, select: { id: true } });
}

/** Signs the user out everywhere. */
export async function deleteSessions(db: Db, userId: string): Promise<number> {
  return (await db.session.deleteMany({ where: { userId } })).count;
}

export async function addManagedCluster(db: Db, userId: string, clusterId: string): Promise<void> {
  await db.clusterManager.createMany({ data: [{ userId, clusterId }], skipDuplicates: true });
}

export async function removeManagedClusters(db: Db, userId: string, clusterIds?: string[]): Promise<void> {
  await db.clusterManager.deleteMany({ where: { userId, ...(clusterIds ? { clusterId: { in: clusterIds } } : {}) } });
}
