// zod schemas of this area: claiming firms (server/src/claims) and the clusters' contact points
// (server/src/cluster-contact). Other helpers may add blocks of their own below; keep them separate.
import { z } from "zod";
import { displayName, safeText } from "../text-safety.ts";
import { emailSchema, emailTokenSchema, personNameSchema } from "./accounts.ts";
import { pageMetaSchema, uiLocaleSchema } from "./common.ts";

const reachIdSchema = z.string().trim().min(1).max(60);

// ---------------------------------------------------------------------------------------------
// Claims: a signed-in user asks to become the OWNER of a firm that nobody can sign in for.
// ---------------------------------------------------------------------------------------------

export const claimStatuses = ["AWAITING_CODE", "AWAITING_APPROVAL", "APPROVED", "REJECTED", "CANCELLED"] as const;
export type ClaimStatus = (typeof claimStatuses)[number];
export const claimMethods = ["EMAIL_DOMAIN", "CODE", "CLAIM_LINK", "MANAGER"] as const;
export type ClaimMethod = (typeof claimMethods)[number];

/** How long a code mailed to the firm works, how often it may be tried, how soon it may be sent again. */
export const claimCodeValidMinutes = 30;
export const claimCodeMaxAttempts = 5;
export const claimCodeResendSeconds = 60;
/** How long a claim link sent by the contact point works. */
export const claimLinkValidDays = 14;

/** Why a firm cannot be claimed (details.reason of the INVALID_STATE refusal, translated by the SPA). */
export const claimRefusalReasons = ["has_members", "domain_mismatch", "no_registered_email", "not_claimable", "already_claimed"] as const;
export type ClaimRefusalReason = (typeof claimRefusalReasons)[number];

export const claimCompanyInputSchema = z.object({ companyId: reachIdSchema });
/** The claim page opens from a firm's page or from registration, by the firm's id or slug. */
export const claimOptionsInputSchema = z.object({ idOrSlug: z.string().trim().min(1).max(200) });
export const claimIdInputSchema = z.object({ claimId: reachIdSchema });
export const claimCodeSchema = z.string().trim().regex(/^\d{6}$/, "six_digits");
export const claimVerifyCodeInputSchema = z.object({ claimId: reachIdSchema, code: claimCodeSchema });
/** What the claimant tells the approving manager about their role in the firm. */
export const claimNoteSchema = safeText(z.string().trim().min(10).max(2000));
export const claimRequestApprovalInputSchema = z.object({ companyId: reachIdSchema, note: claimNoteSchema });
export const claimLinkInputSchema = z.object({ token: emailTokenSchema });
export const claimRejectReasonSchema = safeText(z.string().trim().min(5).max(1000));
/** A decision of the contact point; the firm (`companyId`) comes from the base procedure's input. */
export const claimDecisionInputSchema = z.object({ claimId: reachIdSchema });
export const claimRejectInputSchema = z.object({ claimId: reachIdSchema, reason: claimRejectReasonSchema });
export const claimQueueInputSchema = z.object({
  status: z.enum(claimStatuses).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
});

const claimCompanySchema = z.object({ id: z.string(), name: z.string(), nameLatin: z.string(), slug: z.string() });

/** A claim as its claimant sees it. */
export const myClaimSchema = z.object({
  id: z.string(),
  status: z.enum(claimStatuses),
  method: z.enum(claimMethods).nullable(),
  company: claimCompanySchema,
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  rejectReason: z.string().nullable(),
  /** The firm's registered address with most of it hidden ("i•••@firm.bg"), while a code waits. */
  codeSentTo: z.string().nullable(),
  codeExpiresAt: z.string().nullable(),
  attemptsLeft: z.number().int(),
  /** Seconds until another code may be sent (0: now). */
  resendInSeconds: z.number().int(),
});
export type MyClaim = z.infer<typeof myClaimSchema>;

/** What the claim page needs to offer the right ways for this user and firm. */
export const claimOptionsSchema = z.object({
  company: claimCompanySchema,
  /** Null when the firm can be claimed; else why not. */
  blocked: z.enum(claimRefusalReasons).nullable(),
  /** The user's confirmed e-mail is at the firm's own domain: claiming is immediate. */
  domainMatches: z.boolean(),
  /** The registered address, masked, when a code can be sent there. */
  registeredEmail: z.string().nullable(),
  openClaim: myClaimSchema.nullable(),
  /** Who decides a claim by approval: the firm's cluster managers, or the network's admins. */
  decidedBy: z.enum(["managers", "admins"]),
});
export type ClaimOptions = z.infer<typeof claimOptionsSchema>;

/** Where the claimant stands after a step; `slug`/`companyId` lead to the workspace once APPROVED. */
export const claimResultSchema = myClaimSchema;
export const myClaimsSchema = z.array(myClaimSchema);

/** Whether a firm's page offers "Is this your company? Claim it": published, and nobody acts for it. */
export const claimableSchema = z.object({ claimable: z.boolean() });

export const claimLinkInfoSchema = z.object({ company: claimCompanySchema, city: z.string(), cityLatin: z.string(), country: z.string() });
export type ClaimLinkInfo = z.infer<typeof claimLinkInfoSchema>;

/** A claim in the contact point's queue. */
export const claimQueueItemSchema = z.object({
  id: z.string(),
  status: z.enum(claimStatuses),
  method: z.enum(claimMethods).nullable(),
  note: z.string(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  rejectReason: z.string().nullable(),
  claimant: z.object({ name: z.string(), email: z.string() }),
  company: claimCompanySchema.extend({
    city: z.string(),
    cityLatin: z.string(),
    country: z.string(),
    website: z.string().nullable(),
    email: z.string().nullable(),
    hasMembers: z.boolean(),
  }),
});
export type ClaimQueueItem = z.infer<typeof claimQueueItemSchema>;
export const claimQueueOutputSchema = pageMetaSchema.extend({ items: z.array(claimQueueItemSchema) });
export const claimDecisionOutputSchema = z.object({ id: z.string(), status: z.enum(claimStatuses) });

// ---------------------------------------------------------------------------------------------
// Cluster contact: a cluster's contact point on its page, and messages to it (or to the network).
// ---------------------------------------------------------------------------------------------

export const contactMessageStatuses = ["OPEN", "ANSWERED", "CLOSED"] as const;
export type ContactMessageStatus = (typeof contactMessageStatuses)[number];

export const contactPointInputSchema = z.object({ clusterId: reachIdSchema });
export const contactPointSchema = z.object({
  /** "managers": the cluster's managers answer; "admins": it has none, the network's administrators do. */
  answeredBy: z.enum(["managers", "admins"]),
  /** The managers' names (never their addresses). */
  managers: z.array(z.object({ name: z.string() })),
});
export type ContactPoint = z.infer<typeof contactPointSchema>;

export const contactMessageFields = {
  fromName: personNameSchema,
  fromEmail: emailSchema,
  fromCompanyName: displayName(z.string().trim().max(200)).default(""),
  subject: displayName(z.string().trim().min(3).max(200)),
  body: safeText(z.string().trim().min(10).max(5000)),
};

export const sendContactMessageInputSchema = z.object({
  /** The cluster whose contact point is written to; null: the network's administrators. */
  clusterId: reachIdSchema.nullable(),
  ...contactMessageFields,
  locale: uiLocaleSchema.default("en"),
  /** Left empty by people; a form-filling robot fills it (the message is then dropped quietly). */
  website: z.string().max(300).optional(),
});
export type SendContactMessageInput = z.input<typeof sendContactMessageInputSchema>;
export const sendContactMessageOutputSchema = contactPointSchema;

export const contactMessageListInputSchema = z.object({
  status: z.enum(contactMessageStatuses).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
});
export const contactMessageIdInputSchema = z.object({ id: reachIdSchema });
export const contactAnswerSchema = safeText(z.string().trim().min(2).max(5000));
export const contactMessageAnswerInputSchema = z.object({ id: reachIdSchema, answer: contactAnswerSchema });

export const contactMessageSchema = z.object({
  id: z.string(),
  clusterId: z.string().nullable(),
  clusterName: z.string().nullable(),
  fromName: z.string(),
  fromEmail: z.string(),
  fromCompanyName: z.string(),
  /** The sender had an account and was signed in. */
  signedIn: z.boolean(),
  locale: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(contactMessageStatuses),
  createdAt: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  handledByName: z.string().nullable(),
});
export type ContactMessage = z.infer<typeof contactMessageSchema>;
export const contactMessageListOutputSchema = pageMetaSchema.extend({ items: z.array(contactMessageSchema) });
