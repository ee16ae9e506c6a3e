import { AppError } from "@cluster-match/shared";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

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
  return {
    async consume(address) {
      try {
        await limiter.consume(address);
      } catch (res) {
        if (res instanceof Error) throw res;
        const retryAfterSeconds = Math.ceil((res instanceof RateLimiterRes ? res.msBeforeNext : 60_000) / 1000);
        throw new AppError("RATE_LIMITED", "Too many searches; try again shortly", { retryAfterSeconds });
      }
    },
  };
}
