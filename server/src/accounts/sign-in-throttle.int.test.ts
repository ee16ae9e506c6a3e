import { AppError } from "@cluster-match/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

  const codeOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof AppError ? e.code : e));

  it("refuses an address over its budget with a retry time, and keeps other addresses going", async () => {
    const throttle = createSignInThrottle(db.prisma, { ...defaultThrottleLimits, perAddress: 3 });
    for (let i = 0; i < 3; i++) expect(await codeOf(throttle.consumeAddress("10.0.0.1"))).toBeNull();
    const refused = await throttle.consumeAddress("10.0.0.1").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("RATE_LIMITED");
    expect((refused as AppError).details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await codeOf(throttle.consumeAddress("10.0.0.2"))).toBeNull();
  });

  it("locks an account after consecutive failures; a success before that clears the count", async () => {
    const throttle = createSignInThrottle(db.prisma, { ...defaultThrottleLimits, failuresBeforeLockout: 3 });
    await throttle.recordFailure("A@Example.test");
    await throttle.recordFailure("a@example.test");
    await throttle.recordSuccess("a@example.test");
    await throttle.recordFailure("a@example.test");
    await throttle.recordFailure("a@example.test");
    expect(await codeOf(throttle.assertNotLocked("a@example.test"))).toBeNull();
    await throttle.recordFailure("a@example.test");
    expect(await codeOf(throttle.assertNotLocked("A@EXAMPLE.TEST"))).toBe("ACCOUNT_LOCKED");
    expect(await codeOf(throttle.assertNotLocked("b@example.test"))).toBeNull();
  });

  it("allows a few e-mails per account per hour, then stays silent", async () => {
    const throttle = createSignInThrottle(db.prisma, { ...defaultThrottleLimits, emailsPerAccount: 2 });
    expect([await throttle.allowEmail("c@example.test"), await throttle.allowEmail("c@example.test"), await throttle.allowEmail("c@example.test")]).toEqual([true, true, false]);
  });
});
