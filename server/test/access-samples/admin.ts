import type { AccessSamples } from "../access-matrix.ts";
import { addClusterManager, buildUser } from "../builders.ts";

export const adminSamples: AccessSamples = {
  "admin.reviewQueue": () => ({ locale: "en" }),
  "admin.companies": () => ({ pageSize: 5 }),
  "admin.auditLog": () => ({ pageSize: 5 }),
  "admin.auditActions": () => undefined,
  "admin.users": () => ({ pageSize: 5 }),
  "admin.setUserRole": async (f) => ({ userId: (await buildUser(f.prisma)).id, role: "CLUSTER_MANAGER" }),
  "admin.assignClusterManager": async (f) => ({ userId: (await buildUser(f.prisma)).id, clusterId: f.clusterId }),
  "admin.removeClusterManager": async (f) => {
    const user = await buildUser(f.prisma, { role: "CLUSTER_MANAGER" });
    await addClusterManager(f.prisma, user.id, f.clusterId);
    return { userId: user.id, clusterId: f.clusterId };
  },
  "admin.suspendUser": async (f) => ({ userId: (await buildUser(f.prisma)).id, reason: "Matrix check of the rule" }),
  "admin.reinstateUser": async (f) => {
    const user = await buildUser(f.prisma);
    await f.prisma.user.update({ where: { id: user.id }, data: { suspended: true }, select: { id: true } });
    return { userId: user.id };
  },
  // A dry run: the walker checks the rule without merging the fixtures' firms.
  "admin.mergeCompanies": (f) => ({ sourceId: f.otherCompanyId, targetId: f.companyId, dryRun: true }),
  "admin.dashboard": () => ({ locale: "en" }),
};
