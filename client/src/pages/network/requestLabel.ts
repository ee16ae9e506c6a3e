import type { IntroductionSummary } from "@cluster-match/shared/schemas/introductions";

type Labelled = Pick<IntroductionSummary, "kind" | "opportunity" | "inquiry">;

/** A catalogue key with its values, and the language of the text put into it (an opportunity title's). */
export type RequestLabel =
  | { key: "network.inbox.inquiry" | "reach.contactPoint.titleInquiry"; values: { subject: string }; lang?: undefined }
  | { key: "network.inbox.interestIn" | "reach.contactPoint.titleInterest"; values: { title: string }; lang: string }
  | { key: "reach.contactPoint.titleCompany"; values: { firm: string }; lang?: undefined }
  | { key: "network.kind.INQUIRY" | "network.inbox.request"; values?: undefined; lang?: undefined };

/**
 * What a request is about, for its line in the inbox: a request for quotation by its subject, an
 * interest by the opportunity's title, else a plain introduction request.
 */
export function inboxLabel(item: Labelled): RequestLabel {
  if (item.kind === "INQUIRY") return item.inquiry ? { key: "network.inbox.inquiry", values: { subject: item.inquiry.subject } } : { key: "network.kind.INQUIRY" };
  if (item.opportunity) return { key: "network.inbox.interestIn", values: { title: item.opportunity.title.text }, lang: item.opportunity.title.lang };
  return { key: "network.inbox.request" };
}

/**
 * The title of a request in the contact point's queue: what it is and, for a plain introduction
 * request, who asks (`from`: the requesting firm's name as the reader should see it).
 */
export function contactPointTitle(item: Labelled, from: string): RequestLabel {
  if (item.kind === "INQUIRY") return item.inquiry ? { key: "reach.contactPoint.titleInquiry", values: { subject: item.inquiry.subject } } : { key: "network.kind.INQUIRY" };
  if (item.opportunity) return { key: "reach.contactPoint.titleInterest", values: { title: item.opportunity.title.text }, lang: item.opportunity.title.lang };
  return { key: "reach.contactPoint.titleCompany", values: { firm: from } };
}
