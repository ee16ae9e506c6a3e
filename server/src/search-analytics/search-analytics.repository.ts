import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

export interface SearchLogData {
  query: string;
  normalized: string;
  locale: string;
  understood: Prisma.InputJsonValue;
  unreadWords: string[];
  resultCount: number;
  page: number;
  resultIds: string[];
  resultOffset: number;
}

export async function createSearchLog(prisma: PrismaClient, data: SearchLogData, now: Date): Promise<string> {
  const row = await prisma.searchLog.create({ data: { ...data, createdAt: now }, select: { id: true } });
  return row.id;
}

export async function findSearchLogForClick(prisma: PrismaClient, id: string) {
  return prisma.searchLog.findUnique({ where: { id }, select: { id: true, createdAt: true, clickedAt: true, resultIds: true, resultOffset: true } });
}

/** Sets the click unless one is set already or the search is older than `notBefore`; false when nothing was set. */
export async function setSearchClickOnce(
  prisma: PrismaClient,
  id: string,
  click: { companyId: string; position: number },
  now: Date,
  notBefore: Date,
): Promise<boolean> {
  const { count } = await prisma.searchLog.updateMany({
    where: { id, clickedAt: null, createdAt: { gte: notBefore } },
    data: { clickedCompanyId: click.companyId, clickedPosition: click.position, clickedAt: now },
  });
  return count === 1;
}

export async function isPublishedCompany(prisma: PrismaClient, id: string): Promise<boolean> {
  return (await prisma.company.count({ where: { id, status: "PUBLISHED" } })) === 1;
}

/** Retention: deletes the searches logged before `before`. */
export async function deleteSearchLogsBefore(prisma: PrismaClient, before: Date): Promise<number> {
  const { count } = await prisma.searchLog.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}

/** First-page searches since `since` (paging is not a new search). */
export async function countSearchesSince(prisma: PrismaClient, since: Date): Promise<number> {
  return prisma.searchLog.count({ where: { createdAt: { gte: since }, page: 1 } });
}

export interface QueryGroupRow {
  normalized: string;
  example: string;
  count: number;
  locales: string[];
  lastSeen: Date;
  maxResults: number;
}

/** First-page searches since `since` that found between `min` and `max` firms, by normalized text, most frequent first. */
export async function groupQueriesByResults(prisma: PrismaClient, since: Date, min: number, max: number, limit: number): Promise<QueryGroupRow[]> {
  // The newest query of a group as its example: array_agg with ORDER BY, which groupBy cannot express.
  return prisma.$queryRaw<QueryGroupRow[]>`
    SELECT "normalized",
           (array_agg("query" ORDER BY "createdAt" DESC, "id" DESC))[1] AS example,
           count(*)::int AS count,
           array_agg(DISTINCT "locale" ORDER BY "locale") AS locales,
           max("createdAt") AS "lastSeen",
           max("resultCount")::int AS "maxResults"
    FROM "SearchLog"
    WHERE "createdAt" >= ${since} AND "page" = 1 AND "resultCount" BETWEEN ${min} AND ${max}
    GROUP BY "normalized"
    ORDER BY count DESC, "lastSeen" DESC, "normalized" ASC
    LIMIT ${limit}`;
}

export interface UnreadWordRow {
  word: string;
  count: number;
  example: string;
  lastSeen: Date;
}

/** Words first-page searches since `since` left unread, most frequent first, each with its newest query. */
export async function groupUnreadWords(prisma: PrismaClient, since: Date, limit: number): Promise<UnreadWordRow[]> {
  return prisma.$queryRaw<UnreadWordRow[]>`
    SELECT w.word AS word,
           count(*)::int AS count,
           (array_agg(l."query" ORDER BY l."createdAt" DESC, l."id" DESC))[1] AS example,
           max(l."createdAt") AS "lastSeen"
    FROM "SearchLog" l CROSS JOIN LATERAL unnest(l."unreadWords") AS w(word)
    WHERE l."createdAt" >= ${since} AND l."page" = 1
    GROUP BY w.word
    ORDER BY count DESC, "lastSeen" DESC, w.word ASC
    LIMIT ${limit}`;
}
