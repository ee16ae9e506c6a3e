import { uiLocales } from "@cluster-match/shared";
import { describe, expect, it } from "vitest";
import { localizedUrl } from "@cluster-match/shared/locale-url";
import { asUiLocale, renderEmail, type EmailParams, type EmailTemplate } from "./templates.ts";

/** One set of parameters per template; the type makes a new template show up here. */
const params: { [T in EmailTemplate]: EmailParams[T] } = {
  verify_email: { name: "Ana", url: "https://cluster.example/verify-email?token=t" },
  password_reset: { name: "Ana", url: "https://cluster.example/reset-password?token=t" },
  invitation: { companyName: "Alpha", inviterName: "Ben", url: "https://cluster.example/invitations/t" },
  company_approved: { companyName: "Alpha", url: "https://cluster.example/companies/alpha" },
  company_rejected: { companyName: "Alpha", reason: "Incomplete", url: "https://cluster.example/workspace" },
  company_suspended: { companyName: "Alpha", reason: "Spam", url: "https://cluster.example/workspace" },
  company_review_requested: { companyName: "Alpha", isNew: "yes", url: "https://cluster.example/admin" },
  opportunity_approved: { title: "CNC", url: "https://cluster.example/opportunities/o1" },
  opportunity_rejected: { title: "CNC", reason: "Unclear", url: "https://cluster.example/workspace" },
  opportunity_expired: { title: "CNC", url: "https://cluster.example/workspace" },
  opportunity_review_requested: { title: "CNC", companyName: "Alpha", url: "https://cluster.example/admin" },
  introduction_received: { fromName: "Alpha", about: "CNC", message: "Hello", url: "https://cluster.example/inbox" },
  introduction_to_broker: { fromName: "Alpha", toName: "Beta", message: "Hello", url: "https://cluster.example/manage" },
  introduction_accepted: { otherName: "Beta", url: "https://cluster.example/inbox" },
  introduction_declined: { otherName: "Beta", reason: "Too far", url: "https://cluster.example/inbox" },
  message_received: { fromName: "Alpha", excerpt: "Hello", url: "https://cluster.example/inbox" },
  introduction_to_contact_point: { fromName: "Alpha", toName: "Beta", about: "CNC", message: "Hello", url: "https://cluster.example/manage/contact-point" },
  introduction_firm_contacted: { otherName: "Beta", url: "https://cluster.example/inbox" },
  introduction_answered_on_behalf: { otherName: "Beta", accepted: "yes", reason: "", url: "https://cluster.example/inbox" },
  inquiry_received: { fromName: "Alpha", subject: "Brackets", details: "Quantity: 500", message: "Hello", url: "https://cluster.example/inbox" },
  inquiry_quoted: { otherName: "Beta", subject: "Brackets", updated: "no", url: "https://cluster.example/inquiries" },
  digest: { searchName: "CNC", count: "3", list: "• Alpha", url: "https://cluster.example/saved-searches" },
  claim_code: { companyName: "Alpha", claimantName: "Ana", claimantEmail: "ana@alpha.example", code: "123456", minutes: "30", url: "https://cluster.example/companies/alpha" },
  claim_invitation: { companyName: "Alpha", inviterName: "Ben", clusterName: "Dunamenti Gépipari és Zöldenergia Klaszter", days: "14", url: "https://cluster.example/claim?token=t" },
  claim_to_decide: { companyName: "Alpha", claimantName: "Ana", claimantEmail: "ana@alpha.example", note: "I am the managing director", url: "https://cluster.example/manage/claims" },
  claim_approved: { companyName: "Alpha", claimantName: "Ana", forClaimant: "yes", url: "https://cluster.example/workspace" },
  claim_rejected: { companyName: "Alpha", reason: "Unknown person", claimedByOther: "no", url: "https://cluster.example/companies/alpha" },
  introduction_released: { otherName: "Beta", url: "https://cluster.example/inbox" },
  requests_released: { companyName: "Alpha", count: "2", url: "https://cluster.example/inbox" },
  contact_message_received: { fromName: "Ana", fromEmail: "ana@alpha.example", fromCompany: "Alpha", subject: "Membership", body: "Hello", clusterName: "Green Tech", url: "https://cluster.example/manage/messages" },
  contact_confirmation: { clusterName: "Green Tech", answeredBy: "Ben", subject: "Membership", url: "https://cluster.example/clusters/green" },
  contact_answer: { clusterName: "Green Tech", answererName: "Ben", subject: "Membership", answer: "Welcome", url: "https://cluster.example/clusters/green" },
};
const templates = Object.keys(params) as EmailTemplate[];

describe("e-mail templates", () => {
  it("exist for every template in every UI language, each written in that language", () => {
    for (const template of templates) {
      const subjects = new Map<string, string>();
      for (const locale of uiLocales) {
        const mail = renderEmail(template, locale, params[template]);
        expect(mail.subject, `${template} ${locale}`).not.toBe("");
        expect(mail.html).toContain(`<html lang="${locale}">`);
        // The link opens the page in the recipient's language.
        expect(mail.text).toContain(localizedUrl(params[template].url, locale));
        subjects.set(mail.subject, locale);
      }
      // No language borrows another's texts (as a language falling back to Bulgarian would).
      expect(subjects.size, template).toBe(uiLocales.length);
    }
  });

  it("sign a claim invitation with the firm's own cluster, never the home cluster's name", () => {
    for (const locale of uiLocales) {
      const mail = renderEmail("claim_invitation", locale, params.claim_invitation);
      expect(mail.text, locale).toContain("Dunamenti Gépipari és Zöldenergia Klaszter");
      expect(mail.text.split("\n--\n")[1], locale).toContain("Cluster Match — Dunamenti Gépipari és Zöldenergia Klaszter");
      expect(mail.text + mail.html, locale).not.toMatch(/Green Technologies|Клъстер зелени|grüne Technologien/);
      // A firm in no cluster hears from the network's administrators.
      const network = renderEmail("claim_invitation", locale, { ...params.claim_invitation, clusterName: "" });
      expect(network.text, locale).toMatch(/administrators|администраторите|Administratoren/);
      expect(network.text + network.html, locale).not.toMatch(/Green Technologies|Клъстер зелени|grüne Technologien/);
    }
  });

  it("write to a stored locale that is no UI language in the default language, never in a language of its own", () => {
    for (const locale of uiLocales) expect(asUiLocale(locale)).toBe(locale);
    expect(asUiLocale("pl")).toBe("bg");
    expect(asUiLocale("")).toBe("bg");
    expect(renderEmail("digest", "pl", params.digest)).toEqual(renderEmail("digest", "bg", params.digest));
  });

  it("escape the parameters in the HTML part", () => {
    const mail = renderEmail("message_received", "en", { fromName: "A", excerpt: "<script>alert(1)</script>", url: "https://cluster.example/x?a=1&b=2" });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.html).toContain('href="https://cluster.example/en/x?a=1&amp;b=2"');
  });
});

describe("links in e-mails", () => {
  it("open the page in the recipient's language, keeping query and hash; a link with a language stays as it is", () => {
    expect(renderEmail("password_reset", "de", { name: "A", url: "https://cluster.example/reset-password?token=t#x" }).text).toContain("https://cluster.example/de/reset-password?token=t#x");
    expect(renderEmail("company_approved", "bg", { companyName: "A", url: "https://cluster.example/companies/a" }).text).toContain("https://cluster.example/bg/companies/a");
    expect(renderEmail("company_approved", "bg", { companyName: "A", url: "https://cluster.example/en/companies/a" }).text).toContain("https://cluster.example/en/companies/a");
    // A stored language that is no longer a UI language gets the default.
    expect(renderEmail("company_approved", "pl", { companyName: "A", url: "https://cluster.example/companies/a" }).text).toContain("https://cluster.example/bg/companies/a");
  });
});
