import { pickLocalized, type LocalizedText, type ReviewQueue, type reviewQueueInputSchema } from "@cluster-match/shared";
import type { z } from "zod";
import type { ServiceContext } from "../context.ts";
import { findReviewQueue } from "./queue.repository.ts";

export async function getReviewQueue(ctx: Pick<ServiceContext, "prisma">, input: z.infer<typeof reviewQueueInputSchema>): Promise<ReviewQueue> {
  const { locale } = input;
  const { revisions, revisionCount, opportunities, opportunityCount } = await findReviewQueue(ctx.prisma);
  return {
    companyRevisions: revisions.map((r) => ({
      revisionId: r.id,
      companyId: r.companyId,
      companyName: r.company.name,
      // A firm not yet published (imported firms may lack publishedAt, so the status decides):
      // the revision is its registration, not an edit of a live profile.
      isNew: r.company.status === "DRAFT" || r.company.status === "PENDING_REVIEW",
      submittedAt: r.submittedAt?.toISOString() ?? null,
      submitterName: r.submittedBy?.name ?? null,
    })),
    opportunities: opportunities.map((o) => {
      const title = pickLocalized(o.title as LocalizedText, locale);
      return {
        id: o.id,
        title: title?.text ?? o.id,
        titleLang: title?.lang ?? locale,
        type: o.type,
        companyId: o.companyId,
        companyName: o.company.name,
        anonymous: o.anonymous,
        submittedAt: o.submittedAt?.toISOString() ?? null,
      };
    }),
    counts: { companyRevisions: revisionCount, opportunities: opportunityCount },
  };
}
