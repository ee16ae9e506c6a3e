import { bulkImportHistoryInputSchema, bulkImportHistoryOutputSchema, bulkImportInputSchema, bulkImportReportSchema } from "@cluster-match/shared";
import { clusterManagerProcedure, router } from "../trpc.ts";
import { commitImport, importHistory, previewImport } from "./bulk-import.service.ts";

/** Bulk import of a partner cluster's members, by its managers (and admins). */
export const importsRouter = router({
  preview: clusterManagerProcedure
    .input(bulkImportInputSchema)
    .output(bulkImportReportSchema)
    .mutation(({ ctx, input }) => previewImport(ctx, input)),
  commit: clusterManagerProcedure
    .input(bulkImportInputSchema)
    .output(bulkImportReportSchema)
    .mutation(({ ctx, input }) => commitImport(ctx, input)),
  history: clusterManagerProcedure
    .input(bulkImportHistoryInputSchema)
    .output(bulkImportHistoryOutputSchema)
    .query(({ ctx, input }) => importHistory(ctx, input)),
});
