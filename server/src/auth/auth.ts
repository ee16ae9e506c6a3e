import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import { enqueueEmail } from "../mail/mail.service.ts";
import { isUserSuspended } from "./auth.repository.ts";

export interface AuthOptions {
  prisma: PrismaClient;
  secret: string;
  /** Where browsers reach the app; links in e-mails point here. */
  publicUrl: string;
  logger?: Logger | undefined;
}

export const passwordPolicy = { min: 10, max: 128 } as const;

/**
 * better-auth does the accounts work we should not write ourselves: scrypt password hashes,
 * sessions in signed httpOnly SameSite=Lax cookies, e-mail verification and single-use,
 * expiring reset tokens. Our tRPC procedures call its server API (auth.api.*), so every
 * call passes through the same validation, CSRF check, rate limits and error mapping.
 */
export function createAuth({ prisma, secret, publicUrl, logger }: AuthOptions) {
  return betterAuth({
    // better-auth's messages go to our structured log, not the console.
    logger: {
      level: "warn",
      // A failed user insert is mostly a sign-up race on the unique e-mail, which signUp() answers
      // normally; any other failure is logged again at error level as the failed procedure.
      log: (level, message, ...args) => logger?.[level === "error" && message.startsWith("Failed to create user") ? "warn" : level]({ args }, `better-auth: ${message}`),
    },
    appName: "Cluster Match",
    baseURL: publicUrl,
    basePath: "/api/auth",
    secret,
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    // Our own limiter (sign-in-throttle.ts) covers server-side calls too and locks accounts.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: {
      cookiePrefix: "cm",
      useSecureCookies: publicUrl.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // Ids come from the database schema (cuid), like every other table's.
      database: { generateId: false },
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "MEMBER" },
        locale: { type: "string", input: true, defaultValue: "bg" },
        suspended: { type: "boolean", input: false, defaultValue: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      autoSignIn: false,
      minPasswordLength: passwordPolicy.min,
      maxPasswordLength: passwordPolicy.max,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => {
        await enqueueEmail(prisma, {
          to: user.email,
          locale: (user as { locale?: string }).locale ?? "bg",
          template: "password_reset",
          params: { name: user.name, url: `${publicUrl}/reset-password?token=${encodeURIComponent(token)}` },
        });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      expiresIn: 60 * 60 * 24,
      sendVerificationEmail: async ({ user, token }) => {
        await enqueueEmail(prisma, {
          to: user.email,
          locale: (user as { locale?: string }).locale ?? "bg",
          template: "verify_email",
          params: { name: user.name, url: `${publicUrl}/verify-email?token=${encodeURIComponent(token)}` },
        });
      },
    },
    databaseHooks: {
      session: {
        create: {
          // A suspended user gets no new session, whatever the password.
          before: async (session) => {
            return (await isUserSuspended(prisma, session.userId)) ? false : undefined;
          },
        },
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
