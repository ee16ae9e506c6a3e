import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { noticeTypes, type NoticeType, type StoredNotice } from "@cluster-match/shared/schemas/notices";
import { describe, expect, it } from "vitest";
import { catalogues } from "../../i18n/catalogues.ts";
import { describeNotification } from "./notificationText.ts";

const title = { en: "Subcontractor wanted", de: "Lohnfertiger gesucht" };
const inbox = { introductionId: "i1", companyId: "c1", kind: "INTEREST", path: "/inbox/c1/i1" } as const;
const metalPro = { fromName: "Метал Про ООД", fromNameLatin: "Metal Pro OOD" };

describe("notification texts", () => {
  it("links only to paths on this site (a backslash path is another origin to a browser)", () => {
    for (const path of ["/\\evil.example", "//evil.example", "https://evil.example", "javascript:alert(1)", "/\t/evil.example"]) {
      const notice: StoredNotice = { type: "introduction_received", data: { ...inbox, ...metalPro, path } };
      expect(describeNotification(notice, "en").path, path).toBeNull();
    }
    expect(describeNotification({ type: "introduction_received", data: { ...inbox, ...metalPro } }, "en").path).toBe("/inbox/c1/i1");
  });

  it("names the other company in a readable script and picks the title in the UI language", () => {
    const notice: StoredNotice = { type: "introduction_received", data: { ...inbox, ...metalPro, opportunityTitle: title } };
    expect(describeNotification(notice, "de")).toEqual({
      key: "interestReceived",
      values: { from: "Metal Pro OOD", title: "Lohnfertiger gesucht" },
      path: "/inbox/c1/i1",
    });
    expect(describeNotification(notice, "bg").values.from).toBe("Метал Про ООД");
    const request = { ...inbox, kind: "COMPANY", fromName: "X", fromNameLatin: "X" } as const;
    expect(describeNotification({ type: "introduction_received", data: { ...request, brokered: true } }, "en").key).toBe("requestForwarded");
    expect(describeNotification({ type: "introduction_received", data: request }, "en").key).toBe("requestReceived");
  });

  it("declines from an anonymous owner without any name", () => {
    const declined = { ...inbox, otherName: null, otherNameLatin: null, opportunityTitle: title, reason: "Too far", path: "/inbox/c/i" };
    expect(describeNotification({ type: "introduction_declined", data: declined }, "en")).toEqual({
      key: "interestDeclinedHidden",
      values: { title: "Subcontractor wanted", reason: "Too far" },
      path: "/inbox/c/i",
    });
    const alpha = { ...inbox, kind: "COMPANY", otherName: "Alpha GmbH", otherNameLatin: "Alpha GmbH", reason: "" } as const;
    expect(describeNotification({ type: "introduction_declined", data: alpha }, "en").key).toBe("requestDeclined");
    expect(describeNotification({ type: "introduction_declined", data: { ...alpha, byBroker: true } }, "en").key).toBe("brokerDeclined");
    const accepted = { ...inbox, otherName: "Alpha GmbH", otherNameLatin: "Alpha GmbH", opportunityTitle: title };
    expect(describeNotification({ type: "introduction_accepted", data: accepted }, "en")).toMatchObject({ key: "interestAccepted", values: { other: "Alpha GmbH" } });
  });

  it("tells the sender what the cluster's contact point did, never naming an anonymous owner it declined for", () => {
    const answered = { ...inbox, otherName: "Alpha GmbH", otherNameLatin: "Alpha GmbH", outcome: "ACCEPTED", reason: "" } as const;
    expect(describeNotification({ type: "introduction_answered_on_behalf", data: answered }, "en")).toMatchObject({ key: "acceptedOnBehalf", values: { other: "Alpha GmbH" }, path: "/inbox/c1/i1" });
    expect(describeNotification({ type: "introduction_answered_on_behalf", data: { ...answered, outcome: "DECLINED" } }, "en").key).toBe("declinedOnBehalf");
    const hidden = { ...answered, outcome: "DECLINED", otherName: null, otherNameLatin: null, opportunityTitle: title } as const;
    expect(describeNotification({ type: "introduction_answered_on_behalf", data: hidden }, "de")).toMatchObject({ key: "declinedOnBehalfHidden", values: { title: "Lohnfertiger gesucht" } });
    const contacted = { ...inbox, otherName: "Метал Про ООД", otherNameLatin: "Metal Pro OOD" };
    expect(describeNotification({ type: "introduction_firm_contacted", data: contacted }, "en").values.other).toBe("Metal Pro OOD");
    expect(describeNotification({ type: "introduction_firm_contacted", data: { ...contacted, otherName: null, otherNameLatin: null, opportunityTitle: title } }, "en").key).toBe("firmContactedHidden");
    const toContactPoint = { introductionId: "i1", kind: "COMPANY", ...metalPro, toName: "Бета ЕООД", toNameLatin: "Beta EOOD", path: "/manage/contact-point/i1" } as const;
    expect(describeNotification({ type: "introduction_to_contact_point", data: toContactPoint }, "de")).toEqual({
      key: "toContactPoint",
      values: { from: "Metal Pro OOD", to: "Beta EOOD" },
      path: "/manage/contact-point/i1",
    });
  });

  it("links only inside the app", () => {
    const message = { introductionId: "i1", companyId: "c1", fromName: "A", fromNameLatin: "A", excerpt: "Hi" };
    expect(describeNotification({ type: "message_received", data: { ...message, path: "//evil.example/x" } }, "en").path).toBeNull();
    expect(describeNotification({ type: "message_received", data: { ...message, path: "https://evil.example" } }, "en").path).toBeNull();
    const digest = { savedSearchId: "s1", name: "CNC", kind: "COMPANIES", count: 3, path: "https://evil.example" } as const;
    expect(describeNotification({ type: "digest", data: digest }, "en")).toEqual({ key: "digest", values: { name: "CNC" }, count: 3, path: "/saved-searches" });
    expect(describeNotification({ type: "unknown", data: { path: "//evil.example", companyId: "../admin" } }, "en").path).toBeNull();
  });

  it("renders other domains' notices, and unknown or older ones generically", () => {
    expect(describeNotification({ type: "company_approved", data: { companyName: "Alpha GmbH", companyId: "c1", slug: "alpha" } }, "en")).toEqual({
      key: "companyApproved",
      values: { name: "Alpha GmbH", reason: "" },
      path: "/workspace/companies/c1",
    });
    const rejected = { opportunityId: "o1", companyId: "c1", title: "Lohnfertiger gesucht", reason: "Unclear" };
    expect(describeNotification({ type: "opportunity_rejected", data: rejected }, "de").values).toEqual({ name: "Lohnfertiger gesucht", reason: "Unclear" });
    const review = { companyId: "c1", companyName: "Alpha GmbH", revisionId: "r1", isNew: false };
    expect(describeNotification({ type: "company_review_requested", data: review }, "en")).toMatchObject({ key: "companyReviewRequested", values: { name: "Alpha GmbH" } });
    expect(describeNotification({ type: "unknown", data: {} }, "en")).toEqual({ key: "generic", values: { name: "", reason: "" }, path: null });
    expect(describeNotification({ type: "unknown", data: { companyId: "c1" } }, "en").path).toBe("/workspace/companies/c1");
  });

  it("has a text with exactly the values it is given for every kind, in every UI language", () => {
    const samples: { [T in NoticeType]: Extract<StoredNotice, { type: T }>["data"] } = {
      introduction_received: { ...inbox, ...metalPro, opportunityTitle: title },
      introduction_to_broker: { introductionId: "i1", fromName: "A", toName: "B", path: "/manage/introductions" },
      introduction_accepted: { ...inbox, otherName: "B", otherNameLatin: "B" },
      introduction_declined: { ...inbox, otherName: "B", otherNameLatin: "B", reason: "No" },
      introduction_withdrawn: { ...inbox, ...metalPro },
      message_received: { introductionId: "i1", companyId: "c1", ...metalPro, excerpt: "Hi", path: "/inbox/c1/i1" },
      introduction_to_contact_point: { introductionId: "i1", kind: "INTEREST", ...metalPro, toName: "B", toNameLatin: "B", path: "/manage/contact-point/i1" },
      introduction_firm_contacted: { ...inbox, otherName: "B", otherNameLatin: "B" },
      introduction_answered_on_behalf: { ...inbox, otherName: "B", otherNameLatin: "B", outcome: "DECLINED", reason: "No" },
      inquiry_received: { ...inbox, kind: "INQUIRY", ...metalPro, subject: "Brackets" },
      inquiry_quoted: { ...inbox, kind: "INQUIRY", otherName: "B", otherNameLatin: "B", inquiryId: "q1", subject: "Brackets", updated: false },
      digest: { savedSearchId: "s1", name: "CNC", kind: "COMPANIES", count: 3, path: "/saved-searches" },
      company_review_requested: { companyId: "c1", companyName: "A", revisionId: "r1", isNew: true },
      company_approved: { companyId: "c1", companyName: "A", slug: "a" },
      company_rejected: { companyId: "c1", companyName: "A", reason: "No" },
      company_suspended: { companyId: "c1", companyName: "A", reason: "No" },
      company_reinstated: { companyId: "c1", companyName: "A", slug: "a" },
      opportunity_review_requested: { opportunityId: "o1", companyId: "c1", title: "T", companyName: "A" },
      opportunity_approved: { opportunityId: "o1", companyId: "c1", title: "T" },
      opportunity_rejected: { opportunityId: "o1", companyId: "c1", title: "T", reason: "No" },
      opportunity_expired: { opportunityId: "o1", companyId: "c1", title: "T" },
      team_member_joined: { companyId: "c1", companyName: "A", name: "Ana" },
      claim_to_decide: { claimId: "k1", companyId: "c1", companyName: "A", claimantName: "Ana", path: "/manage/claims" },
      claim_approved: { companyId: "c1", companyName: "A", claimantName: "Ana", forClaimant: true, path: "/workspace/companies/c1" },
      claim_rejected: { companyId: "c1", companyName: "A", reason: "No", claimedByOther: false },
      introduction_released: { ...inbox, otherName: "B", otherNameLatin: "B" },
      requests_released: { companyId: "c1", companyName: "A", count: 2, path: "/inbox?company=c1&box=incoming" },
      contact_message_received: { messageId: "m1", clusterId: null, fromName: "Ana", subject: "Membership", path: "/manage/messages?cluster=network" },
    };
    for (const [type, data] of Object.entries(samples)) {
      const text = describeNotification({ type, data } as StoredNotice, "en");
      expect(text.key, type).not.toBe("generic");
      for (const catalogue of Object.values(catalogues)) {
        const notices = catalogue.network.notices as Record<string, string>;
        // A counting text has its plural forms instead of one template.
        const templates = text.count === undefined ? [notices[text.key]] : [notices[`${text.key}_one`], notices[`${text.key}_other`]];
        const values = text.count === undefined ? text.values : { ...text.values, count: String(text.count) };
        for (const template of templates) {
          expect(template, `${type} → ${text.key}`).toBeTruthy();
          for (const [, placeholder] of template!.matchAll(/{{\s*(\w+)\s*}}/g)) expect(values, `${type}: ${placeholder}`).toHaveProperty(placeholder!);
        }
      }
    }
  });

  it("leads an admin to the review of a submission and a cluster manager to the firm's workspace, with its own text", () => {
    const profile = { companyId: "c1", companyName: "Alpha GmbH", revisionId: "r1", isNew: true };
    expect(describeNotification({ type: "company_review_requested", data: profile }, "en", { isAdmin: true })).toEqual({
      key: "companyReviewRequestedNew",
      values: { name: "Alpha GmbH", reason: "" },
      path: "/admin/reviews/companies/r1",
    });
    expect(describeNotification({ type: "company_review_requested", data: profile }, "en").path).toBe("/workspace/companies/c1");
    const opportunity = { opportunityId: "o1", companyId: "c1", title: "CNC parts", companyName: "Alpha GmbH" };
    expect(describeNotification({ type: "opportunity_review_requested", data: opportunity }, "en", { isAdmin: true })).toEqual({
      key: "opportunityReviewRequested",
      values: { name: "CNC parts", company: "Alpha GmbH", reason: "" },
      path: "/admin/reviews/opportunities/o1",
    });
    expect(describeNotification({ type: "company_review_requested", data: { ...profile, revisionId: "../x" } }, "en", { isAdmin: true }).path).toBe("/workspace/companies/c1");
  });

  it("knows every notice type the server writes (none reads as a generic notice)", () => {
    // Every `type: "…"` the server passes to notify(), read from its sources, so a new kind
    // written without a client text fails here rather than showing "New notification".
    const serverDir = fileURLToPath(new URL("../../../../server/src", import.meta.url));
    const written = new Set<string>();
    for (const file of readdirSync(serverDir, { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".ts") || file.endsWith(".test.ts") || file.includes("generated")) continue;
      const source = readFileSync(join(serverDir, file), "utf8");
      if (!/\bnotify\(/.test(source) || file.endsWith("notify.ts")) continue;
      for (const [, type] of source.matchAll(/\btype:\s*"([a-z_]+)"/g)) written.add(type!);
    }
    expect(written.size).toBeGreaterThan(10);
    expect([...written].filter((type) => !noticeTypes.includes(type as NoticeType))).toEqual([]);
    for (const type of noticeTypes) {
      const keys = Object.keys(catalogues.en.network.notices);
      const key = describeNotification({ type, data: {} } as unknown as StoredNotice, "en").key;
      expect(key, type).not.toBe("generic");
      expect(keys.some((k) => k === key || k.startsWith(`${key}_`)), type).toBe(true);
    }
  });
});
