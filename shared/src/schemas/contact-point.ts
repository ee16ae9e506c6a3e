import { z } from "zod";
import { safeText } from "../text-safety.ts";
import { pageMetaSchema, uiLocaleSchema } from "./common.ts";
import { emailSchema } from "./accounts.ts";
import { introductionInquirySchema, introductionKinds, introductionOpportunitySchema, introductionPartySchema, introductionStatuses, threadMessageBodySchema } from "./introductions.ts";

// The cluster's contact point (server/src/contact-point): requests to firms without users, held by
// the managers of the firm's clusters (or the admins) until the firm joins or they answer for it.

const recordIdSchema = z.string().trim().min(1).max(60);

/** waiting: requests the contact point still holds; answered: those it accepted or declined for the firm. */
export const contactPointViews = ["waiting", "answered"] as const;
export type ContactPointView = (typeof contactPointViews)[number];

export const contactPointListInputSchema = z.object({
  view: z.enum(contactPointViews).default("waiting"),
  locale: uiLocaleSchema.default("en"),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
});
export const contactPointGetInputSchema = z.object({ id: recordIdSchema, locale: uiLocaleSchema.default("en") });
export const contactPointIdInputSchema = z.object({ id: recordIdSchema });
/**
 * Reaching the firm: at its registered address, or, when the register holds none, at the address the
 * contact point found (its website, a phone call), which becomes the firm's registered address.
 */
export const contactPointReachInputSchema = z.object({ id: recordIdSchema, email: emailSchema.optional() });
export const contactPointDeclineInputSchema = z.object({ id: recordIdSchema, reason: safeText(z.string().trim().min(5).max(1000)) });
export const contactPointMessageInputSchema = z.object({ id: recordIdSchema, body: threadMessageBodySchema });

/** The firm the request is for, with what the register knows of how to reach it. */
export const contactPointFirmSchema = introductionPartySchema.extend({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  /** Its clusters, by name (the contact point answers for them). */
  clusters: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Whether anyone can sign in for it now (it may have joined since). */
  hasMembers: z.boolean(),
});

/** One request as the contact point sees it. */
export const contactPointItemSchema = z.object({
  id: z.string(),
  kind: z.enum(introductionKinds),
  status: z.enum(introductionStatuses),
  brokered: z.boolean(),
  from: introductionPartySchema,
  /** Who sent it for the requesting company. */
  sender: z.object({ name: z.string(), email: z.string() }).nullable(),
  firm: contactPointFirmSchema,
  opportunity: introductionOpportunitySchema.nullable(),
  inquiry: introductionInquirySchema.nullable().default(null),
  message: z.string(),
  brokerNote: z.string().nullable(),
  declineReason: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  firmContactedAt: z.string().nullable(),
  answeredOnBehalf: z.boolean(),
  /** What the contact point may do now. */
  actions: z.object({ reachFirm: z.boolean(), accept: z.boolean(), decline: z.boolean(), message: z.boolean() }),
});
export type ContactPointItem = z.infer<typeof contactPointItemSchema>;
export const contactPointListOutputSchema = pageMetaSchema.extend({ items: z.array(contactPointItemSchema) });
export type ContactPointListOutput = z.infer<typeof contactPointListOutputSchema>;

/** The claim link went to the firm's registered address. */
export const reachFirmOutputSchema = z.object({ id: z.string(), sentTo: z.string(), firmContactedAt: z.string() });
export type ReachFirmOutput = z.infer<typeof reachFirmOutputSchema>;
