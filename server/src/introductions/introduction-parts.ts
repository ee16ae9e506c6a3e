import { pickLocalized, type IntroductionParty, type LocalizedText } from "@cluster-match/shared";
import type { PartyRow } from "./introductions.repository.ts";

// The parts of an introduction every view of it shows alike (the companies' inbox, the cluster
// managers' overview, the contact point's queue).

/** A company as a party: what may be shown of it, without its contacts. */
export function toParty(row: Omit<PartyRow, "email" | "phone" | "website">): IntroductionParty {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    nameLatin: row.nameLatin,
    country: row.country,
    city: row.city,
    cityLatin: row.cityLatin,
    published: row.status === "PUBLISHED",
  };
}

/** The opportunity an interest is about, its title in the reader's language where there is one. */
export function toOpportunity(opportunity: { id: string; title: unknown; anonymous: boolean } | null, locale: string) {
  if (!opportunity) return null;
  const title = pickLocalized(opportunity.title as LocalizedText, locale) ?? { text: "", lang: locale };
  return { id: opportunity.id, title, anonymous: opportunity.anonymous };
}

/** The request for quotation a copy of kind INQUIRY belongs to: its subject names it in every list. */
export function toInquiry(row: { kind: string; inquiry: { id: string; subject: string } | null }) {
  return row.kind === "INQUIRY" && row.inquiry ? { id: row.inquiry.id, subject: row.inquiry.subject } : null;
}
