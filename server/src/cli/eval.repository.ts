import type { PrismaClient } from "../generated/prisma/client.ts";

/** Company id → the id the judged queries use (the data set's external id). */
export async function findExternalIds(prisma: PrismaClient): Promise<Map<string, string>> {
  const companies = await prisma.company.findMany({ select: { id: true, externalId: true } });
  return new Map(companies.map((c) => [c.id, c.externalId ?? c.id]));
}

export async function findOpportunityIdByExternalId(prisma: PrismaClient, externalId: string): Promise<string> {
  return (await prisma.opportunity.findUniqueOrThrow({ where: { externalId }, select: { id: true } })).id;
}
