import type { AccessSamples } from "../access-matrix.ts";
import { addMembership, buildUser } from "../builders.ts";
import { buildCompany } from "../company-builders.ts";

const randomEmail = () => `invitee-${Math.random().toString(36).slice(2)}@example.test`;

export const teamSamples: AccessSamples = {
  "team.list": (f) => ({ companyId: f.companyId }),
  "team.invite": (f) => ({ companyId: f.companyId, email: randomEmail(), role: "EDITOR" }),
  // Any signed-in user may try a token; a wrong one is TOKEN_INVALID, not a refusal by rule.
  "team.acceptInvitation": () => ({ token: "not-a-real-invitation-token" }),
  "team.revokeInvitation": async (f) => {
    const invitation = await f.prisma.invitation.create({
      data: { companyId: f.companyId, email: randomEmail(), tokenHash: Math.random().toString(36), expiresAt: new Date(Date.now() + 86_400_000) },
      select: { id: true },
    });
    return { companyId: f.companyId, invitationId: invitation.id };
  },
  "team.removeMember": async (f) => {
    const user = await buildUser(f.prisma);
    await addMembership(f.prisma, user.id, f.companyId, "EDITOR");
    return { companyId: f.companyId, userId: user.id };
  },
  "team.changeRole": async (f) => {
    const user = await buildUser(f.prisma);
    await addMembership(f.prisma, user.id, f.companyId, "OWNER");
    return { companyId: f.companyId, userId: user.id, role: "EDITOR" };
  },
  // The editor leaves a company of its own, so the fixtures' company keeps its editor.
  "team.leave": async (f) => {
    const company = await buildCompany(f.prisma, { clusterId: f.clusterId, members: [{ userId: f.editor.id, role: "EDITOR" }] });
    return { companyId: company.id };
  },
};
