import { clustersRouter } from "./clusters/clusters.router.ts";
import { companiesRouter } from "./companies/companies.router.ts";
import { matchingRouter } from "./matching/matching.router.ts";
import { opportunitiesRouter } from "./opportunities/opportunities.router.ts";
import { searchRouter } from "./search/search.router.ts";
import { taxonomyRouter } from "./taxonomy/taxonomy.router.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  companies: companiesRouter,
  opportunities: opportunitiesRouter,
  taxonomy: taxonomyRouter,
  clusters: clustersRouter,
  search: searchRouter,
  matching: matchingRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process (tests, scripts) with an inner context. */
export const createCaller = createCallerFactory(appRouter);
