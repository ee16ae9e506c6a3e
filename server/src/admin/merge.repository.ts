import type { Prisma } from "../generated/prisma/client.ts";
import { companyContactSelect, companyFactsSelect } from "../db/company-select.ts";
import { insertCompanyVocabulary } from "../companies/company-vocabulary.repository.ts";
import { enqueueOutbox } from "../outbox/outbox.repository.ts";

type Tx = Prisma.TransactionClient;

/** Introduction states that are still going on (a merge may withdraw these). */
const openIntroduction: Prisma.EnumIntroductionStatusFilter<"Introduction"> = { in: ["AWAITING_BROKER", "PENDING", "ACCEPTED"] };

const mergeCompanySelect = {
  id: true,
  name: true,
  slug: true,
  status: true,
  externalId: true,
  registryId: true,
  verified: true,
  mergedIntoId: true,
  ...companyFactsSelect,
  ...companyContactSelect,
  size: true,
  logoKey: true,
  capabilities: { select: { capabilityCode: true, position: true }, orderBy: { position: "asc" } },
  certifications: { select: { certificationCode: true, validUntil: true }, orderBy: { certificationCode: "asc" } },
  materials: { select: { materialCode: true }, orderBy: { materialCode: "asc" } },
  clusters: { select: { clusterId: true, joinedAt: true }, orderBy: { clusterId: "asc" } },
  memberships: { select: { id: true, userId: true, role: true }, orderBy: { userId: "asc" } },
  opportunities: { select: { id: true }, orderBy: { id: "asc" } },
} as const satisfies Prisma.CompanySelect;
export type MergeCompanyRow = Prisma.CompanyGetPayload<{ select: typeof mergeCompanySelect }>;

export async function findMergeCompany(tx: Tx, id: string): Promise<MergeCompanyRow | null> {
  return tx.company.findUnique({ where: { id }, select: mergeCompanySelect });
}

/**
 * Archives the source as merged into the target. Guarded on its status, so of two merges of the
 * same firm at once only one gets a row (the other's transaction waits for the lock, then finds it archived).
 */
export async function archiveAsMerged(tx: Tx, sourceId: string, targetId: string): Promise<boolean> {
  const { count } = await tx.company.updateMany({
    where: { id: sourceId, status: { not: "ARCHIVED" } },
    data: { status: "ARCHIVED", mergedIntoId: targetId },
  });
  return count === 1;
}

/** Fills the target's empty fields; refuses (false) when the target was archived meanwhile. */
export async function updateMergeTarget(tx: Tx, targetId: string, data: Prisma.CompanyUpdateManyMutationInput): Promise<boolean> {
  const { count } = await tx.company.updateMany({ where: { id: targetId, status: { not: "ARCHIVED" } }, data });
  return count === 1;
}

/** Memberships: moved, or merged into the user's membership of the target with the stronger role. */
export async function mergeMemberships(tx: Tx, source: MergeCompanyRow, target: MergeCompanyRow) {
  let moved = 0;
  let merged = 0;
  const targetByUser = new Map(target.memberships.map((m) => [m.userId, m]));
  for (const m of source.memberships) {
    const existing = targetByUser.get(m.userId);
    if (!existing) {
      await tx.membership.update({ where: { id: m.id }, data: { companyId: target.id }, select: { id: true } });
      moved++;
      continue;
    }
    if (m.role === "OWNER" && existing.role !== "OWNER") {
      await tx.membership.update({ where: { id: existing.id }, data: { role: "OWNER" }, select: { id: true } });
    }
    await tx.membership.delete({ where: { id: m.id }, select: { id: true } });
    merged++;
  }
  return { moved, merged };
}

export async function moveOpportunities(tx: Tx, sourceId: string, targetId: string): Promise<number> {
  return (await tx.opportunity.updateMany({ where: { companyId: sourceId }, data: { companyId: targetId } })).count;
}

/**
 * Withdraws the open introductions a merge would make pointless: those between the two firms
 * (they would be between the target and itself) and the source's interest in an opportunity the
 * target already showed interest in. Then moves every introduction of the source to the target.
 */
export async function mergeIntroductions(tx: Tx, sourceId: string, targetId: string) {
  const between = await tx.introduction.updateMany({
    where: {
      status: openIntroduction,
      OR: [
        { fromCompanyId: sourceId, toCompanyId: targetId },
        { fromCompanyId: targetId, toCompanyId: sourceId },
      ],
    },
    data: { status: "WITHDRAWN" },
  });
  const targetInterests = await tx.introduction.findMany({
    where: { fromCompanyId: targetId, kind: "INTEREST", status: openIntroduction, opportunityId: { not: null } },
    select: { opportunityId: true },
  });
  const duplicates = await tx.introduction.updateMany({
    where: {
      fromCompanyId: sourceId,
      kind: "INTEREST",
      status: openIntroduction,
      opportunityId: { in: targetInterests.map((i) => i.opportunityId!) },
    },
    data: { status: "WITHDRAWN" },
  });
  const from = await tx.introduction.updateMany({ where: { fromCompanyId: sourceId }, data: { fromCompanyId: targetId } });
  const to = await tx.introduction.updateMany({ where: { toCompanyId: sourceId }, data: { toCompanyId: targetId } });
  const messages = await tx.message.updateMany({ where: { senderCompanyId: sourceId }, data: { senderCompanyId: targetId } });
  return { withdrawn: between.count + duplicates.count, from: from.count, to: to.count, messages: messages.count };
}

/**
 * Moves the source's revisions into the target's history. The source's open ones (draft, pending,
 * rejected) proposed a profile that no longer exists: they are superseded, so none of them can be
 * approved over the target or taken for its working copy.
 */
export async function moveRevisions(tx: Tx, sourceId: string, targetId: string) {
  const superseded = await tx.companyRevision.updateMany({
    where: { companyId: sourceId, status: { in: ["DRAFT", "PENDING", "REJECTED"] } },
    data: { status: "SUPERSEDED" },
  });
  const moved = await tx.companyRevision.updateMany({ where: { companyId: sourceId }, data: { companyId: targetId } });
  return { moved: moved.count, superseded: superseded.count };
}

export async function moveInvitations(tx: Tx, sourceId: string, targetId: string): Promise<number> {
  return (await tx.invitation.updateMany({ where: { companyId: sourceId }, data: { companyId: targetId } })).count;
}

export async function repointEarlierMerges(tx: Tx, sourceId: string, targetId: string): Promise<number> {
  return (await tx.company.updateMany({ where: { mergedIntoId: sourceId }, data: { mergedIntoId: targetId } })).count;
}

/**
 * Gives the target the capabilities, certifications, materials and clusters only the source had.
 * The archived source keeps its own rows, as the record of what it was.
 */
export async function unionVocabularyAndClusters(tx: Tx, source: MergeCompanyRow, target: MergeCompanyRow) {
  const has = <T>(rows: T[], key: (row: T) => string) => new Set(rows.map(key));
  const targetCaps = has(target.capabilities, (c) => c.capabilityCode);
  const capabilityCodes = source.capabilities.map((c) => c.capabilityCode).filter((code) => !targetCaps.has(code));
  const targetCerts = has(target.certifications, (c) => c.certificationCode);
  const certifications = source.certifications
    .filter((c) => !targetCerts.has(c.certificationCode))
    .map((c) => ({ code: c.certificationCode, validUntil: c.validUntil }));
  const targetMaterials = has(target.materials, (m) => m.materialCode);
  const materialCodes = source.materials.map((m) => m.materialCode).filter((code) => !targetMaterials.has(code));
  const targetClusters = has(target.clusters, (c) => c.clusterId);
  const clusters = source.clusters
    .filter((c) => !targetClusters.has(c.clusterId))
    .map((c) => ({ companyId: target.id, clusterId: c.clusterId, joinedAt: c.joinedAt }));
  const firstPosition = Math.max(-1, ...target.capabilities.map((c) => c.position)) + 1;
  await insertCompanyVocabulary(tx, [{ companyId: target.id, capabilityCodes, firstPosition, certifications, materialCodes }]);
  await tx.companyCluster.createMany({ data: clusters });
  return { capabilities: capabilityCodes.length, certifications: certifications.length, materials: materialCodes.length, clusters: clusters.length };
}

/** Search must drop the source, show the target as it is now and list moved opportunities under it. */
export async function enqueueMergeOutbox(tx: Tx, companyIds: string[], opportunityIds: string[]): Promise<void> {
  for (const id of companyIds) await enqueueOutbox(tx, "company", id);
  for (const id of opportunityIds) await enqueueOutbox(tx, "opportunity", id);
}
