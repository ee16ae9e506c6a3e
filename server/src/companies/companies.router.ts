import {
  companyDetailSchema,
  companyGetInputSchema,
  companyListInputSchema,
  companyListOutputSchema,
} from "@cluster-match/shared";
import { publicProcedure, router } from "../trpc.ts";
import { getCompany, listCompanies } from "./companies.service.ts";

export const companiesRouter = router({
  list: publicProcedure
    .input(companyListInputSchema)
    .output(companyListOutputSchema)
    .query(({ ctx, input }) => listCompanies(ctx.prisma, input)),
  get: publicProcedure
    .input(companyGetInputSchema)
    .output(companyDetailSchema)
    .query(({ ctx, input }) => getCompany(ctx.prisma, input.idOrSlug, input.locale)),
});
