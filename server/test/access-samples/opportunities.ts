import type { AccessSamples } from "../access-matrix.ts";
import { systemClock } from "../../src/clock.ts";
import { opportunityBuilders } from "../opportunity-builders.ts";

// The matrix's database has no test clock: its procedures run on the system clock, and so do these.
const { buildOpportunity, dayFromToday, draftInput } = opportunityBuilders(systemClock);

export const opportunitiesSamples: AccessSamples = {
  "opportunities.list": () => ({ pageSize: 5 }),
  "opportunities.get": async (f) => ({ id: (await f.prisma.opportunity.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } })).id }),

  "opportunities.listOwn": (f) => ({ companyId: f.companyId, pageSize: 5 }),
  "opportunities.getOwn": async (f) => ({ companyId: f.companyId, id: await buildOpportunity(f.prisma, f.companyId) }),
  "opportunities.create": (f) => ({ companyId: f.companyId, data: draftInput({ title: { en: `Matrix ${Math.random()}` }, description: { en: "A description long enough for the editor." } }) }),
  "opportunities.update": async (f) => ({ companyId: f.companyId, id: await buildOpportunity(f.prisma, f.companyId), data: draftInput(), version: 1 }),
  "opportunities.delete": async (f) => ({ companyId: f.companyId, id: await buildOpportunity(f.prisma, f.companyId) }),
  "opportunities.submitForReview": async (f) => ({ companyId: f.companyId, id: await buildOpportunity(f.prisma, f.companyId) }),
  "opportunities.close": async (f) => ({ companyId: f.companyId, id: await buildOpportunity(f.prisma, f.companyId, { status: "PUBLISHED" }) }),
  "opportunities.renew": async (f) => ({
    companyId: f.companyId,
    id: await buildOpportunity(f.prisma, f.companyId, { status: "EXPIRED", deadline: dayFromToday(-3) }),
    deadline: dayFromToday(60),
  }),

  "opportunities.pendingReview": () => ({ pageSize: 5 }),
  "opportunities.getForReview": async (f) => ({ id: await buildOpportunity(f.prisma, f.companyId, { status: "IN_REVIEW" }) }),
  "opportunities.approve": async (f) => ({ id: await buildOpportunity(f.prisma, f.companyId, { status: "IN_REVIEW" }) }),
  "opportunities.reject": async (f) => ({ id: await buildOpportunity(f.prisma, f.companyId, { status: "IN_REVIEW" }), reason: "Please add the quantities you need." }),
};
