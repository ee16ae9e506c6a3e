import { z } from "zod";
import { safeText } from "../text-safety.ts";
import { localizedValueSchema, pageMetaSchema, uiLocaleSchema } from "./common.ts";

export const introductionKinds = ["INTEREST", "COMPANY", "INQUIRY"] as const;
export type IntroductionKind = (typeof introductionKinds)[number];
export const introductionStatuses = ["AWAITING_BROKER", "WITH_CONTACT_POINT", "PENDING", "ACCEPTED", "DECLINED", "WITHDRAWN"] as const;
export type IntroductionStatus = (typeof introductionStatuses)[number];
export const introductionBoxes = ["incoming", "outgoing"] as const;
export type IntroductionBox = (typeof introductionBoxes)[number];

const recordIdSchema = z.string().trim().min(1).max(60);

/** What the requester writes: who they are and why they get in touch. */
export const introductionMessageSchema = safeText(z.string().trim().min(10).max(4000));
export const introductionReasonSchema = safeText(z.string().trim().max(1000));
export const threadMessageBodySchema = safeText(z.string().trim().min(1).max(4000));

// The acting company (`companyId`) or cluster (`clusterId`) comes from the base procedure's input.

export const expressInterestInputSchema = z.object({ opportunityId: recordIdSchema, message: introductionMessageSchema });
export type ExpressInterestInput = z.input<typeof expressInterestInputSchema>;

export const requestIntroductionInputSchema = z.object({
  toCompanyId: recordIdSchema,
  message: introductionMessageSchema,
  /** Ask the recipient's cluster manager to make the contact. */
  brokered: z.boolean().default(false),
});
export type RequestIntroductionInput = z.input<typeof requestIntroductionInputSchema>;

export const introductionListInputSchema = z.object({
  box: z.enum(introductionBoxes),
  status: z.enum(introductionStatuses).optional(),
  locale: uiLocaleSchema.default("en"),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
});

export const introductionGetInputSchema = z.object({ id: recordIdSchema, locale: uiLocaleSchema.default("en") });
export const introductionIdInputSchema = z.object({ id: recordIdSchema });
export const decideIntroductionInputSchema = z.object({ id: recordIdSchema, reason: introductionReasonSchema.optional() });
export const sendMessageInputSchema = z.object({ id: recordIdSchema, body: threadMessageBodySchema });

export const clusterIntroductionListInputSchema = z.object({
  status: z.enum(introductionStatuses).optional(),
  locale: uiLocaleSchema.default("en"),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
});
export const forwardIntroductionInputSchema = z.object({ id: recordIdSchema, note: safeText(z.string().trim().max(2000)).optional() });
export const brokerDeclineInputSchema = z.object({ id: recordIdSchema, reason: safeText(z.string().trim().min(5).max(1000)) });

/** A company as a party of an introduction. */
export const introductionPartySchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  nameLatin: z.string(),
  country: z.string(),
  city: z.string(),
  cityLatin: z.string(),
  /** Whether its public profile can be opened (a draft company can already take part). */
  published: z.boolean(),
});
export type IntroductionParty = z.infer<typeof introductionPartySchema>;

export const introductionOpportunitySchema = z.object({ id: z.string(), title: localizedValueSchema, anonymous: z.boolean() });

/** The request for quotation an introduction of kind INQUIRY is a copy of (null for other kinds). */
export const introductionInquirySchema = z.object({ id: z.string(), subject: z.string() });

/** One introduction as the acting company sees it. */
export const introductionSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(introductionKinds),
  status: z.enum(introductionStatuses),
  brokered: z.boolean(),
  /** incoming: the acting company was asked; outgoing: it asked. */
  direction: z.enum(introductionBoxes),
  /** The acting company (the side this view is for). */
  companyId: z.string(),
  /**
   * The other side, or null while it stays hidden: the owner of an anonymous opportunity, until
   * it accepts the interest.
   */
  counterpart: introductionPartySchema.nullable(),
  opportunity: introductionOpportunitySchema.nullable(),
  inquiry: introductionInquirySchema.nullable().default(null),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  /** A cluster's contact point accepted or declined for a firm without users. */
  answeredOnBehalf: z.boolean().default(false),
  /** When the contact point sent the firm's registered address a link to join (null: not yet). */
  firmContactedAt: z.string().nullable().default(null),
  /** When the firm's first user joined, if that was after this request was made (null: before, or nobody yet). */
  firmJoinedAt: z.string().nullable().default(null),
});
export type IntroductionSummary = z.infer<typeof introductionSummarySchema>;

export const introductionListOutputSchema = pageMetaSchema.extend({ items: z.array(introductionSummarySchema) });
export type IntroductionListOutput = z.infer<typeof introductionListOutputSchema>;

const personSchema = z.object({ name: z.string(), email: z.string() });

/** Contact details of the other side: only once the introduction is accepted. */
export const introductionContactsSchema = z.object({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  /** Who asked (seen by the recipient) or who accepted (seen by the requester). */
  person: personSchema.nullable(),
});
export type IntroductionContacts = z.infer<typeof introductionContactsSchema>;

export const introductionDetailSchema = introductionSummarySchema.extend({
  message: z.string(),
  declineReason: z.string().nullable(),
  brokerNote: z.string().nullable(),
  contacts: introductionContactsSchema.nullable(),
  /** What the acting company may do now. */
  actions: z.object({ accept: z.boolean(), decline: z.boolean(), withdraw: z.boolean(), message: z.boolean() }),
});
export type IntroductionDetail = z.infer<typeof introductionDetailSchema>;

export const threadMessageSchema = z.object({
  id: z.string(),
  body: z.string(),
  createdAt: z.string(),
  /** own: written for the acting company; counterpart: by the other side; broker: by a cluster manager. */
  side: z.enum(["own", "counterpart", "broker"]),
  senderName: z.string().nullable(),
});
export type ThreadMessage = z.infer<typeof threadMessageSchema>;
export const threadMessagesSchema = z.array(threadMessageSchema);

/** An introduction as a cluster manager sees it: both sides, unless one stays anonymous to them. */
export const clusterIntroductionSchema = z.object({
  id: z.string(),
  kind: z.enum(introductionKinds),
  status: z.enum(introductionStatuses),
  brokered: z.boolean(),
  from: introductionPartySchema,
  /** Null for the owner of an anonymous opportunity outside this cluster, before acceptance. */
  to: introductionPartySchema.nullable(),
  opportunity: introductionOpportunitySchema.nullable(),
  message: z.string(),
  brokerNote: z.string().nullable(),
  declineReason: z.string().nullable(),
  createdAt: z.string(),
  /** Whether this cluster's manager may forward or decline it now (brokered, awaiting a broker). */
  canBroker: z.boolean(),
  /** The cluster to act through when forwarding or declining (one the viewer manages), if any. */
  brokerClusterId: z.string().nullable().default(null),
  /** Whether the recipient has users; a request to a firm without any stays with the contact point. */
  recipientHasMembers: z.boolean().default(true),
  answeredOnBehalf: z.boolean().default(false),
});
export type ClusterIntroduction = z.infer<typeof clusterIntroductionSchema>;
export const clusterIntroductionListOutputSchema = pageMetaSchema.extend({ items: z.array(clusterIntroductionSchema) });
export type ClusterIntroductionListOutput = z.infer<typeof clusterIntroductionListOutputSchema>;

/** What the signed-in user's companies may do about an opportunity (the interest button). */
export const interestOptionsInputSchema = z.object({ opportunityId: recordIdSchema });
export const interestOptionsSchema = z.array(
  z.object({
    companyId: z.string(),
    name: z.string(),
    /** The company owns the opportunity: no interest to express. */
    own: z.boolean(),
    /** An open (pending or accepted) interest of this company, if any. */
    openIntroductionId: z.string().nullable(),
    /** Only an approved (published) company may express interest or request introductions. */
    published: z.boolean().default(true),
  }),
);
export type InterestOptions = z.infer<typeof interestOptionsSchema>;

/** What a change answers: the introduction and its status now. */
export const introductionChangeSchema = z.object({ id: z.string(), status: z.enum(introductionStatuses) });
export type IntroductionChange = z.infer<typeof introductionChangeSchema>;
