import type { PrismaClient } from "../generated/prisma/client.ts";

export async function findOpportunityForMatching(prisma: PrismaClient, id: string) {
  return prisma.opportunity.findFirst({
    where: { id },
    select: {
      id: true,
      status: true,
      deadline: true,
      anonymous: true,
      companyId: true,
      targetCountries: true,
      requiredCapabilities: { select: { capabilityCode: true }, orderBy: { position: "asc" } },
      certificationsRequired: { select: { certificationCode: true } },
      company: {
        select: { status: true, lat: true, lng: true, languages: true, capabilities: { select: { capabilityCode: true } } },
      },
    },
  });
}

export async function findCompanyForMatching(prisma: PrismaClient, idOrSlug: string) {
  return prisma.company.findFirst({
    where: { status: "PUBLISHED", OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    select: {
      id: true,
      country: true,
      lat: true,
      lng: true,
      languages: true,
      seeks: true,
      capabilities: { select: { capabilityCode: true } },
      certifications: { select: { certificationCode: true } },
      opportunities: { select: { id: true, anonymous: true } },
    },
  });
}
