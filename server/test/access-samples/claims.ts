import type { AccessSamples, MatrixFixtures } from "../access-matrix.ts";
import { buildUser } from "../builders.ts";

/** An open claim of the fixtures' company by a new user (that company has a team, so it cannot be approved). */
async function openClaim(f: MatrixFixtures): Promise<string> {
  const user = await buildUser(f.prisma);
  const row = await f.prisma.companyClaim.create({
    data: { companyId: f.companyId, userId: user.id, status: "AWAITING_APPROVAL", note: "I run the workshop." },
    select: { id: true },
  });
  return row.id;
}

// The claimant's procedures are open to any signed-in user; on the fixtures' company (which has a
// team) they end in INVALID_STATE or NOT_FOUND, which the matrix counts as "let through".
export const claimsSamples: AccessSamples = {
  "claims.claimable": (f) => ({ companyId: f.companyId }),
  "claims.options": (f) => ({ idOrSlug: f.companyId }),
  "claims.claimByDomain": (f) => ({ companyId: f.companyId }),
  "claims.sendCode": (f) => ({ companyId: f.companyId }),
  "claims.verifyCode": () => ({ claimId: "no-such-claim", code: "123456" }),
  "claims.requestApproval": (f) => ({ companyId: f.companyId, note: "I am the managing director of the firm." }),
  "claims.cancel": () => ({ claimId: "no-such-claim" }),
  "claims.mine": () => undefined,
  "claims.linkInfo": () => ({ token: "not-a-real-claim-link-token" }),
  "claims.claimWithLink": () => ({ token: "not-a-real-claim-link-token" }),
  "claims.listForCluster": (f) => ({ clusterId: f.clusterId }),
  "claims.listAll": () => ({}),
  "claims.approve": async (f) => ({ companyId: f.companyId, claimId: await openClaim(f) }),
  "claims.reject": async (f) => ({ companyId: f.companyId, claimId: await openClaim(f), reason: "We could not confirm this." }),
};
