import {
  dataQualityAllInputSchema,
  dataQualityInputSchema,
  dataQualityOutputSchema,
  placeResolveInputSchema,
  placeResolveOutputSchema,
  placeSuggestInputSchema,
  placeSuggestOutputSchema,
} from "@cluster-match/shared";
import { adminProcedure, clusterManagerProcedure, publicProcedure, router } from "../trpc.ts";
import { dataQuality } from "./data-quality.service.ts";
import { resolve, suggest } from "./places.service.ts";

/** The gazetteer behind the city picker, and the managers' view of firms missing data. */
export const placesRouter = router({
  suggest: publicProcedure
    .input(placeSuggestInputSchema)
    .output(placeSuggestOutputSchema)
    .query(({ input }) => suggest(input)),
  resolve: publicProcedure
    .input(placeResolveInputSchema)
    .output(placeResolveOutputSchema)
    .query(({ input }) => resolve(input)),
  dataQuality: clusterManagerProcedure
    .input(dataQualityInputSchema)
    .output(dataQualityOutputSchema)
    .query(({ ctx, input }) => dataQuality(ctx, { ...input, clusterId: ctx.clusterId })),
  dataQualityAll: adminProcedure
    .input(dataQualityAllInputSchema)
    .output(dataQualityOutputSchema)
    .query(({ ctx, input }) => dataQuality(ctx, { ...input, clusterId: null })),
});
