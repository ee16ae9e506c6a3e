import {
  AppError,
  fewResultsLimit,
  type Interpretation,
  type SearchAnalytics,
  type searchAnalyticsInputSchema,
  type SearchClickInput,
} from "@cluster-match/shared";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { consumeOrRefuse } from "../rate-limit/consume-or-refuse.ts";
import type { z } from "zod";
import type { ServiceContext, UserContext } from "../context.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { tokenize } from "../search-index/text/normalize.ts";
import {
  countSearchesSince,
  createSearchLog,
  deleteSearchLogsBefore,
  findSearchLogForClick,
  groupQueriesByResults,
  groupUnreadWords,
  isPublishedCompany,
  setSearchClickOnce,
  type QueryGroupRow,
} from "./search-analytics.repository.ts";

const dayMs = 24 * 60 * 60 * 1000;
/** A click is taken for a search this recent only: later, the log row is closed. */
export const clickWindowMs = 60 * 60 * 1000;
/** Clicks one client address may report per 15 minutes. */
const clicksPerWindow = 120;
const listLimit = 50;

/** What a company search showed, as the search service passes it to the log. */
export interface SearchToLog {
  query: string;
  locale: string;
  interpretation: Interpretation;
  total: number;
  page: number;
  pageSize: number;
  /** Ids of the firms shown, in order. */
  resultIds: string[];
}

/**
 * What was understood, as codes per kind ({ capabilities: [...], countries: [...], place: "Plovdiv" }):
 * every list of recognised parts of the interpretation, so a kind added to it is logged too.
 */
export function understoodCodes(interpretation: Interpretation): Record<string, unknown> {
  const understood: Record<string, unknown> = {};
  for (const [kind, value] of Object.entries(interpretation)) {
    if (Array.isArray(value)) {
      const codes = value.map((v: unknown) => (typeof v === "object" && v !== null && "code" in v ? String(v.code) : null)).filter((c) => c !== null);
      if (codes.length > 0) understood[kind] = codes;
    }
  }
  if (interpretation.place) understood.place = interpretation.place.nameLatin;
  if (interpretation.radiusKm !== null) understood.radiusKm = interpretation.radiusKm;
  if (interpretation.capabilityMode === "any" && understood.capabilities) understood.capabilityMode = "any";
  return understood;
}

/** Words left unread: the interpretation's free text in lower case, as typed (diacritics kept), each once. */
export function unreadWordsOf(freeText: string): string[] {
  const words = (freeText.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => /\p{L}/u.test(w) && w.length <= 80);
  return [...new Set(words)].slice(0, 30);
}

/** Logs a company search with a text query; returns the log row's id, for the click. */
export async function logCompanySearch(ctx: Pick<ServiceContext, "prisma" | "clock">, search: SearchToLog): Promise<string> {
  return createSearchLog(
    ctx.prisma,
    {
      query: search.query,
      normalized: tokenize(search.query).join(" ").slice(0, 300),
      locale: search.locale,
      understood: understoodCodes(search.interpretation) as never,
      // The API's free text, which leaves out a firm's name read as such (search-api.service.ts).
      unreadWords: unreadWordsOf(search.interpretation.freeText),
      resultCount: search.total,
      page: search.page,
      resultIds: search.resultIds,
      resultOffset: (search.page - 1) * search.pageSize,
    },
    toTheMinute(ctx.clock.now()),
  );
}

/**
 * Log times to the minute: exact enough for the reports and the click window, too coarse to
 * pair a row with the access log's line of the same request (which has the address).
 */
function toTheMinute(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 60_000) * 60_000);
}

const clickLimiters = new WeakMap<PrismaClient, RateLimiterPrisma>();

/** Clicks per client address, in the same store as the sign-in limits (so they hold across instances). */
function clickLimiter(prisma: PrismaClient): RateLimiterPrisma {
  let limiter = clickLimiters.get(prisma);
  if (!limiter) {
    limiter = new RateLimiterPrisma({
      storeClient: prisma,
      tableName: "rateLimiterFlexible",
      clearExpiredByTimeout: false,
      keyPrefix: "search_click",
      points: clicksPerWindow,
      duration: 15 * 60,
    });
    clickLimiters.set(prisma, limiter);
  }
  return limiter;
}

/**
 * Records which result of a logged search was opened: once per search, within an hour of it,
 * and only a published firm that search showed (its position is where it stood).
 */
export async function recordSearchClick(ctx: Pick<ServiceContext, "prisma" | "clock" | "request">, input: SearchClickInput): Promise<{ recorded: boolean }> {
  await consumeOrRefuse(clickLimiter(ctx.prisma), ctx.request.ip, "Too many clicks; try again later");
  const now = ctx.clock.now();
  const notBefore = new Date(now.getTime() - clickWindowMs);
  const log = await findSearchLogForClick(ctx.prisma, input.searchLogId);
  const index = log ? log.resultIds.indexOf(input.companyId) : -1;
  if (!log || log.createdAt < notBefore || index < 0 || !(await isPublishedCompany(ctx.prisma, input.companyId))) {
    throw new AppError("NOT_FOUND", "No such recent search result");
  }
  if (log.clickedAt) return { recorded: false };
  const recorded = await setSearchClickOnce(ctx.prisma, log.id, { companyId: input.companyId, position: log.resultOffset + index + 1 }, toTheMinute(now), notBefore);
  return { recorded };
}

const groupDto = (r: QueryGroupRow) => ({
  normalized: r.normalized,
  example: r.example,
  count: r.count,
  locales: r.locales,
  lastSeen: new Date(r.lastSeen).toISOString(),
  maxResults: r.maxResults,
});

/**
 * What searchers did not find over the last `days` days: queries with no result and with few
 * (1–3), by normalized text, and the words no part of the interpretation took, by frequency.
 */
export async function getSearchAnalytics(ctx: Pick<UserContext, "prisma" | "clock">, input: z.output<typeof searchAnalyticsInputSchema>): Promise<SearchAnalytics> {
  const since = new Date(ctx.clock.now().getTime() - input.days * dayMs);
  const [searches, zero, few, words] = await Promise.all([
    countSearchesSince(ctx.prisma, since),
    groupQueriesByResults(ctx.prisma, since, 0, 0, listLimit),
    groupQueriesByResults(ctx.prisma, since, 1, fewResultsLimit, listLimit),
    groupUnreadWords(ctx.prisma, since, listLimit),
  ]);
  return {
    days: input.days,
    since: since.toISOString(),
    searches,
    zeroResults: zero.map(groupDto),
    fewResults: few.map(groupDto),
    unreadWords: words.map((w) => ({ word: w.word, count: w.count, example: w.example, lastSeen: new Date(w.lastSeen).toISOString() })),
  };
}

/** Retention: deletes searches logged more than `days` days before `now`. */
export async function deleteOldSearchLogs(ctx: Pick<ServiceContext, "prisma">, input: { now: Date; days: number }): Promise<{ deleted: number }> {
  return { deleted: await deleteSearchLogsBefore(ctx.prisma, new Date(input.now.getTime() - input.days * dayMs)) };
}
