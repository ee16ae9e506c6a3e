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
  list: authedProcedure.output(savedSearchListSchema).query(({ ctx }) => savedSearches.listSavedSearches(ctx.prisma, ctx.user.id)),
  create: authedProcedure
    .input(createSavedSearchInputSchema)
    .output(savedSearchSchema)
    .mutation(({ ctx, input }) => savedSearches.createSavedSearch(ctx.prisma, ctx.user.id, input)),
  update: authedProcedure
    .input(updateSavedSearchInputSchema)
    .output(savedSearchSchema)
    .mutation(({ ctx, input }) => savedSearches.updateSavedSearch(ctx.prisma, ctx.user.id, input)),
  delete: authedProcedure
    .input(savedSearchIdInputSchema)
    .output(okSchema)
    .mutation(({ ctx, input }) => savedSearches.deleteSavedSearch(ctx.prisma, ctx.user.id, input.id)),
});
