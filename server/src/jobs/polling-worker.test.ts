import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, it, vi } from "vitest";
import { startPollingWorker } from "./polling-worker.ts";

/** A real logger whose lines are kept, to see what a failing batch reports. */
function capturingLogger() {
  const lines: { level: number; msg: string }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as { level: number; msg: string });
      done();
    },
  });
  return { logger: pino(sink), lines };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `check` holds (polled), so the tests do not depend on exact timer counts. */
async function until(check: () => boolean, ms = 2000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not reached");
    await sleep(2);
  }
}

describe("startPollingWorker", () => {
  it("runs one batch per tick without drain, and repeats while there is work with drain", async () => {
    vi.useFakeTimers();
    try {
      const { logger } = capturingLogger();
      const calls = { once: 0, drained: 0 };
      let backlog = 3;
      const once = startPollingWorker({ name: "once", logger, intervalMs: 100, runBatch: async () => (calls.once++, 1) });
      const drained = startPollingWorker({
        name: "drained",
        logger,
        intervalMs: 100,
        drain: true,
        runBatch: async () => (calls.drained++, backlog > 0 ? backlog-- : 0),
      });
      await vi.advanceTimersByTimeAsync(99);
      expect(calls).toEqual({ once: 0, drained: 0 });
      await vi.advanceTimersByTimeAsync(1);
      // Without drain one batch, though it found work; with drain 3, 2, 1 found work and the fourth none.
      expect(calls).toEqual({ once: 1, drained: 4 });
      await vi.advanceTimersByTimeAsync(100);
      expect(calls).toEqual({ once: 2, drained: 5 });
      await Promise.all([once.stop(), drained.stop()]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("logs a failing batch as '<name> failed' and keeps polling", async () => {
    const { logger, lines } = capturingLogger();
    let calls = 0;
    const worker = startPollingWorker({
      name: "test worker",
      logger,
      intervalMs: 2,
      runBatch: async () => {
        calls++;
        if (calls === 1) throw new Error("boom");
        return 0;
      },
    });
    await until(() => calls >= 3);
    await worker.stop();
    expect(lines.filter((l) => l.msg === "test worker failed")).toHaveLength(1);
  });

  it("stop() waits for the batch in flight and no batch starts afterwards", async () => {
    const { logger } = capturingLogger();
    let release!: () => void;
    let started = 0;
    let finished = 0;
    const worker = startPollingWorker({
      name: "slow",
      logger,
      intervalMs: 1,
      drain: true,
      runBatch: async () => {
        started++;
        await new Promise<void>((resolve) => (release = resolve));
        finished++;
        return 1; // there would always be more work
      },
    });
    await until(() => started === 1);
    const stopping = worker.stop();
    release();
    await stopping;
    expect(finished).toBe(1);
    await sleep(20);
    expect(started).toBe(1);
  });

  it("never runs a batch when paused", async () => {
    const { logger } = capturingLogger();
    let calls = 0;
    const worker = startPollingWorker({ name: "paused", logger, intervalMs: 1, paused: true, runBatch: async () => ++calls });
    await sleep(20);
    await worker.stop();
    expect(calls).toBe(0);
  });
});
