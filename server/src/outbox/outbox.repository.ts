import type { Prisma } from "../generated/prisma/client.ts";

export type OutboxAggregate = "company" | "opportunity";

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
