import { clusterDetailSchema, clusterGetInputSchema, clusterSummarySchema, localeInputSchema } from "@cluster-match/shared";
import { z } from "zod";
import { publicProcedure, router } from "../trpc.ts";
import { getCluster, listClusters } from "./clusters.service.ts";

export const clustersRouter = router({
  list: publicProcedure
    .input(localeInputSchema)
    .output(z.array(clusterSummarySchema))
    .query(({ ctx, input }) => listClusters(ctx, input)),
  get: publicProcedure
    .input(clusterGetInputSchema)
    .output(clusterDetailSchema)
    .query(({ ctx, input }) => getCluster(ctx, input)),
});
