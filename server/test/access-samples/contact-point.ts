import type { AccessSamples, MatrixFixtures } from "../access-matrix.ts";

/** A fresh request from another company to the fixtures' company (in the fixtures' cluster), held by the contact point. */
async function held(f: MatrixFixtures, options: { status: "WITH_CONTACT_POINT" | "ACCEPTED" } = { status: "WITH_CONTACT_POINT" }): Promise<string> {
  const row = await f.prisma.introduction.create({
    data: {
      kind: "COMPANY",
      fromCompanyId: f.otherCompanyId,
      toCompanyId: f.companyId,
      message: "We would like to discuss a partnership with you.",
      status: options.status,
      answeredOnBehalf: options.status === "ACCEPTED",
    },
    select: { id: true },
  });
  return row.id;
}

export const contactPointSamples: AccessSamples = {
  "contactPoint.list": () => ({ view: "waiting" }),
  "contactPoint.get": async (f) => ({ id: await held(f) }),
  "contactPoint.reachFirm": async (f) => ({ id: await held(f) }),
  "contactPoint.accept": async (f) => ({ id: await held(f) }),
  "contactPoint.decline": async (f) => ({ id: await held(f), reason: "Not a fit for this firm" }),
  "contactPoint.messages": async (f) => ({ id: await held(f, { status: "ACCEPTED" }) }),
  "contactPoint.sendMessage": async (f) => ({ id: await held(f, { status: "ACCEPTED" }), body: "Hello from the contact point" }),
  "introductions.listForManagedClusters": () => ({}),
};
