import freeEmailDomains from "free-email-domains";
import { getDomain } from "tldts";

// Public webmail domains prove nothing about who works at a firm: anybody can have an address at
// gmail.com or abv.bg, and a firm's registered address is often at one. The list is the
// maintained `free-email-domains` package (about 14,000 providers), plus the big providers of the
// network's countries named here, so they stay refused whatever a later version of the package
// drops (dir.bg is missing from it today). Add a missing provider to `regionalWebmail`, nowhere else.
const regionalWebmail = ["dir.bg", "abv.bg", "mail.bg", "gbg.bg", "gmx.de", "web.de", "t-online.de", "gmx.at", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "freemail.hu", "citromail.hu"];

const webmail = new Set<string>([...freeEmailDomains, ...regionalWebmail].map((d) => d.toLowerCase()));

/**
 * The registrable domain (public-suffix aware: "mail.firm.co.uk" → "firm.co.uk") of a host, an
 * address's domain or a website URL; null for anything that has none (IPs, "localhost").
 */
export function registrableDomain(value: string): string | null {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === "") return null;
  const host = trimmed.includes("@") ? trimmed.slice(trimmed.lastIndexOf("@") + 1) : trimmed;
  return getDomain(host, { allowPrivateDomains: false }) ?? null;
}

/** Whether an address or domain belongs to a public webmail provider (also its subdomains). */
export function isWebmailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  if (webmail.has(d)) return true;
  const registrable = registrableDomain(d);
  return registrable !== null && webmail.has(registrable);
}

/**
 * Whether a user's confirmed address proves they work at the firm: its registrable domain equals
 * that of the firm's website or of its registered e-mail, and it is no public webmail domain
 * (sharing gmail.com with a firm's registered address proves nothing).
 */
export function emailMatchesFirm(userEmail: string, firm: { website: string | null; email: string | null }): boolean {
  const mine = registrableDomain(userEmail);
  if (!mine || isWebmailDomain(mine) || isWebmailDomain(userEmail.slice(userEmail.lastIndexOf("@") + 1))) return false;
  // The firm's own domain is its website's. A registered address proves the domain is the firm's
  // only when it is the website's too: many firms register a mailbox at their internet provider
  // (office@mbox.contact.bg), which no webmail list names and whose other customers must not match.
  const website = firm.website ? registrableDomain(firm.website) : null;
  return website !== null && website === mine;
}

/** "info@firm.bg" → "i•••@firm.bg": enough for the owner of the mailbox to recognise it. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}
