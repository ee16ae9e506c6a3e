import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { insertEmail } from "./mail.repository.ts";
import { renderEmail, type EmailParams, type EmailTemplate } from "./templates.ts";

/**
 * Queues an e-mail in the recipient's language. Pass the transaction of the event it announces,
 * so the message exists exactly when the event does; the mail worker sends it with retries.
 */
export async function enqueueEmail<T extends EmailTemplate>(
  db: Prisma.TransactionClient | PrismaClient,
  email: { to: string; locale: string; template: T; params: EmailParams[T] },
): Promise<void> {
  const rendered = renderEmail(email.template, email.locale, email.params);
  await insertEmail(db, { toAddress: email.to.toLowerCase(), template: email.template, ...rendered });
}
