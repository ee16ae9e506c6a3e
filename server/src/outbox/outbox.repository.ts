import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

/**
 * What changed: a company or an opportunity (its id), or the search vocabulary (id: what changed,
 * e.g. "capability:MACH.CNC_MILLING" or "taxonomy"), which the search worker reloads.
 */
export type OutboxAggregate = "company" | "opportunity" | "vocabulary";

/**
 * Records that an aggregate changed. Must be called inside the transaction that changed it,
 * so the search index can never miss an update.
 */
export async function enqueueOutbox(
  tx: Prisma.TransactionClient,
  aggregateType: OutboxAggregate,
  aggregateId: string,
  operation: "UPSERT" | "DELETE" = "UPSERT",
): Promise<void> {
  await tx.outbox.create({ data: { aggregateType, aggregateId, operation }, select: { id: true } });
}

export interface OutboxRow {
  id: bigint;
  aggregateType: string;
  aggregateId: string;
  operation: "UPSERT" | "DELETE";
  attempts: number;
}

/** The oldest unprocessed rows that are due (their backoff has passed). */
export async function findDueOutboxRows(prisma: PrismaClient, limit: number, now: Date): Promise<OutboxRow[]> {
  return prisma.outbox.findMany({
    where: { processedAt: null, availableAt: { lte: now } },
    select: { id: true, aggregateType: true, aggregateId: true, operation: true, attempts: true },
    orderBy: { id: "asc" },
    take: limit,
  });
}

export async function markOutboxProcessed(prisma: PrismaClient, ids: bigint[], now: Date): Promise<void> {
  await prisma.outbox.updateMany({ where: { id: { in: ids } }, data: { processedAt: now } });
}

/** Records a failed attempt; the row becomes due again after `retryInMs`. */
export async function markOutboxFailed(prisma: PrismaClient, ids: bigint[], error: string, retryInMs: number, now: Date): Promise<void> {
  await prisma.outbox.updateMany({
    where: { id: { in: ids } },
    data: { attempts: { increment: 1 }, lastError: error.slice(0, 2000), availableAt: new Date(now.getTime() + retryInMs) },
  });
}

export async function countPendingOutbox(prisma: PrismaClient): Promise<number> {
  return prisma.outbox.count({ where: { processedAt: null } });
}

/** After a full rebuild: rows up to `id` are covered by it. */
export async function markAllOutboxProcessedUpTo(prisma: PrismaClient, id: bigint, now: Date): Promise<void> {
  await prisma.outbox.updateMany({ where: { id: { lte: id }, processedAt: null }, data: { processedAt: now } });
}

/** The newest outbox row's id, or null when the outbox is empty. */
export async function latestOutboxId(prisma: PrismaClient): Promise<bigint | null> {
  const latest = await prisma.outbox.aggregate({ _max: { id: true } });
  return latest._max.id;
}
