import { randomBytes } from "node:crypto";
import type { SessionUser, UserRole } from "../src/context.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";

const unique = () => randomBytes(4).toString("hex");

/** A verified user straight in the database (no password: for callers that skip HTTP). */
export async function buildUser(
  prisma: PrismaClient,
  options: { role?: UserRole; name?: string; email?: string; locale?: string } = {},
): Promise<SessionUser> {
  const user = await prisma.user.create({
    data: {
      email: options.email ?? `user-${unique()}@example.test`,
      name: options.name ?? "Test User",
      role: options.role ?? "MEMBER",
      locale: options.locale ?? "en",
      emailVerified: true,
    },
    select: { id: true, email: true, name: true, role: true, locale: true },
  });
  return user;
}

export async function addMembership(prisma: PrismaClient, userId: string, companyId: string, role: "OWNER" | "EDITOR" = "OWNER"): Promise<void> {
  await prisma.membership.create({ data: { userId, companyId, role }, select: { id: true } });
}

export async function addClusterManager(prisma: PrismaClient, userId: string, clusterId: string): Promise<void> {
  await prisma.clusterManager.create({ data: { userId, clusterId }, select: { userId: true } });
}

/** A published company of the demo data that belongs to a cluster, with that cluster. */
export async function pickClusterCompany(prisma: PrismaClient, skip = 0): Promise<{ companyId: string; clusterId: string }> {
  const row = await prisma.companyCluster.findFirstOrThrow({
    where: { company: { status: "PUBLISHED" } },
    orderBy: [{ clusterId: "asc" }, { companyId: "asc" }],
    skip,
    select: { companyId: true, clusterId: true },
  });
  return row;
}

export interface Actors {
  visitor: null;
  /** Owner of company `companyId`. */
  owner: SessionUser;
  /** Editor of company `companyId`. */
  editor: SessionUser;
  /** Owner of another company, in another cluster. */
  outsider: SessionUser;
  /** Manager of the cluster `clusterId` that company `companyId` belongs to. */
  manager: SessionUser;
  /** Manager of another cluster. */
  otherManager: SessionUser;
  admin: SessionUser;
  companyId: string;
  clusterId: string;
  otherCompanyId: string;
  otherClusterId: string;
}

/** One of each role around a company of the demo data, for authorization tests. */
export async function buildActors(prisma: PrismaClient): Promise<Actors> {
  const { companyId, clusterId } = await pickClusterCompany(prisma);
  const other = await prisma.companyCluster.findFirstOrThrow({
    where: { clusterId: { not: clusterId }, company: { status: "PUBLISHED", clusters: { none: { clusterId } } } },
    orderBy: { companyId: "asc" },
    select: { companyId: true, clusterId: true },
  });
  const [owner, editor, outsider, manager, otherManager, admin] = await Promise.all([
    buildUser(prisma, { name: "Owner" }),
    buildUser(prisma, { name: "Editor" }),
    buildUser(prisma, { name: "Outsider" }),
    buildUser(prisma, { name: "Manager", role: "CLUSTER_MANAGER" }),
    buildUser(prisma, { name: "Other Manager", role: "CLUSTER_MANAGER" }),
    buildUser(prisma, { name: "Admin", role: "ADMIN" }),
  ]);
  await addMembership(prisma, owner.id, companyId, "OWNER");
  await addMembership(prisma, editor.id, companyId, "EDITOR");
  await addMembership(prisma, outsider.id, other.companyId, "OWNER");
  await addClusterManager(prisma, manager.id, clusterId);
  await addClusterManager(prisma, otherManager.id, other.clusterId);
  return { visitor: null, owner, editor, outsider, manager, otherManager, admin, companyId, clusterId, otherCompanyId: other.companyId, otherClusterId: other.clusterId };
}
