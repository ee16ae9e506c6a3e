import type { ServiceContext } from "../context.ts";

/**
 * Deletes a file nothing refers to any more, after the transaction that dropped the reference
 * committed. A failure only leaves an unreachable file behind, so it is logged, not thrown.
 */
export async function deleteStoredFile(ctx: Pick<ServiceContext, "services" | "logger">, key: string): Promise<void> {
  try {
    await ctx.services.storage.delete(key);
  } catch (error) {
    ctx.logger.warn({ err: error, key }, "could not delete a stored file");
  }
}
