import { accountsRouter } from "./accounts/accounts.router.ts";
import { adminRouter } from "./admin/admin.router.ts";
import { importsRouter } from "./imports/imports.router.ts";
import { introductionsRouter } from "./introductions/introductions.router.ts";
import { mailboxRouter } from "./mailbox/mailbox.router.ts";
import { notificationsRouter } from "./notifications/notifications.router.ts";
import { savedSearchesRouter } from "./saved-searches/saved-searches.router.ts";
import { teamRouter } from "./team/team.router.ts";
import { clustersRouter } from "./clusters/clusters.router.ts";
import { companiesRouter } from "./companies/companies.router.ts";
import { matchingRouter } from "./matching/matching.router.ts";
import { opportunitiesRouter } from "./opportunities/opportunities.router.ts";
import { searchRouter } from "./search/search.router.ts";
import { searchAnalyticsRouter } from "./search-analytics/search-analytics.router.ts";
import { vocabularyRouter } from "./vocabulary/vocabulary.router.ts";
import { taxonomyRouter } from "./taxonomy/taxonomy.router.ts";
import { claimsRouter } from "./claims/claims.router.ts";
import { clusterContactRouter } from "./cluster-contact/cluster-contact.router.ts";
import { contactPointRouter } from "./contact-point/contact-point.router.ts";
import { inquiriesRouter } from "./inquiries/inquiries.router.ts";
import { placesRouter } from "./places/places.router.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  companies: companiesRouter,
  opportunities: opportunitiesRouter,
  taxonomy: taxonomyRouter,
  clusters: clustersRouter,
  search: searchRouter,
  matching: matchingRouter,
  accounts: accountsRouter,
  mailbox: mailboxRouter,
  team: teamRouter,
  introductions: introductionsRouter,
  notifications: notificationsRouter,
  savedSearches: savedSearchesRouter,
  admin: adminRouter,
  imports: importsRouter,
  searchAnalytics: searchAnalyticsRouter,
  vocabulary: vocabularyRouter,
  claims: claimsRouter,
  clusterContact: clusterContactRouter,
  contactPoint: contactPointRouter,
  inquiries: inquiriesRouter,
  places: placesRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process (tests, scripts) with an inner context. */
export const createCaller = createCallerFactory(appRouter);
