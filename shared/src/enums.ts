/** Closed value lists shared by server and client; no zod here, so the SPA can import them cheaply. */

export const opportunityTypes = [
  "SUPPLY_REQUEST",
  "SUPPLY_OFFER",
  "MARKET_REQUEST",
  "MARKET_OFFER",
  "RND_REQUEST",
  "RND_OFFER",
] as const;
export type OpportunityType = (typeof opportunityTypes)[number];

export const opportunityStatuses = ["DRAFT", "IN_REVIEW", "PUBLISHED", "REJECTED", "EXPIRED", "CLOSED"] as const;
export type OpportunityStatus = (typeof opportunityStatuses)[number];

export const cooperationTypes = [
  "subcontracting",
  "manufacturing_agreement",
  "distribution",
  "joint_venture",
  "research_cooperation",
  "technical_cooperation",
  "licence",
] as const;
export type CooperationType = (typeof cooperationTypes)[number];

export const seekTypes = ["SUPPLY", "MARKET", "RND"] as const;
export type SeekType = (typeof seekTypes)[number];
