import { AppError } from "@cluster-match/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appCodeOf } from "../../test/error-codes.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { createSignInThrottle, defaultThrottleLimits } from "./sign-in-throttle.ts";

describe(`sign-in throttle (${process.env.TEST_DB})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.destroy();
  });

  it("refuses an address over its budget with a retry time, and keeps other addresses going", async () => {
    const throttle = createSignInThrottle(db.prisma, { ...defaultThrottleLimits, perAddress: 3 });
    for (let i = 0; i < 3; i++) expect(await appCodeOf(throttle.consumeAddress("10.0.0.1"))).toBeNull();
    const refused = await throttle.consumeAddress("10.0.0.1").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("RATE_LIMITED");
    expect((refused as AppError).details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await appCodeOf(throttle.consumeAddress("10.0.0.2"))).toBeNull();
  });

  it("locks an account for an address after consecutive failures from it; a success before that clears the count", async () => {
    const throttle = createSignInThrottle(db.prisma, { ...defaultThrottleLimits, failuresBeforeLockout: 3 });
    const ip = "10.0.1.1";
    await throttle.recordFailure("A@Example.test", ip);
    await throttle.recordFailure("a@example.test", ip);
    await throttle.recordSuccess("a@example.test", ip);
    await throttle.recordFailure("a@example.test", ip);
    await throttle.recordFailure("a@example.test", ip);
    expect(await appCodeOf(throttle.assertNotLocked("a@example.test", ip))).toBeNull();
    await throttle.recordFailure("a@example.test", ip);
    expect(await appCodeOf(throttle.assertNotLocked("A@EXAMPLE.TEST", ip))).toBe("ACCOUNT_LOCKED");
    expect(await appCodeOf(throttle.assertNotLocked("b@example.test", ip))).toBeNull();
  });

  it("never locks the owner out from another address, whatever one address tries", async () => {
    const throttle = createSignInThrottle(db.prisma, { ...defaultThrottleLimits, failuresBeforeLockout: 3 });
    for (let i = 0; i < 10; i++) await throttle.recordFailure("owner@example.test", "198.51.100.66");
    expect(await appCodeOf(throttle.assertNotLocked("owner@example.test", "198.51.100.66"))).toBe("ACCOUNT_LOCKED");
    expect(await appCodeOf(throttle.assertNotLocked("owner@example.test", "192.0.2.10"))).toBeNull();
    // The owner's success elsewhere does not lift the attacker's lockout.
    await throttle.recordSuccess("owner@example.test", "192.0.2.10");
    expect(await appCodeOf(throttle.assertNotLocked("owner@example.test", "198.51.100.66"))).toBe("ACCOUNT_LOCKED");
  });

  it("allows a few e-mails per account per hour, then stays silent", async () => {
    const throttle = createSignInThrottle(db.prisma, { ...defaultThrottleLimits, emailsPerAccount: 2 });
    expect([await throttle.allowEmail("c@example.test"), await throttle.allowEmail("c@example.test"), await throttle.allowEmail("c@example.test")]).toEqual([true, true, false]);
  });
});
