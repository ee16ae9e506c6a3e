import { localeInputSchema, taxonomyOutputSchema, taxonomyPickerOutputSchema } from "@cluster-match/shared";
import { publicProcedure, router } from "../trpc.ts";
import { getTaxonomy, getTaxonomyPicker } from "./taxonomy.service.ts";

export const taxonomyRouter = router({
  get: publicProcedure
    .input(localeInputSchema)
    .output(taxonomyOutputSchema)
    .query(({ ctx, input }) => getTaxonomy(ctx, input)),
  /** Every language's labels and synonyms, for pickers that search in all of them. */
  picker: publicProcedure.output(taxonomyPickerOutputSchema).query(({ ctx }) => getTaxonomyPicker(ctx)),
});
