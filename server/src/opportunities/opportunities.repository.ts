import { utcDay } from "@cluster-match/shared";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

export interface OpportunityFilter {
  types: string[];
  capabilityCodes?: string[] | undefined;
  /** Target country: opportunities open to anywhere (no targets) match every country. */
  country?: string | undefined;
  companyId?: string | undefined;
}

const opportunityCardSelect = {
  id: true,
  type: true,
  status: true,
  title: true,
  anonymous: true,
  targetCountries: true,
  cooperationTypes: true,
  deadline: true,
  company: { select: { id: true, slug: true, name: true, nameLatin: true, city: true, cityLatin: true, country: true } },
  requiredCapabilities: { select: { capabilityCode: true }, orderBy: { position: "asc" } },
} as const satisfies Prisma.OpportunitySelect;

const opportunityDetailSelect = {
  ...opportunityCardSelect,
  description: true,
  publishedAt: true,
  certificationsRequired: { select: { certificationCode: true }, orderBy: { certificationCode: "asc" } },
} as const satisfies Prisma.OpportunitySelect;

export type OpportunityCardRow = Prisma.OpportunityGetPayload<{ select: typeof opportunityCardSelect }>;
export type OpportunityDetailRow = Prisma.OpportunityGetPayload<{ select: typeof opportunityDetailSelect }>;

/**
 * Published and visible: the owner company is published too, and the deadline day has not
 * passed (the expiry job marks it EXPIRED after midnight UTC; until then it is already hidden).
 */
function visible(now: Date) {
  return {
    status: "PUBLISHED",
    company: { status: "PUBLISHED" },
    deadline: { gte: new Date(`${utcDay(now)}T00:00:00Z`) },
  } as const satisfies Prisma.OpportunityWhereInput;
}

function publishedWhere(filter: OpportunityFilter, now: Date): Prisma.OpportunityWhereInput {
  return {
    ...visible(now),
    ...(filter.types.length > 0 ? { type: { in: filter.types as Prisma.EnumOpportunityTypeFilter["in"] } } : {}),
    ...(filter.capabilityCodes
      ? { requiredCapabilities: { some: { capabilityCode: { in: filter.capabilityCodes } } } }
      : {}),
    ...(filter.country
      ? { OR: [{ targetCountries: { has: filter.country } }, { targetCountries: { isEmpty: true } }] }
      : {}),
    // Anonymous opportunities are never listed under their owner's name.
    ...(filter.companyId ? { companyId: filter.companyId, anonymous: false } : {}),
  };
}

export async function findPublishedOpportunities(
  prisma: PrismaClient,
  filter: OpportunityFilter,
  page: { skip: number; take: number },
  now: Date,
  sort: "deadline" | "newest" = "deadline",
): Promise<{ rows: OpportunityCardRow[]; total: number }> {
  const where = publishedWhere(filter, now);
  const [rows, total] = await Promise.all([
    prisma.opportunity.findMany({
      where,
      select: opportunityCardSelect,
      orderBy: sort === "newest" ? [{ publishedAt: "desc" }, { id: "asc" }] : [{ deadline: "asc" }, { id: "asc" }],
      skip: page.skip,
      take: page.take,
    }),
    prisma.opportunity.count({ where }),
  ]);
  return { rows, total };
}

export async function findPublishedOpportunity(prisma: PrismaClient, id: string, now: Date): Promise<OpportunityDetailRow | null> {
  return prisma.opportunity.findFirst({ where: { ...visible(now), id }, select: opportunityDetailSelect });
}

export async function findPublishedOpportunitiesByIds(prisma: PrismaClient, ids: string[], now: Date): Promise<OpportunityCardRow[]> {
  return prisma.opportunity.findMany({ where: { ...visible(now), id: { in: ids } }, select: opportunityCardSelect });
}
