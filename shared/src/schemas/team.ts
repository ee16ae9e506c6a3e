import { z } from "zod";
import { emailSchema, emailTokenSchema, membershipRoles } from "./accounts.ts";
import { companyStatuses } from "./company-editor.ts";

export const membershipRoleSchema = z.enum(membershipRoles);
export type MembershipRole = z.infer<typeof membershipRoleSchema>;

/** How long an invitation link works. */
export const invitationValidDays = 7;

export const teamMemberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: membershipRoleSchema,
  joinedAt: z.string(),
  isYou: z.boolean(),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const pendingInvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: membershipRoleSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
  invitedByName: z.string().nullable(),
});
export type PendingInvitation = z.infer<typeof pendingInvitationSchema>;

export const teamListOutputSchema = z.object({
  members: z.array(teamMemberSchema),
  invitations: z.array(pendingInvitationSchema),
  /** Owners left: the last one can be neither removed nor demoted. */
  ownerCount: z.number().int(),
});
export type TeamList = z.infer<typeof teamListOutputSchema>;

export const inviteInputSchema = z.object({ email: emailSchema, role: membershipRoleSchema.default("EDITOR") });
export type InviteInput = z.input<typeof inviteInputSchema>;
export const inviteOutputSchema = pendingInvitationSchema;

export const acceptInvitationInputSchema = z.object({ token: emailTokenSchema });
export const acceptInvitationOutputSchema = z.object({
  companyId: z.string(),
  slug: z.string(),
  name: z.string(),
  role: membershipRoleSchema,
  status: z.enum(companyStatuses),
});

export const invitationIdInputSchema = z.object({ invitationId: z.string().trim().min(1).max(60) });
export const memberInputSchema = z.object({ userId: z.string().trim().min(1).max(60) });
export const changeRoleInputSchema = memberInputSchema.extend({ role: membershipRoleSchema });
