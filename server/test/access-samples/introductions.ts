import type { AccessSamples, MatrixFixtures } from "../access-matrix.ts";

const message = "We would like to discuss a partnership with you.";

/** A fresh introduction between the fixtures' company and another one, in the given state. */
async function introduction(
  f: MatrixFixtures,
  options: { incoming: boolean; status: "AWAITING_BROKER" | "PENDING" | "ACCEPTED"; brokered?: boolean },
): Promise<string> {
  const [fromCompanyId, toCompanyId] = options.incoming ? [f.otherCompanyId, f.companyId] : [f.companyId, f.otherCompanyId];
  const row = await f.prisma.introduction.create({
    data: { kind: "COMPANY", fromCompanyId, toCompanyId, message, status: options.status, brokered: options.brokered ?? false },
    select: { id: true },
  });
  return row.id;
}

async function answerableOpportunity(f: MatrixFixtures): Promise<string> {
  const opportunity = await f.prisma.opportunity.findFirstOrThrow({
    where: { status: "PUBLISHED", company: { status: "PUBLISHED" }, companyId: { not: f.companyId }, deadline: { gte: new Date() } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  // So that the allowed call makes a new one instead of meeting the previous sample's.
  await f.prisma.introduction.deleteMany({ where: { opportunityId: opportunity.id, fromCompanyId: f.companyId } });
  return opportunity.id;
}

export const introductionsSamples: AccessSamples = {
  "introductions.expressInterest": async (f) => ({ companyId: f.companyId, opportunityId: await answerableOpportunity(f), message }),
  "introductions.request": (f) => ({ companyId: f.companyId, toCompanyId: f.otherCompanyId, message }),
  "introductions.list": (f) => ({ companyId: f.companyId, box: "incoming" }),
  "introductions.get": async (f) => ({ companyId: f.companyId, id: await introduction(f, { incoming: false, status: "PENDING" }) }),
  "introductions.accept": async (f) => ({ companyId: f.companyId, id: await introduction(f, { incoming: true, status: "PENDING" }) }),
  "introductions.decline": async (f) => ({ companyId: f.companyId, id: await introduction(f, { incoming: true, status: "PENDING" }), reason: "Not now" }),
  "introductions.withdraw": async (f) => ({ companyId: f.companyId, id: await introduction(f, { incoming: false, status: "PENDING" }) }),
  "introductions.messages": async (f) => ({ companyId: f.companyId, id: await introduction(f, { incoming: false, status: "ACCEPTED" }) }),
  "introductions.sendMessage": async (f) => ({ companyId: f.companyId, id: await introduction(f, { incoming: true, status: "ACCEPTED" }), body: "Hello" }),
  "introductions.interestOptions": async (f) => ({ opportunityId: await answerableOpportunity(f) }),
  "introductions.listForCluster": (f) => ({ clusterId: f.clusterId }),
  "introductions.forward": async (f) => ({ clusterId: f.clusterId, id: await introduction(f, { incoming: true, status: "AWAITING_BROKER", brokered: true }), note: "Go ahead" }),
  "introductions.brokerDecline": async (f) => ({
    clusterId: f.clusterId,
    id: await introduction(f, { incoming: true, status: "AWAITING_BROKER", brokered: true }),
    reason: "Not a good match",
  }),
};
