import type { Prisma } from "../generated/prisma/client.ts";

type Tx = Prisma.TransactionClient;

/** What an opportunity asks of a partner: capabilities (in order) and certifications. */
export interface OpportunityRequirements {
  capabilityCodes: string[];
  certificationCodes: string[];
}

/** Adds the opportunity's required capability and certification rows. */
export async function insertOpportunityRequirements(tx: Tx, opportunityId: string, requirements: OpportunityRequirements): Promise<void> {
  await tx.opportunityCapability.createMany({
    data: requirements.capabilityCodes.map((capabilityCode, position) => ({ opportunityId, capabilityCode, position })),
  });
  await tx.opportunityCertification.createMany({
    data: requirements.certificationCodes.map((certificationCode) => ({ opportunityId, certificationCode })),
  });
}

/** Replaces the opportunity's required capabilities and certifications with the given ones. */
export async function replaceOpportunityRequirements(tx: Tx, opportunityId: string, requirements: OpportunityRequirements): Promise<void> {
  await tx.opportunityCapability.deleteMany({ where: { opportunityId } });
  await tx.opportunityCertification.deleteMany({ where: { opportunityId } });
  await insertOpportunityRequirements(tx, opportunityId, requirements);
}
