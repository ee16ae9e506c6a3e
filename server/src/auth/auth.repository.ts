import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

type Db = PrismaClient | Prisma.TransactionClient;

/** Whether a user is suspended (better-auth's session hook opens no session for them). */
export async function isUserSuspended(db: Db, userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { suspended: true } });
  return user?.suspended ?? false;
}

export async function userExistsWithEmail(db: Db, email: string): Promise<boolean> {
  return (await db.user.findUnique({ where: { email }, select: { id: true } })) !== null;
}

/** Makes the account an active, verified administrator. */
export async function promoteToAdmin(db: Db, email: string): Promise<void> {
  await db.user.update({ where: { email }, data: { role: "ADMIN", emailVerified: true, suspended: false }, select: { id: true } });
}

/** Drops the queued e-mails of one template to one address (the bootstrap admin's verification). */
export async function deleteQueuedEmails(db: Db, toAddress: string, template: string): Promise<void> {
  await db.emailMessage.deleteMany({ where: { toAddress, template } });
}

/** Drops limiter rows that expired before `before` (the hourly cleanup job); returns how many. */
export async function deleteExpiredRateLimits(db: Db, before: Date): Promise<number> {
  const { count } = await db.rateLimiterFlexible.deleteMany({ where: { expire: { lt: before } } });
  return count;
}
