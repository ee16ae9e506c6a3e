import type { PrismaClient } from "../generated/prisma/client.ts";

export async function findOpportunityForMatching(prisma: PrismaClient, id: string) {
  return prisma.opportunity.findFirst({
    where: { id },
    select: {
      id: true,
      status: true,
      companyId: true,
      targetCountries: true,
      requiredCapabilities: { select: { capabilityCode: true }, orderBy: { position: "asc" } },
      certificationsRequired: { select: { certificationCode: true } },
      company: {
        select: { lat: true, lng: true, languages: true, capabilities: { select: { capabilityCode: true } } },
      },
    },
  });
}
