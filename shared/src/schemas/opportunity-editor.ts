import { z } from "zod";
import { cooperationTypes, opportunityStatuses, opportunityTypes, type OpportunityStatus } from "../enums.ts";
import { contentLanguages } from "../i18n.ts";
import { displayName, safeText } from "../text-safety.ts";
import {
  capabilityCodeSchema,
  certificationCodeSchema,
  contentLanguageSchema,
  countryCodeSchema,
  labelledCodeSchema,
  localizedValueSchema,
  pageMetaSchema,
  paginationInputSchema,
  uiLocaleSchema,
} from "./common.ts";
import { versionSchema } from "./edit-conflict.ts";

// ---- the lifecycle ------------------------------------------------------------------------

/** What may happen to an opportunity, and from which states (the server enforces it, the SPA offers it). */
export const opportunityTransitions = {
  edit: ["DRAFT", "REJECTED"],
  delete: ["DRAFT", "REJECTED"],
  submit: ["DRAFT", "REJECTED"],
  close: ["PUBLISHED", "EXPIRED"],
  renew: ["PUBLISHED", "EXPIRED"],
  approve: ["IN_REVIEW"],
  reject: ["IN_REVIEW"],
  expire: ["PUBLISHED"],
} as const satisfies Record<string, readonly OpportunityStatus[]>;
export type OpportunityTransition = keyof typeof opportunityTransitions;

/** The actions a company's member can take on its own opportunity. */
export const ownerActions = ["edit", "submit", "delete", "close", "renew"] as const satisfies readonly OpportunityTransition[];
export type OwnerAction = (typeof ownerActions)[number];

export function canTransition(action: OpportunityTransition, status: OpportunityStatus): boolean {
  return (opportunityTransitions[action] as readonly OpportunityStatus[]).includes(status);
}

export function ownerActionsFor(status: OpportunityStatus): OwnerAction[] {
  return ownerActions.filter((action) => canTransition(action, status));
}

// ---- deadlines ----------------------------------------------------------------------------

/** A calendar day "YYYY-MM-DD" in UTC: deadlines are days, and expiry runs on UTC days. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The same calendar day one year later (29 February becomes 1 March). */
export function oneYearAfter(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
}

/** The first and last deadline a submission or renewal may set: tomorrow up to one year from today. */
export function deadlineBounds(now: Date): { min: string; max: string } {
  const today = utcDay(now);
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { min: tomorrow, max: oneYearAfter(today) };
}

export type DeadlineProblem = "deadline_past" | "deadline_too_far";

/** Why a deadline cannot be published now, or null when it can (in the future, at most a year ahead). */
export function deadlineProblem(deadline: string, now: Date): DeadlineProblem | null {
  const { min, max } = deadlineBounds(now);
  if (deadline < min) return "deadline_past";
  if (deadline > max) return "deadline_too_far";
  return null;
}

// ---- the editable shape -------------------------------------------------------------------

export const opportunityTitleLimits = { min: 5, max: 200 } as const;
export const opportunityDescriptionLimits = { min: 20, max: 8000 } as const;

const isoDateSchema = z.iso.date();
const idSchema = z.string().trim().min(1).max(60);

/** Title (one line) or description (free text) in each language written. */
function localizedSchema(limits: { min: number; max: number }, kind: typeof displayName | typeof safeText) {
  return z
    .partialRecord(contentLanguageSchema, kind(z.string().trim().min(limits.min).max(limits.max)))
    .refine((value) => Object.keys(value).length > 0, "at least one language is required");
}

const unique = <T>(items: T[]) => new Set(items).size === items.length;

/**
 * What a company's member edits: the opportunity without its lifecycle. Title and description
 * come in the same languages. The deadline only has to be a date here; it is checked against
 * today when the opportunity is submitted (a draft may sit for a while).
 */
export const opportunityDraftSchema = z
  .object({
    type: z.enum(opportunityTypes),
    title: localizedSchema(opportunityTitleLimits, displayName),
    description: localizedSchema(opportunityDescriptionLimits, safeText),
    requiredCapabilities: z.array(capabilityCodeSchema).min(1).max(10).refine(unique, "listed twice"),
    targetCountries: z.array(countryCodeSchema).max(40).refine(unique, "listed twice"),
    certificationsRequired: z.array(certificationCodeSchema).max(20).refine(unique, "listed twice"),
    cooperationTypes: z.array(z.enum(cooperationTypes)).min(1).max(cooperationTypes.length).refine(unique, "listed twice"),
    anonymous: z.boolean(),
    deadline: isoDateSchema,
  })
  .superRefine((o, ctx) => {
    for (const lang of contentLanguages) {
      if (o.title[lang] !== undefined && o.description[lang] === undefined) {
        ctx.addIssue({ code: "custom", path: ["description", lang], message: "missing_language" });
      }
      if (o.description[lang] !== undefined && o.title[lang] === undefined) {
        ctx.addIssue({ code: "custom", path: ["title", lang], message: "missing_language" });
      }
    }
  });
export type OpportunityDraft = z.infer<typeof opportunityDraftSchema>;
export type OpportunityDraftInput = z.input<typeof opportunityDraftSchema>;

// ---- inputs (companyId is added by the base procedure for the acting company) -------------

export const ownOpportunityListInputSchema = paginationInputSchema.extend({
  locale: uiLocaleSchema.default("en"),
  statuses: z.array(z.enum(opportunityStatuses)).max(opportunityStatuses.length).default([]),
});
export const ownOpportunityGetInputSchema = z.object({ id: idSchema, locale: uiLocaleSchema.default("en") });
export const opportunityCreateInputSchema = z.object({ data: opportunityDraftSchema });
/** `version`: the one the editor loaded (from getOwn or the last save's answer). */
export const opportunityUpdateInputSchema = z.object({ id: idSchema, data: opportunityDraftSchema, version: versionSchema });
export const opportunityIdInputSchema = z.object({ id: idSchema });
export const opportunityRenewInputSchema = z.object({ id: idSchema, deadline: isoDateSchema });
export const opportunityReviewListInputSchema = paginationInputSchema.extend({ locale: uiLocaleSchema.default("en") });
export const opportunityReviewGetInputSchema = ownOpportunityGetInputSchema;
export const opportunityRejectInputSchema = z.object({ id: idSchema, reason: safeText(z.string().trim().min(5).max(1000)) });

// ---- outputs ------------------------------------------------------------------------------

const timestampSchema = z.string().nullable();
const allLanguagesSchema = z.partialRecord(contentLanguageSchema, z.string());

/** The deadline and where an opportunity stands in its lifecycle, in the owner's list and detail alike. */
const lifecycleShape = {
  deadline: z.string(),
  rejectionReason: z.string().nullable(),
  submittedAt: timestampSchema,
  publishedAt: timestampSchema,
  expiredAt: timestampSchema,
  closedAt: timestampSchema,
};

export const ownOpportunityItemSchema = z.object({
  id: z.string(),
  status: z.enum(opportunityStatuses),
  type: z.enum(opportunityTypes),
  title: localizedValueSchema,
  anonymous: z.boolean(),
  ...lifecycleShape,
  updatedAt: z.string(),
});
export type OwnOpportunityItem = z.infer<typeof ownOpportunityItemSchema>;

export const ownOpportunityListOutputSchema = pageMetaSchema.extend({
  items: z.array(ownOpportunityItemSchema),
  /** How many of the company's opportunities are in each state (for the status filter). */
  statusCounts: z.partialRecord(z.enum(opportunityStatuses), z.number().int()),
});
export type OwnOpportunityListOutput = z.infer<typeof ownOpportunityListOutputSchema>;

/** Everything about an opportunity, for its owner: every language as written, and the lifecycle dates. */
export const ownOpportunityDetailSchema = z.object({
  id: z.string(),
  companyId: z.string(),
  status: z.enum(opportunityStatuses),
  type: z.enum(opportunityTypes),
  title: allLanguagesSchema,
  description: allLanguagesSchema,
  requiredCapabilities: z.array(labelledCodeSchema),
  targetCountries: z.array(z.string()),
  certificationsRequired: z.array(labelledCodeSchema),
  cooperationTypes: z.array(z.enum(cooperationTypes)),
  anonymous: z.boolean(),
  ...lifecycleShape,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Raised by every change; an update sends back the version it started from. */
  version: z.number().int(),
});
export type OwnOpportunityDetail = z.infer<typeof ownOpportunityDetailSchema>;

/** The owner as admins see it, anonymous or not. */
export const reviewCompanySchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  nameLatin: z.string(),
  status: z.string(),
  country: z.string(),
  city: z.string(),
  cityLatin: z.string(),
});

export const opportunityReviewItemSchema = z.object({
  id: z.string(),
  type: z.enum(opportunityTypes),
  title: localizedValueSchema,
  anonymous: z.boolean(),
  deadline: z.string(),
  submittedAt: timestampSchema,
  company: reviewCompanySchema,
});
export type OpportunityReviewItem = z.infer<typeof opportunityReviewItemSchema>;

export const opportunityReviewListOutputSchema = pageMetaSchema.extend({ items: z.array(opportunityReviewItemSchema) });
export type OpportunityReviewListOutput = z.infer<typeof opportunityReviewListOutputSchema>;

export const opportunityReviewDetailSchema = ownOpportunityDetailSchema.extend({ company: reviewCompanySchema });
export type OpportunityReviewDetail = z.infer<typeof opportunityReviewDetailSchema>;

/** What a lifecycle step answers: the opportunity's id, its state and version afterwards. */
export const opportunityMutationOutputSchema = z.object({ id: z.string(), status: z.enum(opportunityStatuses), version: z.number().int() });
export type OpportunityMutationOutput = z.infer<typeof opportunityMutationOutputSchema>;
