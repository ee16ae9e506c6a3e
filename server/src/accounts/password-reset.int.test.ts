import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, servicesFor, startTestSearch } from "../../test/fixtures.ts";
import { createTestDatabase, testLogger, type TestDatabase } from "../../test/test-database.ts";
import { createInnerContext, type AppServices } from "../context.ts";
import { createCaller } from "../router.ts";
import type { SearchRuntime } from "../search-index/search-runtime.ts";
import type { BackgroundTasks } from "../auth/background-tasks.ts";
import { ensureAdmin } from "../auth/bootstrap-admin.ts";

/** Services whose throttle and background runner record what a request does, and run nothing by themselves. */
function recordingServices(base: AppServices) {
  const steps: string[] = [];
  const queued: (() => Promise<unknown>)[] = [];
  const background: BackgroundTasks = {
    run: (name, task) => {
      steps.push(`after the answer: ${name}`);
      queued.push(task);
    },
    idle: async () => {},
  };
  const throttle = new Proxy(base.throttle, {
    get: (target, key: keyof AppServices["throttle"]) => {
      const original = target[key];
      return (...args: never[]) => {
        steps.push(`throttle.${key}`);
        return (original as (...a: never[]) => unknown).apply(target, args);
      };
    },
  });
  return { services: { ...base, throttle, background } satisfies AppServices, steps, runQueued: () => Promise.all(queued.splice(0).map((t) => t())) };
}

describe(`password reset requests do the same work for known and unknown addresses (${process.env.TEST_DB})`, () => {
  let db: TestDatabase;
  let search: SearchRuntime;
  beforeAll(async () => {
    db = await createTestDatabase();
    search = await startTestSearch(db.prisma);
    await ensureAdmin(db.prisma, servicesFor(db.prisma).auth, { email: "known@example.test", password: "known password 123", name: "Known" });
  });
  afterAll(async () => {
    await search.stop();
    await db.destroy();
  });

  const traces = () =>
    Promise.all([db.prisma.verification.count(), db.prisma.emailMessage.count({ where: { template: "password_reset" } })]).then(([verifications, mails]) => ({ verifications, mails }));

  it("takes the same steps before answering, and leaves the lookup, the token and the e-mail until after it", async () => {
    const request = (ip: string) => ({ headers: new Headers(), ip, setCookie: () => {} });
    const known = recordingServices(servicesFor(db.prisma));
    const unknown = recordingServices(servicesFor(db.prisma));
    const before = await traces();
    const ask = (s: AppServices, email: string, ip: string) =>
      createCaller(createInnerContext({ prisma: db.prisma, logger: testLogger, search, services: s, request: request(ip) })).accounts.requestPasswordReset({ email });

    expect(await ask(known.services, "known@example.test", "192.0.2.1")).toEqual({ ok: true });
    expect(await ask(unknown.services, "nobody-here@example.test", "192.0.2.2")).toEqual({ ok: true });
    expect(known.steps).toEqual(["throttle.consumeAddress", "throttle.allowEmail", "after the answer: password reset e-mail"]);
    expect(unknown.steps).toEqual(known.steps);
    // Nothing that depends on the address was done on the request path.
    expect(await traces()).toEqual(before);

    await known.runQueued();
    await unknown.runQueued();
    expect(await traces()).toEqual({ verifications: before.verifications + 1, mails: before.mails + 1 });
    expect(await db.prisma.emailMessage.count({ where: { toAddress: "nobody-here@example.test" } })).toBe(0);
  });

  it("answers known and unknown addresses in about the same time (printed, not asserted: timings are noisy)", async () => {
    const api = callerFor(db.prisma, search, null, { headers: new Headers(), ip: "192.0.2.50", setCookie: () => {} });
    const services = servicesFor(db.prisma);
    const time = async (email: string) => {
      const start = performance.now();
      await api.accounts.requestPasswordReset({ email });
      const ms = performance.now() - start;
      await services.background.idle();
      return ms;
    };
    // Fresh addresses each time, so the per-account e-mail limit never cuts a known one short.
    for (let i = 0; i < 9; i++) await ensureAdmin(db.prisma, services.auth, { email: `k${i}@example.test`, password: "known password 123", name: "K" });
    const known: number[] = [];
    const unknown: number[] = [];
    // Interleaved, so warming up favours neither.
    for (let i = 0; i < 9; i++) {
      known.push(await time(`k${i}@example.test`));
      unknown.push(await time(`u${i}@example.test`));
    }
    const median = (times: number[]) => times.sort((a, b) => a - b)[4]!;
    const [knownMs, unknownMs] = [median(known), median(unknown)];
    console.log(`password reset request, median of 9: known ${knownMs.toFixed(1)} ms, unknown ${unknownMs.toFixed(1)} ms`);
    expect(await db.prisma.emailMessage.count({ where: { toAddress: { in: Array.from({ length: 9 }, (_, i) => `k${i}@example.test`) }, template: "password_reset" } })).toBe(9);
  });
});
