import { describe, expect, it } from "vitest";
import { noticeSchema, noticeTypes, readStoredNotice, type Notice, type NoticeType } from "./notices.ts";
import { notificationListOutputSchema } from "./notifications.ts";

const title = { en: "Subcontractor wanted", bg: "Търси се подизпълнител" };
const inbox = { introductionId: "i1", companyId: "c1", kind: "INTEREST", path: "/inbox/c1/i1" } as const;

/** One valid notice of every kind, as the server writes them. */
const samples: { [T in NoticeType]: Extract<Notice, { type: T }>["data"] } = {
  introduction_received: { ...inbox, fromName: "Метал Про ООД", fromNameLatin: "Metal Pro OOD", opportunityId: "o1", opportunityTitle: title },
  introduction_to_contact_point: { introductionId: "i1", kind: "INTEREST", fromName: "Alpha", fromNameLatin: "Alpha", toName: "Бета ООД", toNameLatin: "Beta OOD", opportunityId: "o1", opportunityTitle: title, path: "/manage/contact-point/i1" },
  introduction_firm_contacted: { ...inbox, opportunityId: "o1", opportunityTitle: title, otherName: "Beta", otherNameLatin: "Beta" },
  introduction_answered_on_behalf: { ...inbox, otherName: null, otherNameLatin: null, outcome: "DECLINED", reason: "Not a fit" },
  introduction_to_broker: { introductionId: "i1", fromName: "Alpha", toName: "Beta", path: "/manage/introductions" },
  introduction_accepted: { ...inbox, otherName: "Beta", otherNameLatin: "Beta" },
  introduction_declined: { ...inbox, otherName: null, otherNameLatin: null, reason: "", opportunityId: "o1", opportunityTitle: title },
  introduction_withdrawn: { ...inbox, kind: "COMPANY", fromName: "Alpha", fromNameLatin: "Alpha" },
  message_received: { introductionId: "i1", companyId: "c1", fromName: "Alpha", fromNameLatin: "Alpha", excerpt: "Hello", path: "/inbox/c1/i1" },
  inquiry_received: { ...inbox, kind: "INQUIRY", fromName: "Alpha", fromNameLatin: "Alpha", subject: "Brackets B-100" },
  inquiry_quoted: { ...inbox, kind: "INQUIRY", otherName: "Beta", otherNameLatin: "Beta", inquiryId: "q1", subject: "Brackets B-100", updated: true },
  digest: { savedSearchId: "s1", name: "CNC", kind: "COMPANIES", count: 3, path: "/saved-searches" },
  company_review_requested: { companyId: "c1", companyName: "Alpha", revisionId: "r1", isNew: true },
  company_approved: { companyId: "c1", companyName: "Alpha", slug: "alpha" },
  company_rejected: { companyId: "c1", companyName: "Alpha", reason: "Incomplete" },
  company_suspended: { companyId: "c1", companyName: "Alpha", reason: "Spam" },
  company_reinstated: { companyId: "c1", companyName: "Alpha", slug: "alpha" },
  opportunity_review_requested: { opportunityId: "o1", companyId: "c1", title: "Subcontractor wanted", companyName: "Alpha" },
  opportunity_approved: { opportunityId: "o1", companyId: "c1", title: "Subcontractor wanted" },
  opportunity_rejected: { opportunityId: "o1", companyId: "c1", title: "Subcontractor wanted", reason: "Unclear" },
  opportunity_expired: { opportunityId: "o1", companyId: "c1", title: "Subcontractor wanted" },
  team_member_joined: { companyId: "c1", companyName: "Alpha", name: "Ana" },
  claim_to_decide: { claimId: "k1", companyId: "c1", companyName: "Alpha", claimantName: "Ana", path: "/manage/claims" },
  claim_approved: { companyId: "c1", companyName: "Alpha", claimantName: "Ana", forClaimant: false, path: "/manage/claims" },
  claim_rejected: { companyId: "c1", companyName: "Alpha", reason: "", claimedByOther: true },
  introduction_released: { ...inbox, otherName: "Beta", otherNameLatin: "Beta", opportunityId: "o1", opportunityTitle: title },
  requests_released: { companyId: "c1", companyName: "Alpha", count: 2, path: "/inbox?company=c1&box=incoming" },
  contact_message_received: { messageId: "m1", clusterId: "cl1", fromName: "Ana", subject: "Membership", path: "/manage/messages?cluster=cl1" },
};

describe("notices", () => {
  it("parse every kind as written", () => {
    expect(Object.keys(samples).sort()).toEqual([...noticeTypes].sort());
    for (const type of noticeTypes) {
      expect(noticeSchema.parse({ type, data: samples[type] }), type).toEqual({ type, data: samples[type] });
      expect(readStoredNotice(type, samples[type])).toEqual({ type, data: samples[type] });
    }
  });

  it("refuse a malformed notice and an unknown type", () => {
    expect(noticeSchema.safeParse({ type: "digest", data: { ...samples.digest, count: "3" } }).success).toBe(false);
    expect(noticeSchema.safeParse({ type: "message_received", data: { introductionId: "i1" } }).success).toBe(false);
    expect(noticeSchema.safeParse({ type: "introduction_declined", data: { ...samples.introduction_declined, kind: "OTHER" } }).success).toBe(false);
    expect(noticeSchema.safeParse({ type: "something_new", data: {} }).success).toBe(false);
  });

  it("leave nothing in the data that a kind does not declare", () => {
    const parsed = noticeSchema.parse({ type: "company_approved", data: { ...samples.company_approved, email: "owner@alpha.example" } });
    expect(parsed.data).toEqual(samples.company_approved);
  });

  it("read an unknown or old stored row as a generic notice that keeps only a path and a company", () => {
    expect(readStoredNotice("review_requested", { companyId: "c1", companyName: "Alpha", secret: "x" })).toEqual({ type: "unknown", data: { companyId: "c1" } });
    expect(readStoredNotice("message_received", { path: "/inbox/c1/i1", n: 1 })).toEqual({ type: "unknown", data: { path: "/inbox/c1/i1" } });
    expect(readStoredNotice("digest", null)).toEqual({ type: "unknown", data: {} });
    expect(readStoredNotice("digest", [1, 2])).toEqual({ type: "unknown", data: {} });
    expect(readStoredNotice("x", { path: 42, companyId: { id: 1 } })).toEqual({ type: "unknown", data: {} });
  });

  it("list notifications of known and unknown kinds through the output schema", () => {
    const base = { readAt: null, createdAt: "2026-01-01T00:00:00.000Z" };
    const list = {
      items: [
        { id: "n1", ...base, type: "digest", data: samples.digest },
        { id: "n2", ...base, type: "unknown", data: { companyId: "c1" } },
      ],
      unread: 2,
      total: 2,
      page: 1,
      pageSize: 20,
      pageCount: 1,
    };
    expect(notificationListOutputSchema.parse(list)).toEqual(list);
    const wrong = { ...list, items: [{ id: "n3", ...base, type: "digest", data: {} }] };
    expect(notificationListOutputSchema.safeParse(wrong).success).toBe(false);
  });
});
