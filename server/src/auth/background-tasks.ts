import type { Logger } from "../logger.ts";

/**
 * Work that runs after the answer has gone out: what an answer must not reveal by its timing
 * (whether an address has an account) is done here, for every address alike.
 */
export interface BackgroundTasks {
  /** Starts `task` once the current request is answered; failures are logged, never thrown. */
  run(name: string, task: () => Promise<unknown>): void;
  /** Resolves when every task started so far has finished (shutdown, tests). */
  idle(): Promise<void>;
}

export function createBackgroundTasks(logger?: Logger): BackgroundTasks {
  const running = new Set<Promise<void>>();
  return {
    run(name, task) {
      const done: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
        .then(task)
        .then(
          () => {},
          (error: unknown) => logger?.error({ err: error, task: name }, "background task failed"),
        )
        .finally(() => running.delete(done));
      running.add(done);
    },
    async idle() {
      while (running.size > 0) await Promise.all(running);
    },
  };
}
