import { describe, expect, it } from "vitest";
import { emailMatchesFirm, isWebmailDomain, maskEmail, registrableDomain } from "./email-domains.ts";

describe("registrableDomain", () => {
  it("reads addresses, hosts and URLs down to the registrable domain", () => {
    expect(registrableDomain("ivan@sales.mechafix.de")).toBe("mechafix.de");
    expect(registrableDomain("https://www.Mechafix.de/kontakt")).toBe("mechafix.de");
    expect(registrableDomain("www.firm.co.uk")).toBe("firm.co.uk");
    expect(registrableDomain("mail.firm.com.pl")).toBe("firm.com.pl");
    expect(registrableDomain("")).toBeNull();
    expect(registrableDomain("localhost")).toBeNull();
  });
});

describe("isWebmailDomain", () => {
  it.each(["gmail.com", "gmx.de", "web.de", "abv.bg", "mail.bg", "dir.bg", "wp.pl", "o2.pl", "freemail.hu", "outlook.com", "yahoo.com", "yahoo.de", "t-online.de"])(
    "knows %s",
    (domain) => expect(isWebmailDomain(domain)).toBe(true),
  );
  it("does not take a firm's domain for webmail", () => {
    expect(isWebmailDomain("mechafix.de")).toBe(false);
    expect(isWebmailDomain("techno-bg.com")).toBe(false);
  });
});

describe("emailMatchesFirm", () => {
  const firm = { website: "https://www.mechafix.de", email: "info@mechafix.de" };
  it("matches the website's domain, subdomains included", () => {
    expect(emailMatchesFirm("anna@mechafix.de", firm)).toBe(true);
    expect(emailMatchesFirm("anna@werk2.mechafix.de", firm)).toBe(true);
    expect(emailMatchesFirm("anna@mechafix.com", firm)).toBe(false);
  });
  it("never through a registered address alone: it may be a mailbox at the firm's internet provider", () => {
    expect(emailMatchesFirm("eve@contact.bg", { website: null, email: "office@mbox.contact.bg" })).toBe(false);
    expect(emailMatchesFirm("eve@mbox.contact.bg", { website: "https://www.firm.bg", email: "office@mbox.contact.bg" })).toBe(false);
    expect(emailMatchesFirm("anna@other.de", { website: null, email: "office@other.de" })).toBe(false);
  });
  it("never for a public webmail domain, even when the firm registered one", () => {
    expect(emailMatchesFirm("someone@abv.bg", { website: null, email: "firm@abv.bg" })).toBe(false);
    expect(emailMatchesFirm("someone@gmail.com", { website: "gmail.com", email: null })).toBe(false);
  });
  it("not without anything to compare", () => {
    expect(emailMatchesFirm("anna@mechafix.de", { website: null, email: null })).toBe(false);
  });
});

describe("maskEmail", () => {
  it("keeps the first letter and the domain", () => {
    expect(maskEmail("info@firm.bg")).toBe("i•••@firm.bg");
  });
});
