import { localeInputSchema, taxonomyOutputSchema } from "@cluster-match/shared";
import { publicProcedure, router } from "../trpc.ts";
import { getTaxonomy } from "./taxonomy.service.ts";

export const taxonomyRouter = router({
  get: publicProcedure
    .input(localeInputSchema)
    .output(taxonomyOutputSchema)
    .query(({ ctx, input }) => getTaxonomy(ctx.prisma, input.locale)),
});
