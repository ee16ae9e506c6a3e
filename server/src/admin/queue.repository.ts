import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

/** How many entries of each list the console shows; the counts are always complete. */
const queueLimit = 200;

const pendingRevisionSelect = {
  id: true,
  companyId: true,
  submittedAt: true,
  company: { select: { name: true, status: true } },
  submittedBy: { select: { name: true } },
} as const satisfies Prisma.CompanyRevisionSelect;

const inReviewOpportunitySelect = {
  id: true,
  type: true,
  title: true,
  anonymous: true,
  submittedAt: true,
  companyId: true,
  company: { select: { name: true } },
} as const satisfies Prisma.OpportunitySelect;

/** Company revisions waiting for review and opportunities in review, oldest first. */
export async function findReviewQueue(prisma: PrismaClient) {
  const pendingRevisions = { status: "PENDING" } as const;
  const inReview = { status: "IN_REVIEW" } as const;
  const [revisions, revisionCount, opportunities, opportunityCount] = await Promise.all([
    prisma.companyRevision.findMany({
      where: pendingRevisions,
      select: pendingRevisionSelect,
      orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: queueLimit,
    }),
    prisma.companyRevision.count({ where: pendingRevisions }),
    prisma.opportunity.findMany({
      where: inReview,
      select: inReviewOpportunitySelect,
      orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: queueLimit,
    }),
    prisma.opportunity.count({ where: inReview }),
  ]);
  return { revisions, revisionCount, opportunities, opportunityCount };
}
