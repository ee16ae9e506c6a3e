import { z } from "zod";
import { displayName } from "../text-safety.ts";
import { uiLocaleSchema } from "./common.ts";

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
/** Mirrors the server's policy (better-auth minPasswordLength / maxPasswordLength). */
export const passwordSchema = z.string().min(10, "at least 10 characters").max(128, "at most 128 characters");
export const personNameSchema = displayName(z.string().trim().min(2).max(100));
/** Opaque tokens from e-mail links. */
export const emailTokenSchema = z.string().trim().min(10).max(2000);

export const signUpInputSchema = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
  locale: uiLocaleSchema.default("bg"),
  /** The privacy notice was shown and accepted. */
  acceptPrivacy: z.literal(true),
});
export type SignUpInput = z.input<typeof signUpInputSchema>;

export const signInInputSchema = z.object({ email: emailSchema, password: z.string().min(1).max(128) });
export const emailOnlyInputSchema = z.object({ email: emailSchema, locale: uiLocaleSchema.optional() });
export const verifyEmailInputSchema = z.object({
  token: emailTokenSchema,
  /** The user saw that another account is signed in in this browser and chose to switch. */
  switchAccount: z.boolean().optional(),
});
export const resetPasswordInputSchema = z.object({ token: emailTokenSchema, password: passwordSchema });
export const changePasswordInputSchema = z.object({ currentPassword: z.string().min(1).max(128), newPassword: passwordSchema });
export const updateAccountInputSchema = z.object({ name: personNameSchema.optional(), locale: uiLocaleSchema.optional() });
export const deleteAccountInputSchema = z.object({ password: z.string().min(1).max(128), confirm: z.literal("DELETE") });

export const userRoles = ["MEMBER", "CLUSTER_MANAGER", "ADMIN"] as const;
export const membershipRoles = ["OWNER", "EDITOR"] as const;

export const meSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(userRoles),
    locale: z.string(),
    memberships: z.array(
      z.object({ companyId: z.string(), slug: z.string(), name: z.string(), status: z.string(), role: z.enum(membershipRoles) }),
    ),
    managedClusters: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string() })),
    unreadNotifications: z.number().int(),
  })
  .nullable();
export type Me = z.infer<typeof meSchema>;

export const okSchema = z.object({ ok: z.literal(true) });

/** Kinds of notification a user can switch on or off, per channel. */
export const notificationTopics = ["introductions", "messages", "reviews", "opportunities", "team", "digests"] as const;
export type NotificationTopic = (typeof notificationTopics)[number];
const topicSwitches = z.object(Object.fromEntries(notificationTopics.map((t) => [t, z.boolean()])) as Record<NotificationTopic, z.ZodBoolean>);
export const notificationPrefsSchema = z.object({ email: topicSwitches, inApp: topicSwitches });
export type NotificationPrefs = z.infer<typeof notificationPrefsSchema>;
export const defaultNotificationPrefs: NotificationPrefs = {
  email: { introductions: true, messages: true, reviews: true, opportunities: true, team: true, digests: true },
  inApp: { introductions: true, messages: true, reviews: true, opportunities: true, team: true, digests: true },
};
