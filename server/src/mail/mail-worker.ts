import { systemClock, type Clock } from "../clock.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { startPollingWorker, type PollingWorker } from "../jobs/polling-worker.ts";
import type { Logger } from "../logger.ts";
import { findDueEmails, markEmailFailed, markEmailSent } from "./mail.repository.ts";
import type { MailTransport } from "./mail-transport.ts";

/** After this many failed attempts a message is marked FAILED and logged as an error. */
export const maxEmailAttempts = 8;

/** 30 s, 1 min, 2 min … capped at 1 hour. */
export function emailRetryDelayMs(attempts: number): number {
  return Math.min(3_600_000, 30_000 * 2 ** Math.min(attempts, 10));
}

/** Sends one batch of due e-mails; each is marked sent only after the transport took it. */
export async function sendDueEmails(
  prisma: PrismaClient,
  transport: MailTransport,
  logger: Logger,
  batchSize = 50,
  // Messages become due by the database's now() and retries wait real seconds: the system clock by default.
  clock: Clock = systemClock,
): Promise<number> {
  const due = await findDueEmails(prisma, batchSize, clock.now());
  for (const email of due) {
    try {
      await transport.send(email);
      await markEmailSent(prisma, email.id, clock.now());
    } catch (error) {
      const attempts = email.attempts + 1;
      const final = attempts >= maxEmailAttempts;
      logger[final ? "error" : "warn"]({ err: error, emailId: email.id, attempts }, final ? "e-mail could not be sent; giving up" : "e-mail not sent; will retry");
      await markEmailFailed(prisma, email.id, (error as Error).message, final ? null : emailRetryDelayMs(attempts), clock.now());
    }
  }
  return due.length;
}

/** Polls the e-mail outbox until stopped; stop() waits for the batch in flight, then closes the transport. */
export function startMailWorker(options: { prisma: PrismaClient; transport: MailTransport; logger: Logger; intervalMs?: number; clock?: Clock }): PollingWorker {
  const worker = startPollingWorker({
    name: "e-mail worker",
    logger: options.logger,
    intervalMs: options.intervalMs,
    runBatch: () => sendDueEmails(options.prisma, options.transport, options.logger, undefined, options.clock),
  });
  return {
    stop: async () => {
      await worker.stop();
      options.transport.close();
    },
  };
}
