import { z } from "zod";
import { opportunityStatuses, opportunityTypes } from "../enums.ts";
import { safeText } from "../text-safety.ts";
import { userRoles } from "./accounts.ts";
import { pageMetaSchema, paginationInputSchema, uiLocaleSchema } from "./common.ts";

// Schemas of the admin console (router `admin`). Inputs are what the console's forms send.

export const adminCompanyStatuses = ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "SUSPENDED", "ARCHIVED"] as const;
export type AdminCompanyStatus = (typeof adminCompanyStatuses)[number];
/** Introduction states as the dashboard counts them (kept here so this file needs no other domain's). */
export const dashboardIntroductionStatuses = ["AWAITING_BROKER", "WITH_CONTACT_POINT", "PENDING", "ACCEPTED", "DECLINED", "WITHDRAWN"] as const;

const idSchema = z.string().trim().min(1).max(60);
const searchTextSchema = z.string().trim().max(200);
/** A calendar day (UTC) for date-range filters. */
const daySchema = z.iso.date();

// ---- review queue ---------------------------------------------------------------------------

export const reviewQueueInputSchema = z.object({ locale: uiLocaleSchema.default("en") });

export const reviewQueueOutputSchema = z.object({
  companyRevisions: z.array(
    z.object({
      revisionId: z.string(),
      companyId: z.string(),
      companyName: z.string(),
      /** A firm never published before (a registration), rather than an edit of a live profile. */
      isNew: z.boolean(),
      submittedAt: z.string().nullable(),
      submitterName: z.string().nullable(),
    }),
  ),
  opportunities: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      titleLang: z.string(),
      type: z.enum(opportunityTypes),
      companyId: z.string(),
      /** Shown to admins even for anonymous opportunities: they review the owner too. */
      companyName: z.string(),
      anonymous: z.boolean(),
      submittedAt: z.string().nullable(),
    }),
  ),
  counts: z.object({ companyRevisions: z.number().int(), opportunities: z.number().int() }),
});
export type ReviewQueue = z.infer<typeof reviewQueueOutputSchema>;

// ---- companies ------------------------------------------------------------------------------

export const adminCompaniesInputSchema = paginationInputSchema.extend({
  locale: uiLocaleSchema.default("en"),
  q: searchTextSchema.optional(),
  status: z.enum(adminCompanyStatuses).optional(),
  verified: z.boolean().optional(),
  clusterId: idSchema.optional(),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
});
export type AdminCompaniesInput = z.input<typeof adminCompaniesInputSchema>;

export const adminCompanyRowSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  nameLatin: z.string(),
  registryId: z.string(),
  country: z.string(),
  city: z.string(),
  status: z.enum(adminCompanyStatuses),
  verified: z.boolean(),
  memberCount: z.number().int(),
  clusters: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The newest open revision: PENDING (waits for review) before DRAFT (being edited). */
  openRevision: z.enum(["PENDING", "DRAFT"]).nullable(),
  mergedIntoId: z.string().nullable(),
  updatedAt: z.string(),
});
export type AdminCompanyRow = z.infer<typeof adminCompanyRowSchema>;
export const adminCompaniesOutputSchema = pageMetaSchema.extend({ items: z.array(adminCompanyRowSchema) });

// ---- audit log ------------------------------------------------------------------------------

export const auditLogInputSchema = paginationInputSchema
  .extend({
    q: searchTextSchema.optional(),
    action: z.string().trim().min(1).max(100).optional(),
    entityType: z.string().trim().min(1).max(60).optional(),
    /** Part of the actor's e-mail, or their user id. */
    actor: searchTextSchema.optional(),
    from: daySchema.optional(),
    to: daySchema.optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: "the end of the range is before its start" });
export type AuditLogInput = z.input<typeof auditLogInputSchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  actorUserId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  summary: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntryDto = z.infer<typeof auditEntrySchema>;
export const auditLogOutputSchema = pageMetaSchema.extend({ items: z.array(auditEntrySchema) });
export const auditActionsOutputSchema = z.object({ actions: z.array(z.string()), entityTypes: z.array(z.string()) });

// ---- users ----------------------------------------------------------------------------------

export const adminUsersInputSchema = paginationInputSchema.extend({
  locale: uiLocaleSchema.default("en"),
  q: searchTextSchema.optional(),
  role: z.enum(userRoles).optional(),
  suspended: z.boolean().optional(),
});
export type AdminUsersInput = z.input<typeof adminUsersInputSchema>;

export const adminUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(userRoles),
  suspended: z.boolean(),
  emailVerified: z.boolean(),
  createdAt: z.string(),
  memberships: z.array(z.object({ companyId: z.string(), companyName: z.string(), companySlug: z.string(), role: z.enum(["OWNER", "EDITOR"]) })),
  managedClusters: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type AdminUser = z.infer<typeof adminUserSchema>;
export const adminUsersOutputSchema = pageMetaSchema.extend({ items: z.array(adminUserSchema) });

export const setUserRoleInputSchema = z.object({ userId: idSchema, role: z.enum(userRoles), locale: uiLocaleSchema.default("en") });
export const clusterManagerAssignmentInputSchema = z.object({ userId: idSchema, clusterId: idSchema, locale: uiLocaleSchema.default("en") });
export const suspendUserInputSchema = z.object({
  userId: idSchema,
  reason: safeText(z.string().trim().min(5).max(1000)),
  locale: uiLocaleSchema.default("en"),
});
export const reinstateUserInputSchema = z.object({ userId: idSchema, locale: uiLocaleSchema.default("en") });

// ---- merge ----------------------------------------------------------------------------------

export const mergeCompaniesInputSchema = z.object({ sourceId: idSchema, targetId: idSchema, dryRun: z.boolean() });
export type MergeCompaniesInput = z.infer<typeof mergeCompaniesInputSchema>;

/** What a merge moves (or would move, on a dry run), relation by relation. */
export const mergeCountsSchema = z.object({
  memberships: z.number().int(),
  /** Members of both: one membership kept, with the stronger role. */
  membershipsMerged: z.number().int(),
  opportunities: z.number().int(),
  introductionsFrom: z.number().int(),
  introductionsTo: z.number().int(),
  /** Between the two firms, or a second open interest in the same opportunity. */
  introductionsWithdrawn: z.number().int(),
  messages: z.number().int(),
  revisions: z.number().int(),
  /** Open revisions of the source: they proposed a profile that no longer exists. */
  revisionsSuperseded: z.number().int(),
  invitations: z.number().int(),
  capabilities: z.number().int(),
  certifications: z.number().int(),
  materials: z.number().int(),
  clusters: z.number().int(),
  /** Firms merged into the source earlier, now pointing at the target. */
  earlierMerges: z.number().int(),
});
export type MergeCounts = z.infer<typeof mergeCountsSchema>;

const mergeCompanySchema = z.object({ id: z.string(), name: z.string(), slug: z.string(), status: z.enum(adminCompanyStatuses) });
export const mergeCompaniesOutputSchema = z.object({
  dryRun: z.boolean(),
  source: mergeCompanySchema,
  target: mergeCompanySchema,
  moved: mergeCountsSchema,
  /** Fields of the target that were empty and are taken from the source. */
  filledFields: z.array(z.string()),
});
export type MergeResult = z.infer<typeof mergeCompaniesOutputSchema>;

// ---- dashboard ------------------------------------------------------------------------------

export const dashboardInputSchema = z.object({ locale: uiLocaleSchema.default("en") });

const labelledCount = z.object({ code: z.string(), label: z.string(), count: z.number().int() });
export const dashboardOutputSchema = z.object({
  /** Published firms per country. */
  membersByCountry: z.array(labelledCount),
  /** Published firms per cluster. */
  membersByCluster: z.array(labelledCount),
  /** Capabilities most required by published opportunities, with how many published firms offer each. */
  requestedCapabilities: z.array(z.object({ code: z.string(), label: z.string(), requested: z.number().int(), offering: z.number().int() })),
  /** Published (live) opportunities per type. */
  opportunitiesByType: z.array(z.object({ type: z.enum(opportunityTypes), count: z.number().int() })),
  /** Every opportunity per status. */
  opportunitiesByStatus: z.array(z.object({ status: z.enum(opportunityStatuses), count: z.number().int() })),
  /** The last 12 calendar months (UTC), oldest first, the current one last. */
  introductionsByMonth: z.array(
    z.object({ month: z.string(), total: z.number().int(), byStatus: z.record(z.enum(dashboardIntroductionStatuses), z.number().int()) }),
  ),
});
export type Dashboard = z.infer<typeof dashboardOutputSchema>;
