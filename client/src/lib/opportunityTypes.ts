import { opportunityTypes, type OpportunityType } from "@cluster-match/shared/enums";

/** The opportunity types in display order. */
export const opportunityTypeList: readonly OpportunityType[] = opportunityTypes;

/** Whether an opportunity offers something (its capabilities are what it provides) rather than asks for it. */
export function isOfferType(type: OpportunityType): boolean {
  return type.endsWith("_OFFER");
}

/** The heading of an opportunity's capabilities: what a request needs, what an offer provides. */
export function capabilitiesHeadingKey(type: OpportunityType): "opportunity.requiredCapabilities" | "opportunity.offeredCapabilities" {
  return isOfferType(type) ? "opportunity.offeredCapabilities" : "opportunity.requiredCapabilities";
}
