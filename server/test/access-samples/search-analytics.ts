import type { AccessSamples } from "../access-matrix.ts";
import { clockFor } from "../test-clock.ts";

export const searchAnalyticsSamples: AccessSamples = {
  // A fresh logged search that showed a published firm, so each call has a click to record.
  "searchAnalytics.click": async (f) => {
    const company = await f.prisma.company.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true }, orderBy: { id: "asc" } });
    const log = await f.prisma.searchLog.create({
      data: { query: "CNC", normalized: "cnc", locale: "en", understood: {}, resultCount: 1, resultIds: [company.id], createdAt: clockFor(f.prisma).now() },
      select: { id: true },
    });
    return { searchLogId: log.id, companyId: company.id };
  },
  "searchAnalytics.report": () => ({ days: 30 }),
};
