import { uiLocales } from "@cluster-match/shared";
import { describe, expect, it } from "vitest";
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
  digest: { searchName: "CNC", count: "3", list: "• Alpha", url: "https://cluster.example/saved-searches" },
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
        expect(mail.text).toContain(params[template].url);
        subjects.set(mail.subject, locale);
      }
      // No language borrows another's texts (as a language falling back to Bulgarian would).
      expect(subjects.size, template).toBe(uiLocales.length);
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
    expect(mail.html).toContain('href="https://cluster.example/x?a=1&amp;b=2"');
  });
});
