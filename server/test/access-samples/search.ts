import type { AccessSamples } from "../access-matrix.ts";

export const searchSamples: AccessSamples = {
  "taxonomy.get": () => ({ locale: "en" }),
  "clusters.list": () => ({ locale: "en" }),
  "clusters.get": (f) => ({ idOrSlug: f.clusterId }),
  "search.companies": () => ({ q: "CNC" }),
  "search.opportunities": () => ({ q: "welding" }),
  "search.suggest": () => ({ q: "cnc" }),
  "matching.forOpportunity": async (f) => ({ id: (await f.prisma.opportunity.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } })).id }),
  "matching.forCompany": (f) => ({ idOrSlug: f.companyId }),
};
