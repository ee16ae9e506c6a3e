import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { DigestFrequency, SavedSearchKind } from "../generated/prisma/enums.ts";

type Db = Prisma.TransactionClient | PrismaClient;

const savedSearchSelect = {
  id: true,
  name: true,
  kind: true,
  query: true,
  frequency: true,
  lastDigestAt: true,
  createdAt: true,
} as const satisfies Prisma.SavedSearchSelect;
export type SavedSearchRow = Prisma.SavedSearchGetPayload<{ select: typeof savedSearchSelect }>;

/** Serialises "count, then insert" for one user, so simultaneous saves cannot pass the limit. */
export async function lockUser(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`saved-searches:${userId}`}, 0))`;
}

export async function countSavedSearches(db: Db, userId: string): Promise<number> {
  return db.savedSearch.count({ where: { userId } });
}

export async function findSavedSearches(db: Db, userId: string): Promise<SavedSearchRow[]> {
  return db.savedSearch.findMany({ where: { userId }, select: savedSearchSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

export async function findOwnSavedSearch(db: Db, userId: string, id: string): Promise<SavedSearchRow | null> {
  return db.savedSearch.findFirst({ where: { id, userId }, select: savedSearchSelect });
}

export async function insertSavedSearch(
  tx: Prisma.TransactionClient,
  data: { userId: string; name: string; kind: SavedSearchKind; query: Prisma.InputJsonValue; frequency: DigestFrequency },
): Promise<SavedSearchRow> {
  return tx.savedSearch.create({ data, select: savedSearchSelect });
}

/** Updates the user's own search; null when it is not theirs (or gone). */
export async function updateOwnSavedSearch(
  db: Db,
  userId: string,
  id: string,
  data: { name?: string | undefined; frequency?: DigestFrequency | undefined; query?: Prisma.InputJsonValue | undefined },
): Promise<SavedSearchRow | null> {
  const { count } = await db.savedSearch.updateMany({ where: { id, userId }, data });
  return count === 0 ? null : findOwnSavedSearch(db, userId, id);
}

export async function deleteOwnSavedSearch(db: Db, userId: string, id: string): Promise<number> {
  const { count } = await db.savedSearch.deleteMany({ where: { id, userId } });
  return count;
}

const dueSelect = {
  ...savedSearchSelect,
  user: { select: { id: true, locale: true } },
} as const satisfies Prisma.SavedSearchSelect;
export type DueSavedSearchRow = Prisma.SavedSearchGetPayload<{ select: typeof dueSelect }>;

/** Searches whose digest is due: never sent, or last sent before the cut-off of their frequency. */
export async function findDueSavedSearches(db: Db, cutoff: { DAILY: Date; WEEKLY: Date }): Promise<DueSavedSearchRow[]> {
  return db.savedSearch.findMany({
    where: {
      user: { suspended: false },
      OR: (["DAILY", "WEEKLY"] as const).map((frequency) => ({
        frequency,
        OR: [{ lastDigestAt: null }, { lastDigestAt: { lte: cutoff[frequency] } }],
      })),
    },
    select: dueSelect,
    orderBy: { id: "asc" },
  });
}

/**
 * Records a digest as sent, only if nobody else recorded one since we read it (a second
 * instance): false means "already done".
 */
export async function claimDigest(tx: Prisma.TransactionClient, id: string, lastDigestAt: Date | null, now: Date): Promise<boolean> {
  const { count } = await tx.savedSearch.updateMany({ where: { id, lastDigestAt }, data: { lastDigestAt: now } });
  return count === 1;
}

/** Of these companies, those first published after `since`. */
export async function companiesPublishedAfter(db: Db, ids: string[], since: Date): Promise<Set<string>> {
  const rows = await db.company.findMany({ where: { id: { in: ids }, status: "PUBLISHED", publishedAt: { gt: since } }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

/** Of these opportunities, those published after `since`. */
export async function opportunitiesPublishedAfter(db: Db, ids: string[], since: Date): Promise<Set<string>> {
  const rows = await db.opportunity.findMany({ where: { id: { in: ids }, status: "PUBLISHED", publishedAt: { gt: since } }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}
