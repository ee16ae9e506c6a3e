import type { AccessSamples, MatrixFixtures } from "../access-matrix.ts";

/** A message waiting in the fixtures' cluster (or, with null, to the network). */
async function openMessage(f: MatrixFixtures, clusterId: string | null): Promise<string> {
  const row = await f.prisma.contactMessage.create({
    data: { clusterId, fromName: "Eva Horvath", fromEmail: "eva@example.test", subject: "Membership", body: "How can our firm join the cluster?" },
    select: { id: true },
  });
  return row.id;
}

export const clusterContactSamples: AccessSamples = {
  "clusterContact.contactPoint": (f) => ({ clusterId: f.clusterId }),
  "clusterContact.send": (f) => ({
    clusterId: f.clusterId,
    fromName: "Eva Horvath",
    fromEmail: `eva-${Math.random().toString(36).slice(2, 8)}@example.test`,
    subject: "Membership",
    body: "How can our firm join the cluster?",
    locale: "en",
  }),
  "clusterContact.listForCluster": (f) => ({ clusterId: f.clusterId }),
  "clusterContact.listNetwork": () => ({}),
  "clusterContact.answer": async (f) => ({ clusterId: f.clusterId, id: await openMessage(f, f.clusterId), answer: "Welcome, write to us anytime." }),
  "clusterContact.answerNetwork": async (f) => ({ id: await openMessage(f, null), answer: "Welcome, write to us anytime." }),
  "clusterContact.close": async (f) => ({ clusterId: f.clusterId, id: await openMessage(f, f.clusterId) }),
  "clusterContact.closeNetwork": async (f) => ({ id: await openMessage(f, null) }),
};
