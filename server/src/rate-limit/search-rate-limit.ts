import { RateLimiterMemory } from "rate-limiter-flexible";
import { consumeOrRefuse } from "./consume-or-refuse.ts";

/**
 * Searches per client address and minute. Search is public and one query costs up to a few
 * hundred milliseconds of the single Node thread, so an address sending many could starve
 * everyone else. Held in memory: a per-instance limit is enough against that, and a database
 * round trip per search would cost more than the limit saves.
 */
export interface SearchRateLimit {
  consume(address: string): Promise<void>;
}

export function createSearchRateLimit(perMinute: number): SearchRateLimit {
  if (perMinute <= 0) return { consume: async () => {} };
  const limiter = new RateLimiterMemory({ keyPrefix: "search", points: perMinute, duration: 60 });
  return { consume: (address) => consumeOrRefuse(limiter, address, "Too many searches; try again shortly") };
}
