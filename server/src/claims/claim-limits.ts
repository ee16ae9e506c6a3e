import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { consumeOrRefuse } from "../rate-limit/consume-or-refuse.ts";

// Against guessing codes and flooding a firm's mailbox, on top of the per-claim limits (5 tries per
// code, a new code at most once a minute): budgets per user, kept in the database like the sign-in
// throttle's so they hold across restarts and instances.
const limits = {
  /** Codes sent to firms' registered addresses, per user and hour. */
  claimCodeSend: { points: 6, duration: 60 * 60 },
  /** Codes tried, per user and 15 minutes (across all their claims). */
  claimCodeTry: { points: 15, duration: 15 * 60 },
  /** Claims started (by domain, for approval, by link), per user and hour. */
  claimStart: { points: 20, duration: 60 * 60 },
  /** Codes sent to one firm's address a day, by anyone: many accounts must not flood its mailbox. */
  claimCodeSendPerFirm: { points: 5, duration: 24 * 60 * 60 },
  /** Codes tried against one firm an hour, by anyone: many accounts must not share the guessing. */
  claimCodeTryPerFirm: { points: 20, duration: 60 * 60 },
} as const;

type LimitName = keyof typeof limits;
const cache = new WeakMap<PrismaClient, Record<LimitName, RateLimiterPrisma>>();

function limitersFor(prisma: PrismaClient): Record<LimitName, RateLimiterPrisma> {
  let limiters = cache.get(prisma);
  if (!limiters) {
    const common = { storeClient: prisma, tableName: "rateLimiterFlexible", clearExpiredByTimeout: false } as const;
    limiters = Object.fromEntries(
      (Object.keys(limits) as LimitName[]).map((name) => [name, new RateLimiterPrisma({ ...common, keyPrefix: `claims_${name}`, ...limits[name] })]),
    ) as Record<LimitName, RateLimiterPrisma>;
    cache.set(prisma, limiters);
  }
  return limiters;
}

/** Counts one use by the user (or, for the per-firm budgets, on the firm); over the budget, RATE_LIMITED with the wait. */
export function consumeClaimBudget(prisma: PrismaClient, name: LimitName, key: string): Promise<void> {
  return consumeOrRefuse(limitersFor(prisma)[name], key, "Too many attempts; try again later");
}
