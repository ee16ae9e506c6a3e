import { AppError } from "@cluster-match/shared";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

/** Seconds until a refused key may try again (a minute when the limiter did not say). */
export function retryAfterSeconds(res: unknown): number {
  return Math.ceil((res instanceof RateLimiterRes ? res.msBeforeNext : 60_000) / 1000);
}

/**
 * Counts one use of `key`; over the limit, refuses with RATE_LIMITED and the wait. rate-limiter-
 * flexible rejects with its result when over the limit and with an Error when the store fails:
 * the latter is thrown as it is.
 */
export async function consumeOrRefuse(limiter: RateLimiterAbstract, key: string, message: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (res) {
    if (res instanceof Error) throw res;
    throw new AppError("RATE_LIMITED", message, { retryAfterSeconds: retryAfterSeconds(res) });
  }
}
