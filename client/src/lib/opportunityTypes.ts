import { opportunityTypes, type OpportunityType } from "@cluster-match/shared/enums";

/** The opportunity types in display order. */
export const opportunityTypeList: readonly OpportunityType[] = opportunityTypes;
