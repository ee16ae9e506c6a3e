import { RateLimiterPrisma } from "rate-limiter-flexible";
import { consumeOrRefuse, retryAfterSeconds } from "../rate-limit/consume-or-refuse.ts";
import { AppError } from "@cluster-match/shared";
import type { PrismaClient } from "../generated/prisma/client.ts";

export interface ThrottleLimits {
  /** Auth requests (sign-in, sign-up, reset) per client address per window. */
  perAddress: number;
  /** Consecutive failed sign-ins to one account from one client address before that address is locked out of it. */
  failuresBeforeLockout: number;
  /** Password-reset and verification e-mails per address per hour. */
  emailsPerAccount: number;
  windowSeconds: number;
  lockoutSeconds: number;
}

export const defaultThrottleLimits: ThrottleLimits = {
  perAddress: 30,
  failuresBeforeLockout: 5,
  emailsPerAccount: 3,
  windowSeconds: 15 * 60,
  lockoutSeconds: 15 * 60,
};

/**
 * Brute-force protection with rate-limiter-flexible, stored in our database (so it holds across
 * restarts and instances): a budget of auth requests per client address, and a lockout after
 * consecutive failed sign-ins counted per account *and* client address, cleared by a successful
 * one. Counting per pair means wrong passwords from one address cannot lock the owner, signing
 * in from another, out of their account; an attacker with many addresses still gets only
 * `failuresBeforeLockout` guesses per address and the per-address budget across all accounts.
 */
export function createSignInThrottle(prisma: PrismaClient, limits: ThrottleLimits = defaultThrottleLimits) {
  const common = { storeClient: prisma, tableName: "rateLimiterFlexible", clearExpiredByTimeout: false } as const;
  const perAddress = new RateLimiterPrisma({ ...common, keyPrefix: "auth_ip", points: limits.perAddress, duration: limits.windowSeconds });
  const failures = new RateLimiterPrisma({
    ...common,
    keyPrefix: "signin_fail_from",
    points: limits.failuresBeforeLockout,
    duration: limits.lockoutSeconds,
    blockDuration: limits.lockoutSeconds,
  });
  const emails = new RateLimiterPrisma({ ...common, keyPrefix: "auth_mail", points: limits.emailsPerAccount, duration: 60 * 60 });

  const account = (email: string) => email.trim().toLowerCase();
  const attempt = (email: string, ip: string) => `${account(email)}|${ip}`;

  return {
    /** Counts one auth request from this address; refuses when over budget. */
    async consumeAddress(ip: string): Promise<void> {
      await consumeOrRefuse(perAddress, ip, "Too many attempts; try again later");
    },
    /** Refuses sign-in to an account locked for this address before the password is even checked. */
    async assertNotLocked(email: string, ip: string): Promise<void> {
      const res = await failures.get(attempt(email, ip));
      if (res && res.consumedPoints >= limits.failuresBeforeLockout) {
        throw new AppError("ACCOUNT_LOCKED", "Too many failed sign-ins to this account from this address; try again later", { retryAfterSeconds: retryAfterSeconds(res) });
      }
    },
    async recordFailure(email: string, ip: string): Promise<void> {
      // Past the limit consume() rejects; the account is then locked for this address until the window ends.
      await failures.consume(attempt(email, ip)).catch((res: unknown) => {
        if (res instanceof Error) throw res;
      });
    },
    async recordSuccess(email: string, ip: string): Promise<void> {
      await failures.delete(attempt(email, ip));
    },
    /** Limits e-mails sent to one account (reset, resend verification): silent when over, so it reveals nothing. */
    async allowEmail(email: string): Promise<boolean> {
      try {
        await emails.consume(account(email));
        return true;
      } catch (res) {
        if (res instanceof Error) throw res;
        return false;
      }
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
