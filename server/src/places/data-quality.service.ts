import { pageMeta, type DataQualityIssue, type DataQualityOutput } from "@cluster-match/shared";
import type { ServiceContext } from "../context.ts";
import { countDataQualityIssues, findCompaniesWithIssue } from "./data-quality.repository.ts";

/**
 * What the managers should complete: the firms of a cluster (all firms for admins: clusterId
 * null) without a map position, without an English or German description, without any contact
 * (e-mail, phone, website) or without members, counted, and one page of those with one issue.
 */
export async function dataQuality(
  ctx: Pick<ServiceContext, "prisma">,
  input: { clusterId: string | null; issue: DataQualityIssue; page: number; pageSize: number },
): Promise<DataQualityOutput> {
  const { total, ...counts } = await countDataQualityIssues(ctx.prisma, input.clusterId);
  const rows = await findCompaniesWithIssue(ctx.prisma, {
    clusterId: input.clusterId,
    issue: input.issue,
    skip: (input.page - 1) * input.pageSize,
    take: input.pageSize,
  });
  return {
    counts,
    total,
    items: rows.map(({ id, ...row }) => ({ companyId: id, ...row })),
    meta: pageMeta(counts[input.issue], input.page, input.pageSize),
  };
}
