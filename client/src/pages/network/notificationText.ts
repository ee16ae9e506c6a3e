import { sameSitePath } from "../../lib/safeRedirect.ts";
import { pickLocalized, type UiLocale } from "@cluster-match/shared/i18n";
import type { StoredNotice } from "@cluster-match/shared/schemas/notices";
import { readableName } from "../../lib/places.ts";

/** The catalogue keys a notice is rendered with (under network.notices). */
export type NoticeKey =
  | "interestReceived"
  | "requestReceived"
  | "requestForwarded"
  | "toBroker"
  | "interestAccepted"
  | "requestAccepted"
  | "interestDeclined"
  | "interestDeclinedHidden"
  | "requestDeclined"
  | "brokerDeclined"
  | "interestWithdrawn"
  | "requestWithdrawn"
  | "message"
  | "toContactPoint"
  | "firmContacted"
  | "firmContactedHidden"
  | "acceptedOnBehalf"
  | "declinedOnBehalf"
  | "declinedOnBehalfHidden"
  | "digest"
  | "companyApproved"
  | "companyRejected"
  | "companySuspended"
  | "companyReinstated"
  | "opportunityApproved"
  | "opportunityRejected"
  | "opportunityExpired"
  | "companyReviewRequested"
  | "companyReviewRequestedNew"
  | "opportunityReviewRequested"
  | "inquiryReceived"
  | "inquiryQuoted"
  | "inquiryQuoteUpdated"
  | "teamMemberJoined"
  | "claimToDecide"
  | "claimApproved"
  | "claimApprovedOther"
  | "claimRejected"
  | "claimRejectedOther"
  | "introductionReleased"
  | "requestsReleased"
  | "contactMessage"
  | "generic";

export interface NoticeText {
  key: NoticeKey;
  values: Record<string, string>;
  /** The page the notice is about, inside the app; null when there is none to open. */
  path: string | null;
  /** The number the text counts, which picks its plural form. */
  count?: number;
}

/** Who reads the notice, where that changes the link: an admin reviews a submission, a cluster manager follows it. */
export interface NoticeReader {
  isAdmin: boolean;
}

/** A name as stored in a notice: own script plus Latin form, shown readable for the reader. */
function name(native: string, latin: string | null, locale: UiLocale): string {
  return latin ? readableName(native, latin, locale) : native;
}

/** An opportunity title kept in every language, in the reader's (or the best fallback). */
function localized(texts: Record<string, string> | undefined, locale: UiLocale): string {
  return pickLocalized(texts, locale)?.text ?? "";
}

/** Only paths inside the app: never another site (a stored "//evil.example" or "https://…"). */
/** A notice links only to a path on this site (never "/\\evil.example", found by an outside probe). */
const safePath = (value: string | undefined): string | null => sameSitePath(value);

const isId = (value: string | undefined): value is string => value !== undefined && /^[\w-]+$/.test(value);

/** The workspace of the company a notice is about. */
function workspacePath(companyId: string | undefined): string | null {
  return isId(companyId) ? `/workspace/companies/${companyId}` : null;
}

/**
 * How a notice reads in the UI language: a catalogue key, its values and where it leads. Every
 * kind of shared/src/schemas/notices.ts has its case (the type checker sees a missing one);
 * `unknown` is a stored row of no current kind, shown generically.
 */
export function describeNotification(notice: StoredNotice, locale: UiLocale, reader: NoticeReader = { isAdmin: false }): NoticeText {
  switch (notice.type) {
    case "introduction_received": {
      const { data } = notice;
      const title = localized(data.opportunityTitle, locale);
      return {
        key: title !== "" ? "interestReceived" : data.brokered === true ? "requestForwarded" : "requestReceived",
        values: { from: name(data.fromName, data.fromNameLatin, locale), title },
        path: safePath(data.path),
      };
    }
    case "introduction_to_broker":
      return { key: "toBroker", values: { from: notice.data.fromName, to: notice.data.toName }, path: safePath(notice.data.path) };
    case "introduction_accepted": {
      const { data } = notice;
      const title = localized(data.opportunityTitle, locale);
      return { key: title !== "" ? "interestAccepted" : "requestAccepted", values: { other: name(data.otherName, data.otherNameLatin, locale), title }, path: safePath(data.path) };
    }
    case "introduction_declined": {
      const { data } = notice;
      const title = localized(data.opportunityTitle, locale);
      const path = safePath(data.path);
      if (data.byBroker === true) return { key: "brokerDeclined", values: { other: name(data.otherName ?? "", data.otherNameLatin, locale), reason: data.reason }, path };
      // No name: the owner of an anonymous opportunity, who stays unknown.
      if (!data.otherName) return { key: "interestDeclinedHidden", values: { title, reason: data.reason }, path };
      return {
        key: title !== "" ? "interestDeclined" : "requestDeclined",
        values: { other: name(data.otherName, data.otherNameLatin, locale), title, reason: data.reason },
        path,
      };
    }
    case "introduction_withdrawn": {
      const { data } = notice;
      const title = localized(data.opportunityTitle, locale);
      return { key: title !== "" ? "interestWithdrawn" : "requestWithdrawn", values: { from: name(data.fromName, data.fromNameLatin, locale), title }, path: safePath(data.path) };
    }
    case "introduction_to_contact_point": {
      const { data } = notice;
      return { key: "toContactPoint", values: { from: name(data.fromName, data.fromNameLatin, locale), to: name(data.toName, data.toNameLatin, locale) }, path: safePath(data.path) };
    }
    case "introduction_firm_contacted": {
      const { data } = notice;
      const path = safePath(data.path);
      // No name: the owner of an anonymous opportunity, who stays unknown.
      if (!data.otherName) return { key: "firmContactedHidden", values: { title: localized(data.opportunityTitle, locale) }, path };
      return { key: "firmContacted", values: { other: name(data.otherName, data.otherNameLatin, locale) }, path };
    }
    case "introduction_answered_on_behalf": {
      const { data } = notice;
      const path = safePath(data.path);
      if (!data.otherName) return { key: "declinedOnBehalfHidden", values: { title: localized(data.opportunityTitle, locale), reason: data.reason }, path };
      return {
        key: data.outcome === "ACCEPTED" ? "acceptedOnBehalf" : "declinedOnBehalf",
        values: { other: name(data.otherName, data.otherNameLatin, locale), reason: data.reason },
        path,
      };
    }
    case "message_received":
      return { key: "message", values: { from: name(notice.data.fromName, notice.data.fromNameLatin, locale), excerpt: notice.data.excerpt }, path: safePath(notice.data.path) };
    case "inquiry_received":
      return { key: "inquiryReceived", values: { from: name(notice.data.fromName, notice.data.fromNameLatin, locale), subject: notice.data.subject }, path: safePath(notice.data.path) };
    case "inquiry_quoted":
      return {
        key: notice.data.updated ? "inquiryQuoteUpdated" : "inquiryQuoted",
        values: { other: name(notice.data.otherName, notice.data.otherNameLatin, locale), subject: notice.data.subject },
        path: safePath(notice.data.path),
      };
    case "digest":
      return { key: "digest", values: { name: notice.data.name }, count: notice.data.count, path: safePath(notice.data.path) ?? "/saved-searches" };
    case "company_review_requested": {
      const { data } = notice;
      return {
        key: data.isNew ? "companyReviewRequestedNew" : "companyReviewRequested",
        values: { name: data.companyName, reason: "" },
        path: reader.isAdmin && isId(data.revisionId) ? `/admin/reviews/companies/${data.revisionId}` : workspacePath(data.companyId),
      };
    }
    case "company_approved":
      return { key: "companyApproved", values: { name: notice.data.companyName, reason: "" }, path: workspacePath(notice.data.companyId) };
    case "company_rejected":
      return { key: "companyRejected", values: { name: notice.data.companyName, reason: notice.data.reason }, path: workspacePath(notice.data.companyId) };
    case "company_suspended":
      return { key: "companySuspended", values: { name: notice.data.companyName, reason: notice.data.reason }, path: workspacePath(notice.data.companyId) };
    case "company_reinstated":
      return { key: "companyReinstated", values: { name: notice.data.companyName, reason: "" }, path: workspacePath(notice.data.companyId) };
    case "opportunity_review_requested":
      return {
        key: "opportunityReviewRequested",
        values: { name: notice.data.title, company: notice.data.companyName, reason: "" },
        path: reader.isAdmin && isId(notice.data.opportunityId) ? `/admin/reviews/opportunities/${notice.data.opportunityId}` : workspacePath(notice.data.companyId),
      };
    case "opportunity_approved":
      return { key: "opportunityApproved", values: { name: notice.data.title, reason: "" }, path: workspacePath(notice.data.companyId) };
    case "opportunity_rejected":
      return { key: "opportunityRejected", values: { name: notice.data.title, reason: notice.data.reason }, path: workspacePath(notice.data.companyId) };
    case "opportunity_expired":
      return { key: "opportunityExpired", values: { name: notice.data.title, reason: "" }, path: workspacePath(notice.data.companyId) };
    case "team_member_joined":
      return { key: "teamMemberJoined", values: { name: notice.data.companyName, person: notice.data.name }, path: workspacePath(notice.data.companyId) };
    // Claims of firms and the contact forms (server/src/claims, server/src/cluster-contact).
    case "claim_to_decide":
      return { key: "claimToDecide", values: { name: notice.data.companyName, person: notice.data.claimantName }, path: safePath(notice.data.path) };
    case "claim_approved":
      return {
        key: notice.data.forClaimant ? "claimApproved" : "claimApprovedOther",
        values: { name: notice.data.companyName, person: notice.data.claimantName },
        path: safePath(notice.data.path),
      };
    case "claim_rejected":
      return {
        key: notice.data.claimedByOther ? "claimRejectedOther" : "claimRejected",
        values: { name: notice.data.companyName, reason: notice.data.reason },
        path: "/workspace",
      };
    case "introduction_released":
      return { key: "introductionReleased", values: { other: name(notice.data.otherName, notice.data.otherNameLatin, locale) }, path: safePath(notice.data.path) };
    case "requests_released":
      return { key: "requestsReleased", values: { name: notice.data.companyName }, count: notice.data.count, path: safePath(notice.data.path) };
    case "contact_message_received":
      return { key: "contactMessage", values: { from: notice.data.fromName, subject: notice.data.subject }, path: safePath(notice.data.path) };
    case "unknown":
      return { key: "generic", values: { name: "", reason: "" }, path: safePath(notice.data.path) ?? workspacePath(notice.data.companyId) };
    default: {
      // Every kind has its case above (a new one fails the type check here); at run time, a kind
      // newer than this build of the SPA still reads as a generic notice.
      const unhandled: never = notice;
      void unhandled;
      return { key: "generic", values: { name: "", reason: "" }, path: null };
    }
  }
}
