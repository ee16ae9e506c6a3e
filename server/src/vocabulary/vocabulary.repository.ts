import type { VocabularyTermKind } from "@cluster-match/shared";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

type Db = PrismaClient | Prisma.TransactionClient;

const termSelect = {
  id: true,
  kind: true,
  code: true,
  locale: true,
  phrase: true,
  createdAt: true,
  removedAt: true,
  createdBy: { select: { email: true } },
} as const satisfies Prisma.VocabularyTermSelect;

export type VocabularyTermRow = Prisma.VocabularyTermGetPayload<{ select: typeof termSelect }>;

/** The terms in effect (not removed), newest first. */
export async function findActiveTerms(db: Db): Promise<VocabularyTermRow[]> {
  return db.vocabularyTerm.findMany({ where: { removedAt: null }, select: termSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

export async function findTermById(db: Db, id: string): Promise<VocabularyTermRow | null> {
  return db.vocabularyTerm.findUnique({ where: { id }, select: termSelect });
}

export async function createTerm(
  tx: Prisma.TransactionClient,
  data: { kind: VocabularyTermKind; code: string; locale: string; phrase: string; createdById: string },
  now: Date,
): Promise<VocabularyTermRow> {
  return tx.vocabularyTerm.create({ data: { ...data, createdAt: now }, select: termSelect });
}

/** Marks a term removed unless it already is; false when there was nothing to remove. */
export async function markTermRemoved(tx: Prisma.TransactionClient, id: string, removedById: string, now: Date): Promise<boolean> {
  const { count } = await tx.vocabularyTerm.updateMany({ where: { id, removedAt: null }, data: { removedAt: now, removedById } });
  return count === 1;
}

/**
 * Serialises adds: a transaction-scoped advisory lock (released at commit), so the check for a
 * phrase already in use sees every term committed before it. PGlite runs one transaction at a time anyway.
 */
export async function lockVocabularyWrites(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${vocabularyLockKey})`;
}

// Any fixed number unique among the app's advisory locks.
const vocabularyLockKey = 730_241_001;
