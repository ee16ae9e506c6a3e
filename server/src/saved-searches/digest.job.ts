import { companySearchInputSchema, opportunitySearchInputSchema, type UiLocale } from "@cluster-match/shared";
import { readableName } from "../introductions/phrases.ts";
import { dailyPeriod, type JobContext, type ScheduledJob } from "../jobs/scheduler.ts";
import { asUiLocale } from "../mail/templates.ts";
import { notify } from "../notifications/notify.ts";
import { searchCompaniesApi, searchOpportunitiesApi } from "../search/search-api.service.ts";
import type { SearchRuntime } from "../search-index/search-runtime.ts";
import {
  claimDigest,
  companiesPublishedAfter,
  findDueSavedSearches,
  opportunitiesPublishedAfter,
  type DueSavedSearchRow,
} from "./saved-searches.repository.ts";

const day = 24 * 3600 * 1000;
const periodMs = { DAILY: day, WEEKLY: 7 * day } as const;
/** The job runs once a day at about the same time; a run a little early still counts as a day later. */
const slackMs = 3600 * 1000;
/** How far down the results a digest looks for new ones (pages of 50). */
const maxPages = 10;
/** Lines listed in the e-mail; the rest is counted. */
const maxLines = 20;

interface NewResult {
  id: string;
  line: string;
}

async function pagesOf<T extends { id: string }>(load: (page: number) => Promise<{ items: T[]; pageCount: number }>): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const result = await load(page);
    all.push(...result.items);
    if (page >= result.pageCount) break;
  }
  return all;
}

/** What a digest run reads and writes with: the database, the running search, "now" and where links point. */
type DigestContext = Pick<JobContext, "prisma" | "now" | "publicUrl"> & { search: SearchRuntime };

/** Results of the stored query published after `since`, described in the reader's language. */
async function newResults(ctx: DigestContext, saved: DueSavedSearchRow, since: Date, locale: UiLocale): Promise<NewResult[]> {
  const { prisma, search, now } = ctx;
  const stored = (saved.query ?? {}) as Record<string, unknown>;
  if (saved.kind === "COMPANIES") {
    const parsed = companySearchInputSchema.safeParse({ ...stored, locale, pageSize: 50 });
    if (!parsed.success) return [];
    const hits = await pagesOf((page) => searchCompaniesApi({ search }, { ...parsed.data, page }));
    const fresh = await companiesPublishedAfter(prisma, hits.map((h) => h.id), since);
    return hits
      .filter((h) => fresh.has(h.id))
      .map((h) => ({ id: h.id, line: `${readableName(h, locale)} — ${locale === "bg" ? h.city : h.cityLatin}, ${h.country}` }));
  }
  const parsed = opportunitySearchInputSchema.safeParse({ ...stored, locale, pageSize: 50 });
  if (!parsed.success) return [];
  // Cards come from the opportunities service: an anonymous opportunity arrives without its owner.
  const cards = await pagesOf((page) => searchOpportunitiesApi({ prisma, search, clock: { now: () => now } }, { ...parsed.data, page }));
  const fresh = await opportunitiesPublishedAfter(prisma, cards.map((c) => c.id), since);
  return cards
    .filter((c) => fresh.has(c.id))
    .map((c) => ({
      id: c.id,
      line: c.owner ? `${c.title.text} — ${readableName(c.owner, locale)}` : c.title.text,
    }));
}

/**
 * Sends the digests that are due at `now`: for each saved search with a daily or weekly digest
 * whose period has passed, what its query finds that was published since the last digest (or,
 * the first time, within the last period). One e-mail and one in-app notice when there is
 * anything new; the digest time is recorded either way.
 */
export async function runSavedSearchDigests(ctx: DigestContext): Promise<{ due: number; sent: number }> {
  const { prisma, now, publicUrl } = ctx;
  const due = await findDueSavedSearches(prisma, {
    DAILY: new Date(now.getTime() - periodMs.DAILY + slackMs),
    WEEKLY: new Date(now.getTime() - periodMs.WEEKLY + slackMs),
  });
  let sent = 0;
  for (const saved of due) {
    if (saved.frequency === "NONE") continue;
    const since = saved.lastDigestAt ?? new Date(now.getTime() - periodMs[saved.frequency]);
    const locale = asUiLocale(saved.user.locale);
    // Searching reads the database outside the transaction; the transaction only writes.
    const results = await newResults(ctx, saved, since, locale);
    const delivered = await prisma.$transaction(async (tx) => {
      if (!(await claimDigest(tx, saved.id, saved.lastDigestAt, now))) return false;
      if (results.length === 0) return false;
      const lines = results.slice(0, maxLines).map((r) => `• ${r.line}`);
      if (results.length > maxLines) lines.push(`… (+${results.length - maxLines})`);
      await notify(tx, {
        recipients: [saved.user.id],
        notice: { type: "digest", data: { savedSearchId: saved.id, name: saved.name, kind: saved.kind, count: results.length, path: "/saved-searches" } },
        email: { template: "digest", params: { searchName: saved.name, count: String(results.length), list: lines.join("\n"), url: `${publicUrl}/saved-searches` } },
      });
      return true;
    });
    if (delivered) sent++;
  }
  return { due: due.length, sent };
}

/** Daily at 06:00 UTC (and at start, to catch up): daily and weekly digests of saved searches. */
export const savedSearchDigestJob: ScheduledJob<JobContext & { search?: SearchRuntime }> = {
  name: "saved-search-digest",
  pattern: "0 6 * * *",
  period: dailyPeriod,
  run: async (ctx) => {
    if (!ctx.search) throw new Error("the saved-search digest needs the search runtime");
    return runSavedSearchDigests({ ...ctx, search: ctx.search });
  },
};
