import type { Logger } from "../logger.ts";

export interface PollingWorker {
  /** Stops polling and waits for the batch in flight. */
  stop(): Promise<void>;
}

/**
 * Runs `runBatch` every `intervalMs` (default 1 s) until stopped. The next wait starts only after a
 * batch ended, so batches never overlap. With `drain`, a tick repeats the batch while it still
 * found work (it returns how many items it handled). A failing batch is logged as
 * "<name> failed" and polling goes on.
 */
export function startPollingWorker(options: {
  name: string;
  logger: Logger;
  runBatch: () => Promise<number>;
  intervalMs?: number;
  drain?: boolean;
  /** Do not poll at all (tests run the batches themselves). */
  paused?: boolean;
}): PollingWorker {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    while ((await options.runBatch()) > 0 && options.drain && !stopped) {
      // keep draining while there is work
    }
  };
  const schedule = () => {
    if (stopped || options.paused) return;
    timer = setTimeout(() => {
      running = tick()
        .catch((error: unknown) => options.logger.error({ err: error }, `${options.name} failed`))
        .finally(schedule);
    }, options.intervalMs ?? 1000);
  };
  schedule();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
