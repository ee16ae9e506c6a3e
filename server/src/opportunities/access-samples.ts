import type { AccessSamples } from "../../test/access-matrix.ts";

export const opportunitiesSamples: AccessSamples = {
  "opportunities.list": () => ({ pageSize: 5 }),
  "opportunities.get": async (f) => ({ id: (await f.prisma.opportunity.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } })).id }),
};
