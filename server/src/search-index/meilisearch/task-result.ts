import type { EnqueuedTask, Meilisearch, Task } from "meilisearch";

/** A Meilisearch write that did not succeed: the task's uid, type and error are in the message. */
export class MeilisearchTaskError extends Error {
  override name = "MeilisearchTaskError";

  constructor(readonly task: Task) {
    const reason = task.error ? `${task.error.message} [${task.error.code}]` : "no error reported";
    super(`Meilisearch task ${task.uid} (${task.type}) on index ${task.indexUid ?? "-"} ${task.status}: ${reason}`);
  }
}

/**
 * Every Meilisearch write is asynchronous: wait for the task and turn anything but success into
 * an error. A task still running after `timeoutMs` throws the client's timeout error.
 */
export async function waitForSuccess(
  client: Meilisearch,
  enqueued: Promise<EnqueuedTask>,
  timeoutMs: number,
): Promise<Task> {
  const task = await client.tasks.waitForTask(await enqueued, { timeout: timeoutMs });
  if (task.status !== "succeeded") throw new MeilisearchTaskError(task);
  return task;
}
