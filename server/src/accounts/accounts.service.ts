import {
  AppError,
  notificationPrefsSchema,
  type Me,
  type NotificationPrefs,
  type UiLocale,
} from "@cluster-match/shared";
import { APIError } from "better-auth/api";
import { clusterName } from "../clusters/clusters.service.ts";
import type { Context } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { readPrefs } from "../notifications/notify.ts";
import {
  deleteUserAndMail,
  findEmailsSentTo,
  findMe,
  findNotificationPrefs,
  findPersonalData,
  findSoleOwnedCompanies,
  findUserByEmail,
  saveNotificationPrefs,
  updateUser,
} from "./accounts.repository.ts";

type Ctx = Pick<Context, "prisma" | "services" | "request" | "logger">;

/** better-auth's error code, when the error is one of its own. */
function authErrorCode(error: unknown): string | undefined {
  if (!(error instanceof APIError)) return undefined;
  const body = error.body as { code?: string } | undefined;
  return body?.code;
}

/** Passes the cookies better-auth set (session, sign-out) on to our response. */
function forwardCookies(ctx: Ctx, headers: Headers | undefined): void {
  for (const cookie of headers?.getSetCookie() ?? []) ctx.request.setCookie(cookie);
}

export async function getMe(ctx: Pick<Context, "prisma">, userId: string | undefined, locale: string): Promise<Me> {
  if (!userId) return null;
  const row = await findMe(ctx.prisma, userId);
  if (!row || row.suspended) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: row.locale,
    memberships: row.memberships.map((m) => ({ companyId: m.company.id, slug: m.company.slug, name: m.company.name, status: m.company.status, role: m.role })),
    managedClusters: row.managedClusters.map(({ cluster }) => ({ id: cluster.id, slug: cluster.slug, name: clusterName(cluster, locale) })),
    unreadNotifications: row._count.notifications,
  };
}

export async function signUp(ctx: Ctx, input: { name: string; email: string; password: string; locale: UiLocale }): Promise<void> {
  await ctx.services.throttle.consumeAddress(ctx.request.ip);
  try {
    await ctx.services.auth.api.signUpEmail({
      body: { name: input.name, email: input.email, password: input.password, locale: input.locale },
      headers: ctx.request.headers,
    });
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "USER_ALREADY_EXISTS" || code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL") throw new AppError("EMAIL_TAKEN", "An account with this e-mail exists");
    if (code === "PASSWORD_TOO_SHORT" || code === "PASSWORD_TOO_LONG") throw new AppError("WEAK_PASSWORD");
    throw error;
  }
}

export async function signIn(ctx: Ctx, input: { email: string; password: string }): Promise<string> {
  const { throttle, auth } = ctx.services;
  await throttle.consumeAddress(ctx.request.ip);
  await throttle.assertNotLocked(input.email);
  try {
    const { headers, response } = await auth.api.signInEmail({
      body: { email: input.email, password: input.password, rememberMe: true },
      headers: ctx.request.headers,
      returnHeaders: true,
    });
    await throttle.recordSuccess(input.email);
    forwardCookies(ctx, headers);
    return response.user.id;
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "INVALID_EMAIL_OR_PASSWORD") {
      await throttle.recordFailure(input.email);
      throw new AppError("INVALID_CREDENTIALS", "Wrong e-mail or password");
    }
    if (code === "EMAIL_NOT_VERIFIED") {
      // The password was right: send the link again (at most a few per hour per account).
      if (await throttle.allowEmail(input.email)) {
        await auth.api.sendVerificationEmail({ body: { email: input.email }, headers: ctx.request.headers }).catch((e: unknown) => ctx.logger.warn({ err: e }, "could not resend verification"));
      }
      throw new AppError("EMAIL_NOT_VERIFIED", "Confirm your e-mail first; we sent the link again");
    }
    // The password was right but no session may be opened: the session hook refuses suspended users.
    if ((await findUserByEmail(ctx.prisma, input.email))?.suspended) throw new AppError("ACCOUNT_SUSPENDED", "This account is suspended");
    throw error;
  }
}

export async function signOut(ctx: Ctx): Promise<void> {
  const { headers } = await ctx.services.auth.api.signOut({ headers: ctx.request.headers, returnHeaders: true });
  forwardCookies(ctx, headers);
}

export async function verifyEmail(ctx: Ctx, token: string): Promise<void> {
  try {
    const { headers } = await ctx.services.auth.api.verifyEmail({ query: { token }, headers: ctx.request.headers, returnHeaders: true });
    forwardCookies(ctx, headers);
  } catch (error) {
    if (error instanceof APIError) throw new AppError("TOKEN_INVALID", "This link is invalid or has expired");
    throw error;
  }
}

/** Sends a new verification link; says the same whether or not the address is known. */
export async function resendVerification(ctx: Ctx, email: string): Promise<void> {
  await ctx.services.throttle.consumeAddress(ctx.request.ip);
  const user = await findUserByEmail(ctx.prisma, email);
  if (!user || user.emailVerified || !(await ctx.services.throttle.allowEmail(email))) return;
  await ctx.services.auth.api.sendVerificationEmail({ body: { email }, headers: ctx.request.headers });
}

/** Sends a reset link; says the same whether or not the address is known. */
export async function requestPasswordReset(ctx: Ctx, email: string): Promise<void> {
  await ctx.services.throttle.consumeAddress(ctx.request.ip);
  if (!(await ctx.services.throttle.allowEmail(email))) return;
  await ctx.services.auth.api.requestPasswordReset({ body: { email, redirectTo: `${ctx.services.publicUrl}/reset-password` }, headers: ctx.request.headers });
}

export async function resetPassword(ctx: Ctx, input: { token: string; password: string }): Promise<void> {
  await ctx.services.throttle.consumeAddress(ctx.request.ip);
  try {
    await ctx.services.auth.api.resetPassword({ body: { token: input.token, newPassword: input.password }, headers: ctx.request.headers });
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "PASSWORD_TOO_SHORT" || code === "PASSWORD_TOO_LONG") throw new AppError("WEAK_PASSWORD");
    if (error instanceof APIError) throw new AppError("TOKEN_INVALID", "This link is invalid, used or expired");
    throw error;
  }
}

export async function changePassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }): Promise<void> {
  try {
    const { headers } = await ctx.services.auth.api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      headers: ctx.request.headers,
      returnHeaders: true,
    });
    forwardCookies(ctx, headers);
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "INVALID_PASSWORD") throw new AppError("INVALID_CREDENTIALS", "The current password is wrong");
    if (code === "PASSWORD_TOO_SHORT" || code === "PASSWORD_TOO_LONG") throw new AppError("WEAK_PASSWORD");
    throw error;
  }
}

export async function updateAccount(ctx: Pick<Context, "prisma">, userId: string, data: { name?: string | undefined; locale?: string | undefined }): Promise<void> {
  await updateUser(ctx.prisma, userId, data);
}

export async function getPreferences(ctx: Pick<Context, "prisma">, userId: string): Promise<NotificationPrefs> {
  return readPrefs(await findNotificationPrefs(ctx.prisma, userId));
}

export async function updatePreferences(ctx: Pick<Context, "prisma">, userId: string, prefs: NotificationPrefs): Promise<NotificationPrefs> {
  const valid = notificationPrefsSchema.parse(prefs);
  await saveNotificationPrefs(ctx.prisma, userId, valid as unknown as Prisma.InputJsonValue);
  return valid;
}

/** Checks the password with better-auth's own hasher, against the stored credential. */
async function assertPassword(ctx: Ctx, userId: string, password: string): Promise<void> {
  const account = await ctx.prisma.account.findFirst({ where: { userId, providerId: "credential" }, select: { password: true } });
  const authContext = await ctx.services.auth.$context;
  const ok = account?.password ? await authContext.password.verify({ hash: account.password, password }) : false;
  if (!ok) throw new AppError("INVALID_CREDENTIALS", "The password is wrong");
}

/** Everything we hold about the user, as one JSON document (GDPR Art. 15 and 20). */
export async function exportPersonalData(ctx: Pick<Context, "prisma">, userId: string): Promise<Record<string, unknown>> {
  const person = await findPersonalData(ctx.prisma, userId);
  const emails = await findEmailsSentTo(ctx.prisma, person.email);
  return { exportedAt: new Date().toISOString(), account: person, emailsSentToYou: emails };
}

export async function deleteAccount(ctx: Ctx, userId: string, email: string, password: string): Promise<{ companiesLeftWithoutOwner: string[] }> {
  await assertPassword(ctx, userId, password);
  const soleOwned = await findSoleOwnedCompanies(ctx.prisma, userId);
  await deleteUserAndMail(ctx.prisma, userId, email);
  // The session row went with the user; clear the cookie too.
  ctx.request.setCookie("cm.session_token=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
  ctx.logger.info({ userId, soleOwned: soleOwned.length }, "account deleted");
  return { companiesLeftWithoutOwner: soleOwned.map((c) => c.name) };
}
