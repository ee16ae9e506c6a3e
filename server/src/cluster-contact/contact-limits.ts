import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { consumeOrRefuse } from "../rate-limit/consume-or-refuse.ts";

// The contact form is open to visitors and sends a confirmation to the address given: budgets per
// client address and per sender address keep it from being a spam cannon or a flood of managers'
// mail. Stored in the database like the sign-in throttle's, so they hold across instances.
const perAddressPerHour = 5;
const perSenderPerHour = 3;

const cache = new WeakMap<PrismaClient, { byIp: RateLimiterPrisma; bySender: RateLimiterPrisma }>();

function limitersFor(prisma: PrismaClient) {
  let limiters = cache.get(prisma);
  if (!limiters) {
    const common = { storeClient: prisma, tableName: "rateLimiterFlexible", clearExpiredByTimeout: false, duration: 60 * 60 } as const;
    limiters = {
      byIp: new RateLimiterPrisma({ ...common, keyPrefix: "contact_ip", points: perAddressPerHour }),
      bySender: new RateLimiterPrisma({ ...common, keyPrefix: "contact_sender", points: perSenderPerHour }),
    };
    cache.set(prisma, limiters);
  }
  return limiters;
}

/** Counts one message from this client address and sender; over either budget, RATE_LIMITED with the wait. */
export async function consumeContactBudget(prisma: PrismaClient, ip: string, senderEmail: string): Promise<void> {
  const { byIp, bySender } = limitersFor(prisma);
  await consumeOrRefuse(byIp, ip, "Too many messages; try again later");
  await consumeOrRefuse(bySender, senderEmail.toLowerCase(), "Too many messages; try again later");
}
