import { expect, it } from "vitest";
import { createSearchRateLimit } from "./search-rate-limit.ts";

it("refuses an address's searches beyond the limit with RATE_LIMITED and a wait, other addresses unaffected", async () => {
  const limit = createSearchRateLimit(3);
  for (let i = 0; i < 3; i++) await limit.consume("10.0.0.1");
  await expect(limit.consume("10.0.0.1")).rejects.toMatchObject({ code: "RATE_LIMITED", details: { retryAfterSeconds: expect.any(Number) } });
  await expect(limit.consume("10.0.0.2")).resolves.toBeUndefined();
});

it("limits nothing when set to 0", async () => {
  const limit = createSearchRateLimit(0);
  for (let i = 0; i < 1000; i++) await limit.consume("10.0.0.1");
});
