import {
  adminCompaniesInputSchema,
  adminCompaniesOutputSchema,
  adminUserSchema,
  adminUsersInputSchema,
  adminUsersOutputSchema,
  auditActionsOutputSchema,
  auditLogInputSchema,
  auditLogOutputSchema,
  clusterManagerAssignmentInputSchema,
  dashboardInputSchema,
  dashboardOutputSchema,
  mergeCompaniesInputSchema,
  mergeCompaniesOutputSchema,
  reinstateUserInputSchema,
  reviewQueueInputSchema,
  reviewQueueOutputSchema,
  setUserRoleInputSchema,
  suspendUserInputSchema,
} from "@cluster-match/shared";
import { adminProcedure, router } from "../trpc.ts";
import { auditVocabulary, searchAuditLog } from "./audit-log.service.ts";
import { listAdminCompanies } from "./companies.service.ts";
import { getDashboard } from "./dashboard.service.ts";
import { mergeCompanies } from "./merge.service.ts";
import { getReviewQueue } from "./queue.service.ts";
import * as users from "./users.service.ts";

/** The technology centre's console: review queue, every firm, users, audit log, merges, dashboard. */
export const adminRouter = router({
  reviewQueue: adminProcedure
    .input(reviewQueueInputSchema)
    .output(reviewQueueOutputSchema)
    .query(({ ctx, input }) => getReviewQueue(ctx, input)),
  companies: adminProcedure
    .input(adminCompaniesInputSchema)
    .output(adminCompaniesOutputSchema)
    .query(({ ctx, input }) => listAdminCompanies(ctx, input)),
  auditLog: adminProcedure
    .input(auditLogInputSchema)
    .output(auditLogOutputSchema)
    .query(({ ctx, input }) => searchAuditLog(ctx, input)),
  auditActions: adminProcedure.output(auditActionsOutputSchema).query(({ ctx }) => auditVocabulary(ctx)),
  users: adminProcedure
    .input(adminUsersInputSchema)
    .output(adminUsersOutputSchema)
    .query(({ ctx, input }) => users.listAdminUsers(ctx, input)),
  setUserRole: adminProcedure
    .input(setUserRoleInputSchema)
    .output(adminUserSchema)
    .mutation(({ ctx, input }) => users.setUserRole(ctx, input)),
  assignClusterManager: adminProcedure
    .input(clusterManagerAssignmentInputSchema)
    .output(adminUserSchema)
    .mutation(({ ctx, input }) => users.assignClusterManager(ctx, input)),
  removeClusterManager: adminProcedure
    .input(clusterManagerAssignmentInputSchema)
    .output(adminUserSchema)
    .mutation(({ ctx, input }) => users.removeClusterManager(ctx, input)),
  suspendUser: adminProcedure
    .input(suspendUserInputSchema)
    .output(adminUserSchema)
    .mutation(({ ctx, input }) => users.suspendUser(ctx, input)),
  reinstateUser: adminProcedure
    .input(reinstateUserInputSchema)
    .output(adminUserSchema)
    .mutation(({ ctx, input }) => users.reinstateUser(ctx, input)),
  mergeCompanies: adminProcedure
    .input(mergeCompaniesInputSchema)
    .output(mergeCompaniesOutputSchema)
    .mutation(({ ctx, input }) => mergeCompanies(ctx, input)),
  dashboard: adminProcedure
    .input(dashboardInputSchema)
    .output(dashboardOutputSchema)
    .query(({ ctx, input }) => getDashboard(ctx, input)),
});
