import { z } from "zod";
import { introductionKinds } from "./introductions.ts";
import { savedSearchKinds } from "./saved-searches.ts";

/**
 * The in-app notices the server writes, one kind per `type` with exactly the data the SPA needs to
 * render and link it: never a secret, never an identity the reader may not know. The server
 * parses every notice through this union before storing it; the SPA renders each kind by its type.
 */

const id = z.string();
/** A path inside the app the notice leads to. */
const path = z.string();
/** An opportunity title in every language it has (the reader's is picked when rendering). */
const localizedTitle = z.record(z.string(), z.string());
const introductionKind = z.enum(introductionKinds);
/** A company name in its own script; the Latin form is what readers of other languages get. */
const fromName = { fromName: z.string(), fromNameLatin: z.string() };
const otherName = { otherName: z.string(), otherNameLatin: z.string() };
/** An introduction in a company's inbox. */
const inboxEntry = { introductionId: id, companyId: id, kind: introductionKind, path };
/** Present when the introduction answers an opportunity. */
const aboutOpportunity = { opportunityId: id.optional(), opportunityTitle: localizedTitle.optional() };

function notice<const T extends string, const S extends z.ZodRawShape>(type: T, data: S) {
  return z.object({ type: z.literal(type), data: z.object(data) });
}

export const noticeSchema = z.discriminatedUnion("type", [
  // Introductions (introductions/introduction-notices.ts).
  notice("introduction_received", { ...inboxEntry, ...fromName, ...aboutOpportunity, brokered: z.boolean().optional() }),
  notice("introduction_to_broker", { introductionId: id, fromName: z.string(), toName: z.string(), path }),
  notice("introduction_accepted", { ...inboxEntry, ...otherName, ...aboutOpportunity }),
  notice("introduction_declined", {
    ...inboxEntry,
    ...aboutOpportunity,
    // Null while the declining side is the hidden owner of an anonymous opportunity.
    otherName: z.string().nullable(),
    otherNameLatin: z.string().nullable(),
    reason: z.string(),
    byBroker: z.boolean().optional(),
  }),
  notice("introduction_withdrawn", { ...inboxEntry, ...fromName, ...aboutOpportunity }),
  notice("message_received", { introductionId: id, companyId: id, ...fromName, excerpt: z.string(), path }),
  // The cluster's contact point (introductions/introduction-notices.ts, contact-point/): a request
  // to a firm without users, and what the contact point did about it, told to the requester.
  notice("introduction_to_contact_point", {
    introductionId: id,
    kind: introductionKind,
    ...fromName,
    toName: z.string(),
    toNameLatin: z.string(),
    ...aboutOpportunity,
    path,
  }),
  notice("introduction_firm_contacted", { ...inboxEntry, ...aboutOpportunity, otherName: z.string().nullable(), otherNameLatin: z.string().nullable() }),
  notice("introduction_answered_on_behalf", {
    ...inboxEntry,
    ...aboutOpportunity,
    // Null while the firm is the hidden owner of an anonymous opportunity (a decline keeps it hidden).
    otherName: z.string().nullable(),
    otherNameLatin: z.string().nullable(),
    outcome: z.enum(["ACCEPTED", "DECLINED"]),
    reason: z.string(),
  }),
  // Requests for quotation (inquiries/inquiry-notices.ts): a supplier's copy, and a quote for the buyer.
  notice("inquiry_received", { ...inboxEntry, ...fromName, subject: z.string() }),
  notice("inquiry_quoted", { ...inboxEntry, ...otherName, inquiryId: id, subject: z.string(), updated: z.boolean() }),
  // Saved searches (saved-searches/digest.job.ts).
  notice("digest", { savedSearchId: id, name: z.string(), kind: z.enum(savedSearchKinds), count: z.number().int(), path }),
  // Company profiles (companies/company-notices.ts).
  notice("company_review_requested", { companyId: id, companyName: z.string(), revisionId: id, isNew: z.boolean() }),
  notice("company_approved", { companyId: id, companyName: z.string(), slug: z.string() }),
  notice("company_rejected", { companyId: id, companyName: z.string(), reason: z.string() }),
  notice("company_suspended", { companyId: id, companyName: z.string(), reason: z.string() }),
  notice("company_reinstated", { companyId: id, companyName: z.string(), slug: z.string() }),
  // Opportunities (opportunities/opportunity-notices.ts); the title is in the reader's language.
  notice("opportunity_review_requested", { opportunityId: id, companyId: id, title: z.string(), companyName: z.string() }),
  notice("opportunity_approved", { opportunityId: id, companyId: id, title: z.string() }),
  notice("opportunity_rejected", { opportunityId: id, companyId: id, title: z.string(), reason: z.string() }),
  notice("opportunity_expired", { opportunityId: id, companyId: id, title: z.string() }),
  // Teams (team/team.service.ts).
  notice("team_member_joined", { companyId: id, companyName: z.string(), name: z.string() }),
  // Claims of firms (claims/claim-notices.ts): to the contact point deciding, and to the claimant.
  notice("claim_to_decide", { claimId: id, companyId: id, companyName: z.string(), claimantName: z.string(), path }),
  // forClaimant: the reader is the new owner; else a contact point told who took the firm over.
  notice("claim_approved", { companyId: id, companyName: z.string(), claimantName: z.string(), forClaimant: z.boolean(), path }),
  // claimedByOther: someone else became the owner first, so the reader's open claim ended.
  notice("claim_rejected", { companyId: id, companyName: z.string(), reason: z.string(), claimedByOther: z.boolean() }),
  // A request that waited with the contact point is now with the firm's own team (claims/release.ts).
  notice("introduction_released", { ...inboxEntry, ...aboutOpportunity, ...otherName }),
  notice("requests_released", { companyId: id, companyName: z.string(), count: z.number().int(), path }),
  // A message from a cluster's public page (or the network's contact form) to the people who answer it.
  notice("contact_message_received", { messageId: id, clusterId: id.nullable(), fromName: z.string(), subject: z.string(), path }),
]);
export type Notice = z.infer<typeof noticeSchema>;
export type NoticeType = Notice["type"];
/** The notice of one type. */
export type NoticeOf<T extends NoticeType> = Extract<Notice, { type: T }>;
export const noticeTypes = noticeSchema.options.map((o) => o.shape.type.value) as NoticeType[];

/**
 * A stored notice that is none of the kinds above (a type no longer written, or data of an older
 * shape): rendered as a generic notice, linked only by what it safely still says.
 */
export const unknownNoticeSchema = z.object({
  type: z.literal("unknown"),
  data: z.object({ path: z.string().optional(), companyId: z.string().optional() }),
});
export type UnknownNotice = z.infer<typeof unknownNoticeSchema>;

export const storedNoticeSchema = z.discriminatedUnion("type", [...noticeSchema.options, unknownNoticeSchema]);
export type StoredNotice = z.infer<typeof storedNoticeSchema>;

const text = z.string().optional().catch(undefined);
const leftovers = z.object({ path: text, companyId: text }).catch({});

/** Reads a stored row's type and data as a notice; anything the union does not accept becomes `unknown`. */
export function readStoredNotice(type: string, data: unknown): StoredNotice {
  const parsed = noticeSchema.safeParse({ type, data });
  if (parsed.success) return parsed.data;
  const { path: storedPath, companyId } = leftovers.parse(data);
  return {
    type: "unknown",
    data: { ...(storedPath === undefined ? {} : { path: storedPath }), ...(companyId === undefined ? {} : { companyId }) },
  };
}
