import {
  AppError,
  notificationPrefsSchema,
  type changePasswordInputSchema,
  type deleteAccountInputSchema,
  type emailOnlyInputSchema,
  type Me,
  type NotificationPrefs,
  type resetPasswordInputSchema,
  type signInInputSchema,
  type signUpInputSchema,
  type UiLocale,
  type updateAccountInputSchema,
  type verifyEmailInputSchema,
} from "@cluster-match/shared";
import { APIError } from "better-auth/api";
import { verifyJWT } from "better-auth/crypto";
import type { z } from "zod";
import { clusterName } from "../clusters/clusters.service.ts";
import type { ServiceContext, UserContext } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { readPrefs } from "../notifications/notify.ts";
import {
  deleteUserAndMail,
  findCredentialPasswordHash,
  findEmailsSentTo,
  findMe,
  findNotificationPrefs,
  findPersonalData,
  findSoleOwnedCompanies,
  findUserByEmail,
  saveNotificationPrefs,
  updateUser,
} from "./accounts.repository.ts";

/** The request's headers without its cookies: better-auth then acts as for a browser with no session. */
function withoutSession(headers: Headers): Headers {
  const copy = new Headers(headers);
  copy.delete("cookie");
  return copy;
}

/** better-auth's error code, when the error is one of its own. */
function authErrorCode(error: unknown): string | undefined {
  if (!(error instanceof APIError)) return undefined;
  const body = error.body as { code?: string } | undefined;
  return body?.code;
}

/** Passes the cookies better-auth set (session, sign-out) on to our response. */
function forwardCookies(ctx: Pick<ServiceContext, "request">, headers: Headers | undefined): void {
  for (const cookie of headers?.getSetCookie() ?? []) ctx.request.setCookie(cookie);
}

/** The signed-in user as the SPA shows them; null for a visitor (or a session of a suspended user). */
export async function getMe(ctx: Pick<ServiceContext, "prisma" | "user">, input: { locale: UiLocale }): Promise<Me> {
  const { locale } = input;
  if (!ctx.user) return null;
  const row = await findMe(ctx.prisma, ctx.user.id);
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

export async function signUp(ctx: ServiceContext, input: z.infer<typeof signUpInputSchema>): Promise<void> {
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
    // Sign-ups with one address at the same moment: each found no account, and the unique e-mail
    // refused all inserts but one. The others get the answer every sign-up with a known address gets.
    if (code === "FAILED_TO_CREATE_USER" && (await findUserByEmail(ctx.prisma, input.email))) return;
    throw error;
  }
}

export async function signIn(ctx: ServiceContext, input: z.infer<typeof signInInputSchema>): Promise<string> {
  const { throttle, auth } = ctx.services;
  await throttle.consumeAddress(ctx.request.ip);
  await throttle.assertNotLocked(input.email, ctx.request.ip);
  try {
    const { headers, response } = await auth.api.signInEmail({
      body: { email: input.email, password: input.password, rememberMe: true },
      headers: ctx.request.headers,
      returnHeaders: true,
    });
    await throttle.recordSuccess(input.email, ctx.request.ip);
    forwardCookies(ctx, headers);
    return response.user.id;
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "INVALID_EMAIL_OR_PASSWORD") {
      await throttle.recordFailure(input.email, ctx.request.ip);
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

export async function signOut(ctx: UserContext): Promise<void> {
  const { headers } = await ctx.services.auth.api.signOut({ headers: ctx.request.headers, returnHeaders: true });
  forwardCookies(ctx, headers);
}

/**
 * Confirms an address from its e-mail link and signs its owner in (better-auth). Login CSRF: a
 * link on a foreign page must not swap a signed-in user into another account, so when the browser
 * holds the session of someone else, nothing happens unless the user confirmed the switch; then
 * that session ends first. (The page never confirms on load either: it asks for a click.)
 */
export async function verifyEmail(ctx: ServiceContext, input: z.infer<typeof verifyEmailInputSchema>): Promise<void> {
  const { auth } = ctx.services;
  const claims = (await verifyJWT(input.token, (await auth.$context).secret)) as { email?: unknown } | null;
  if (typeof claims?.email !== "string") throw new AppError("TOKEN_INVALID", "This link is invalid or has expired");
  let headers = ctx.request.headers;
  if (ctx.user && ctx.user.email.toLowerCase() !== claims.email.toLowerCase()) {
    if (!input.switchAccount) {
      throw new AppError("CONFLICT", "Signed in as someone else; confirm that you want to switch accounts", { signedInAs: ctx.user.email });
    }
    const signedOut = await auth.api.signOut({ headers, returnHeaders: true });
    forwardCookies(ctx, signedOut.headers);
    headers = withoutSession(headers);
  }
  try {
    const verified = await auth.api.verifyEmail({ query: { token: input.token }, headers, returnHeaders: true });
    forwardCookies(ctx, verified.headers);
  } catch (error) {
    if (error instanceof APIError) throw new AppError("TOKEN_INVALID", "This link is invalid or has expired");
    throw error;
  }
}

/**
 * Sends a new verification link; says the same whether or not the address is known, and takes
 * the same time: the request only counts the attempt, and the lookup and the e-mail happen after
 * the answer, for every address alike.
 */
export async function resendVerification(ctx: ServiceContext, input: z.infer<typeof emailOnlyInputSchema>): Promise<void> {
  const { email } = input;
  const { throttle, background, auth } = ctx.services;
  await throttle.consumeAddress(ctx.request.ip);
  if (!(await throttle.allowEmail(email))) return;
  const headers = withoutSession(ctx.request.headers);
  background.run("verification e-mail", async () => {
    const user = await findUserByEmail(ctx.prisma, email);
    if (!user || user.emailVerified) return;
    await auth.api.sendVerificationEmail({ body: { email }, headers });
  });
}

/**
 * Sends a reset link; says the same whether or not the address is known, and does the same work
 * on the request path for both: the attempt is counted, and the account lookup, the token and the
 * e-mail (or better-auth's decoy lookup for an unknown address) happen after the answer.
 */
export async function requestPasswordReset(ctx: ServiceContext, input: z.infer<typeof emailOnlyInputSchema>): Promise<void> {
  const { email } = input;
  const { throttle, background, auth, publicUrl } = ctx.services;
  await throttle.consumeAddress(ctx.request.ip);
  if (!(await throttle.allowEmail(email))) return;
  const headers = withoutSession(ctx.request.headers);
  background.run("password reset e-mail", () => auth.api.requestPasswordReset({ body: { email, redirectTo: `${publicUrl}/reset-password` }, headers }));
}

export async function resetPassword(ctx: ServiceContext, input: z.infer<typeof resetPasswordInputSchema>): Promise<void> {
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

export async function changePassword(ctx: UserContext, input: z.infer<typeof changePasswordInputSchema>): Promise<void> {
  // Checked here first, so a wrong password gets the same answer whether or not better-auth still
  // sees the session (an in-process caller has none; a browser's may have just been revoked).
  await assertPassword(ctx, ctx.user.id, input.currentPassword);
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
    // The session ended after the request was let in (signed out or revoked in another tab).
    if (code === "UNAUTHORIZED") throw new AppError("UNAUTHENTICATED", "Sign in again");
    throw error;
  }
}

export async function updateAccount(ctx: UserContext, input: z.infer<typeof updateAccountInputSchema>): Promise<void> {
  await updateUser(ctx.prisma, ctx.user.id, input);
}

export async function getPreferences(ctx: UserContext): Promise<NotificationPrefs> {
  return readPrefs(await findNotificationPrefs(ctx.prisma, ctx.user.id));
}

export async function updatePreferences(ctx: UserContext, input: NotificationPrefs): Promise<NotificationPrefs> {
  const valid = notificationPrefsSchema.parse(input);
  await saveNotificationPrefs(ctx.prisma, ctx.user.id, valid as unknown as Prisma.InputJsonValue);
  return valid;
}

/**
 * Set-Cookie lines that expire every better-auth cookie, under both names it may have used: with
 * the `__Secure-` prefix (PUBLIC_URL https) and without (a browser that met the app over http).
 * A `__Secure-` cookie is only accepted, and so only removed, with the Secure attribute.
 */
async function expiredSessionCookies(ctx: Pick<ServiceContext, "services">): Promise<string[]> {
  const { authCookies } = await ctx.services.auth.$context;
  const https = ctx.services.publicUrl.startsWith("https://");
  const names = [authCookies.sessionToken, authCookies.sessionData, authCookies.dontRememberToken].map((c) => c.name.replace(/^__Secure-/, ""));
  return names.flatMap((name) => [
    `${name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${https ? "; Secure" : ""}`,
    `__Secure-${name}=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0`,
  ]);
}

/** Checks the password with better-auth's own hasher, against the stored credential. */
async function assertPassword(ctx: Pick<ServiceContext, "prisma" | "services">, userId: string, password: string): Promise<void> {
  const hash = await findCredentialPasswordHash(ctx.prisma, userId);
  const authContext = await ctx.services.auth.$context;
  const ok = hash ? await authContext.password.verify({ hash, password }) : false;
  if (!ok) throw new AppError("INVALID_CREDENTIALS", "The password is wrong");
}

/** Everything we hold about the user, as one JSON document (GDPR Art. 15 and 20). */
export async function exportPersonalData(ctx: UserContext): Promise<Record<string, unknown>> {
  const person = await findPersonalData(ctx.prisma, ctx.user.id);
  const emails = await findEmailsSentTo(ctx.prisma, person.email);
  return { exportedAt: new Date().toISOString(), account: person, emailsSentToYou: emails };
}

export async function deleteAccount(ctx: UserContext, input: z.infer<typeof deleteAccountInputSchema>): Promise<{ companiesLeftWithoutOwner: string[] }> {
  const { id: userId, email } = ctx.user;
  await assertPassword(ctx, userId, input.password);
  const soleOwned = await findSoleOwnedCompanies(ctx.prisma, userId);
  await deleteUserAndMail(ctx.prisma, userId, email);
  // The session rows went with the user; clear the cookies too.
  for (const cookie of await expiredSessionCookies(ctx)) ctx.request.setCookie(cookie);
  ctx.logger.info({ userId, soleOwned: soleOwned.length }, "account deleted");
  return { companiesLeftWithoutOwner: soleOwned.map((c) => c.name) };
}
