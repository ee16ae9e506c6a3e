import { AppError, type MergeCompaniesInput, type MergeCounts, type MergeResult } from "@cluster-match/shared";
import { auditActor } from "../audit/audit-rule.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import type { UserContext } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { fieldsToFill } from "./merge-fields.ts";
import {
  archiveAsMerged,
  enqueueMergeOutbox,
  findMergeCompany,
  mergeIntroductions,
  mergeMemberships,
  moveInvitations,
  moveOpportunities,
  moveRevisions,
  repointEarlierMerges,
  unionVocabularyAndClusters,
  updateMergeTarget,
  type MergeCompanyRow,
} from "./merge.repository.ts";

/** Thrown at the end of a dry run to roll its transaction back, carrying what the merge would have done. */
class DryRunRollback extends Error {
  constructor(readonly result: MergeResult) {
    super("dry run");
  }
}

/** What the audit entry keeps of each firm: everything a merge can change. */
function snapshot(row: MergeCompanyRow) {
  const { capabilities, certifications, materials, clusters, memberships, opportunities, ...fields } = row;
  return {
    ...fields,
    capabilities: capabilities.map((c) => c.capabilityCode),
    certifications: certifications.map((c) => c.certificationCode),
    materials: materials.map((m) => m.materialCode),
    clusters: clusters.map((c) => c.clusterId),
    memberships: memberships.map((m) => ({ userId: m.userId, role: m.role })),
    opportunities: opportunities.map((o) => o.id),
  };
}

const summaryOf = (row: MergeCompanyRow) => ({ id: row.id, name: row.name, slug: row.slug, status: row.status });

async function load(tx: Prisma.TransactionClient, id: string): Promise<MergeCompanyRow> {
  const row = await findMergeCompany(tx, id);
  if (!row) throw new AppError("NOT_FOUND", "Company not found");
  return row;
}

/**
 * Merges a duplicate firm (source) into the one that stays (target), in one transaction: people,
 * opportunities, introductions, revisions and invitations move; capabilities, certifications,
 * materials and clusters are united; empty fields of the target are filled; the source is
 * archived with `mergedIntoId`. A dry run does all of it and rolls back, so what it reports is
 * exactly what a merge would do.
 */
export async function mergeCompanies(ctx: UserContext, input: MergeCompaniesInput): Promise<MergeResult> {
  if (input.sourceId === input.targetId) throw new AppError("INVALID_STATE", "A firm cannot be merged into itself");
  try {
    return await ctx.prisma.$transaction(
      async (tx) => {
        const source = await load(tx, input.sourceId);
        const target = await load(tx, input.targetId);
        if (source.status === "ARCHIVED" || target.status === "ARCHIVED") {
          throw new AppError("INVALID_STATE", "Archived firms cannot be merged");
        }
        if (!(await archiveAsMerged(tx, source.id, target.id))) throw new AppError("INVALID_STATE", "The firm was archived meanwhile");

        const { data, filled } = fieldsToFill(target, source);
        // updatedAt is always set: the target changes even when no field needs filling (and an empty update matches no row).
        if (!(await updateMergeTarget(tx, target.id, { ...data, updatedAt: new Date() } as Prisma.CompanyUpdateManyMutationInput))) {
          throw new AppError("INVALID_STATE", "The firm was archived meanwhile");
        }
        const memberships = await mergeMemberships(tx, source, target);
        const opportunities = await moveOpportunities(tx, source.id, target.id);
        const introductions = await mergeIntroductions(tx, source.id, target.id);
        const revisions = await moveRevisions(tx, source.id, target.id);
        const invitations = await moveInvitations(tx, source.id, target.id);
        const united = await unionVocabularyAndClusters(tx, source, target);
        const earlierMerges = await repointEarlierMerges(tx, source.id, target.id);
        await enqueueMergeOutbox(tx, [source.id, target.id], source.opportunities.map((o) => o.id));

        const moved: MergeCounts = {
          memberships: memberships.moved,
          membershipsMerged: memberships.merged,
          opportunities,
          introductionsFrom: introductions.from,
          introductionsTo: introductions.to,
          introductionsWithdrawn: introductions.withdrawn,
          messages: introductions.messages,
          revisions: revisions.moved,
          revisionsSuperseded: revisions.superseded,
          invitations,
          ...united,
          earlierMerges,
        };
        const [sourceAfter, targetAfter] = [await load(tx, source.id), await load(tx, target.id)];
        const result: MergeResult = { dryRun: input.dryRun, source: summaryOf(sourceAfter), target: summaryOf(targetAfter), moved, filledFields: filled };
        if (input.dryRun) throw new DryRunRollback(result);

        await recordAudit(tx, auditActor(ctx.user), {
          action: "company.merge",
          entityType: "company",
          entityId: target.id,
          // Both ids in the line, so a search for either firm finds the merge.
          summary: `Merged «${source.name}» (${source.id}) into «${target.name}» (${target.id})`,
          before: { source: snapshot(source), target: snapshot(target) },
          after: { source: snapshot(sourceAfter), target: snapshot(targetAfter), moved, filledFields: filled },
        });
        return result;
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.result;
    throw error;
  }
}
