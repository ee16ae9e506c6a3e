import {
  dashboardIntroductionStatuses,
  opportunityStatuses,
  opportunityTypes,
  type Dashboard,
  type dashboardInputSchema,
} from "@cluster-match/shared";
import type { z } from "zod";
import { clusterName } from "../clusters/clusters.service.ts";
import type { ServiceContext } from "../context.ts";
import { loadVocabulary } from "../taxonomy/taxonomy.service.ts";
import {
  countIntroductionsByMonth,
  countOpportunitiesByTypeAndStatus,
  countPublishedByCluster,
  countPublishedByCountry,
  countPublishedOffering,
  topRequiredCapabilities,
} from "./dashboard.repository.ts";

const intlLocales: Record<string, string> = { bg: "bg-BG", en: "en-GB", de: "de-DE" };

function countryLabel(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([intlLocales[locale] ?? locale], { type: "region", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "YYYY-MM" of the last `n` calendar months (UTC), oldest first, ending with the month of `now`. */
export function lastMonths(now: Date, n: number): string[] {
  const months: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`);
  }
  return months;
}

/** What the network needs and does, for the admins' dashboard. */
export async function getDashboard(ctx: Pick<ServiceContext, "prisma" | "clock">, input: z.infer<typeof dashboardInputSchema>): Promise<Dashboard> {
  const { prisma } = ctx;
  const { locale } = input;
  const months = lastMonths(ctx.clock.now(), 12);
  const since = new Date(`${months[0]}-01T00:00:00Z`);
  const [vocabulary, byCountry, byCluster, required, opportunities, introductions] = await Promise.all([
    loadVocabulary(ctx, { locale }),
    countPublishedByCountry(prisma),
    countPublishedByCluster(prisma),
    topRequiredCapabilities(prisma, 15),
    countOpportunitiesByTypeAndStatus(prisma),
    countIntroductionsByMonth(prisma, since),
  ]);
  // A firm offers a capability when it lists it or a narrower one (5-axis machining is CNC milling).
  const offering = await Promise.all(required.map((r) => countPublishedOffering(prisma, vocabulary.withDescendants(r.code))));

  const zeroStatuses = () => Object.fromEntries(dashboardIntroductionStatuses.map((s) => [s, 0])) as Record<(typeof dashboardIntroductionStatuses)[number], number>;
  const perMonth = new Map(months.map((m) => [m, zeroStatuses()]));
  for (const row of introductions) {
    const bucket = perMonth.get(row.month);
    if (bucket && row.status in bucket) bucket[row.status as keyof typeof bucket] += Number(row.count);
  }

  return {
    membersByCountry: byCountry
      .map((r) => ({ code: r.country, label: countryLabel(r.country, locale), count: r.count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    membersByCluster: byCluster.map((c) => ({ code: c.id, label: clusterName(c, locale), count: c._count.members })),
    requestedCapabilities: required.map((r, i) => ({ code: r.code, label: vocabulary.capability(r.code).label, requested: r.requested, offering: offering[i]! })),
    opportunitiesByType: opportunityTypes.map((type) => ({
      type,
      count: opportunities.filter((o) => o.type === type && o.status === "PUBLISHED").reduce((sum, o) => sum + o.count, 0),
    })),
    opportunitiesByStatus: opportunityStatuses.map((status) => ({
      status,
      count: opportunities.filter((o) => o.status === status).reduce((sum, o) => sum + o.count, 0),
    })),
    introductionsByMonth: months.map((month) => {
      const byStatus = perMonth.get(month)!;
      return { month, byStatus, total: Object.values(byStatus).reduce((a, b) => a + b, 0) };
    }),
  };
}
