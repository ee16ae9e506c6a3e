import {
  acceptInvitationInputSchema,
  acceptInvitationOutputSchema,
  changeRoleInputSchema,
  invitationIdInputSchema,
  inviteInputSchema,
  inviteOutputSchema,
  memberInputSchema,
  okSchema,
  teamListOutputSchema,
} from "@cluster-match/shared";
import { authedProcedure, companyMemberProcedure, companyOwnerProcedure, router } from "../trpc.ts";
import { acceptInvitation, changeRole, inviteMember, leaveTeam, listTeam, removeMember, revokeInvitation } from "./team.service.ts";

const ok = { ok: true } as const;

export const teamRouter = router({
  list: companyMemberProcedure.output(teamListOutputSchema).query(({ ctx }) => listTeam(ctx)),
  invite: companyOwnerProcedure
    .input(inviteInputSchema)
    .output(inviteOutputSchema)
    .mutation(({ ctx, input }) => inviteMember(ctx, input)),
  acceptInvitation: authedProcedure
    .input(acceptInvitationInputSchema)
    .output(acceptInvitationOutputSchema)
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),
  revokeInvitation: companyOwnerProcedure
    .input(invitationIdInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => (await revokeInvitation(ctx, input), ok)),
  removeMember: companyOwnerProcedure
    .input(memberInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => (await removeMember(ctx, input), ok)),
  changeRole: companyOwnerProcedure
    .input(changeRoleInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => (await changeRole(ctx, input), ok)),
  leave: companyMemberProcedure.output(okSchema).mutation(async ({ ctx }) => (await leaveTeam(ctx), ok)),
});
