import { pickLocalized, type LocalizedText, type UiLocale } from "@cluster-match/shared/i18n";
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
  | "digest"
  | "companyApproved"
  | "companyRejected"
  | "companySuspended"
  | "opportunityApproved"
  | "opportunityRejected"
  | "opportunityExpired"
  | "reviewRequested"
  | "generic";

export interface NoticeText {
  key: NoticeKey;
  values: Record<string, string>;
  /** The page the notice is about, inside the app; null when there is none to open. */
  path: string | null;
}

const str = (value: unknown): string => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");

/** A name as stored in a notice: own script plus Latin form, shown readable for the reader. */
function name(data: Record<string, unknown>, key: string, locale: UiLocale): string {
  const native = str(data[key]);
  const latin = str(data[`${key}Latin`]);
  return latin ? readableName(native, latin, locale) : native;
}

/** A text kept in every language (an opportunity title) or a plain string. */
function localized(value: unknown, locale: UiLocale): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object") return pickLocalized(value as LocalizedText, locale)?.text ?? "";
  return "";
}

/** Only paths inside the app: never another site (a stored "//evil.example" or "https://…"). */
function safePath(value: unknown): string | null {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : null;
}

// Notices written by other parts of the app (reviews, opportunities), by their type.
const otherTypes: Record<string, NoticeKey> = {
  company_approved: "companyApproved",
  company_rejected: "companyRejected",
  company_suspended: "companySuspended",
  opportunity_approved: "opportunityApproved",
  opportunity_rejected: "opportunityRejected",
  opportunity_expired: "opportunityExpired",
  review_requested: "reviewRequested",
};

/** How a notice reads in the UI language: a catalogue key, its values and where it leads. */
export function describeNotification(type: string, data: Record<string, unknown>, locale: UiLocale): NoticeText {
  const path = safePath(data.path);
  const title = localized(data.opportunityTitle, locale);
  const about = title !== "";
  switch (type) {
    case "introduction_received":
      return {
        key: about ? "interestReceived" : data.brokered === true ? "requestForwarded" : "requestReceived",
        values: { from: name(data, "fromName", locale), title },
        path,
      };
    case "introduction_to_broker":
      return { key: "toBroker", values: { from: str(data.fromName), to: str(data.toName) }, path };
    case "introduction_accepted":
      return { key: about ? "interestAccepted" : "requestAccepted", values: { other: name(data, "otherName", locale), title }, path };
    case "introduction_declined":
      if (data.byBroker === true) return { key: "brokerDeclined", values: { other: name(data, "otherName", locale), reason: str(data.reason) }, path };
      // No name: the owner of an anonymous opportunity, who stays unknown.
      if (!str(data.otherName)) return { key: "interestDeclinedHidden", values: { title, reason: str(data.reason) }, path };
      return { key: about ? "interestDeclined" : "requestDeclined", values: { other: name(data, "otherName", locale), title, reason: str(data.reason) }, path };
    case "introduction_withdrawn":
      return { key: about ? "interestWithdrawn" : "requestWithdrawn", values: { from: name(data, "fromName", locale), title }, path };
    case "message_received":
      return { key: "message", values: { from: name(data, "fromName", locale), excerpt: str(data.excerpt) }, path };
    case "digest":
      return { key: "digest", values: { name: str(data.name), count: str(data.count) }, path: path ?? "/saved-searches" };
  }
  const key = otherTypes[type] ?? "generic";
  const subject = str(data.companyName) || localized(data.title, locale) || str(data.name);
  const companyId = str(data.companyId);
  return {
    key,
    values: { name: subject, reason: str(data.reason) },
    path: path ?? (companyId && /^[\w-]+$/.test(companyId) ? `/workspace/companies/${companyId}` : null),
  };
}
