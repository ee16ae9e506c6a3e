import type { NoticeType, StoredNotice } from "@cluster-match/shared/schemas/notices";
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

  it("links only inside the app", () => {
    const message = { introductionId: "i1", companyId: "c1", fromName: "A", fromNameLatin: "A", excerpt: "Hi" };
    expect(describeNotification({ type: "message_received", data: { ...message, path: "//evil.example/x" } }, "en").path).toBeNull();
    expect(describeNotification({ type: "message_received", data: { ...message, path: "https://evil.example" } }, "en").path).toBeNull();
    const digest = { savedSearchId: "s1", name: "CNC", kind: "COMPANIES", count: 3, path: "https://evil.example" } as const;
    expect(describeNotification({ type: "digest", data: digest }, "en")).toEqual({ key: "digest", values: { name: "CNC", count: "3" }, path: "/saved-searches" });
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
    expect(describeNotification({ type: "company_review_requested", data: review }, "en")).toMatchObject({ key: "reviewRequested", values: { name: "Alpha GmbH" } });
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
    };
    for (const [type, data] of Object.entries(samples)) {
      const text = describeNotification({ type, data } as StoredNotice, "en");
      expect(text.key, type).not.toBe("generic");
      for (const catalogue of Object.values(catalogues)) {
        const template = (catalogue.network.notices as Record<string, string>)[text.key];
        expect(template, `${type} → ${text.key}`).toBeTruthy();
        for (const [, placeholder] of template!.matchAll(/{{\s*(\w+)\s*}}/g)) expect(text.values, `${type}: ${placeholder}`).toHaveProperty(placeholder!);
      }
    }
  });
});
