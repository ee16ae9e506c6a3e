import {
  createSavedSearchInputSchema,
  okSchema,
  savedSearchIdInputSchema,
  savedSearchListSchema,
  savedSearchSchema,
  updateSavedSearchInputSchema,
} from "@cluster-match/shared";
import { authedProcedure, router } from "../trpc.ts";
import * as savedSearches from "./saved-searches.service.ts";

export const savedSearchesRouter = router({
  list: authedProcedure.output(savedSearchListSchema).query(({ ctx }) => savedSearches.listSavedSearches(ctx)),
  create: authedProcedure
    .input(createSavedSearchInputSchema)
    .output(savedSearchSchema)
    .mutation(({ ctx, input }) => savedSearches.createSavedSearch(ctx, input)),
  update: authedProcedure
    .input(updateSavedSearchInputSchema)
    .output(savedSearchSchema)
    .mutation(({ ctx, input }) => savedSearches.updateSavedSearch(ctx, input)),
  delete: authedProcedure
    .input(savedSearchIdInputSchema)
    .output(okSchema)
    .mutation(({ ctx, input }) => savedSearches.deleteSavedSearch(ctx, input)),
});
