import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

export interface NewEmail {
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  template: string;
}

const emailSelect = {
  id: true,
  toAddress: true,
  subject: true,
  text: true,
  html: true,
  template: true,
  status: true,
  attempts: true,
  lastError: true,
  sentAt: true,
  createdAt: true,
} as const satisfies Prisma.EmailMessageSelect;
export type EmailRow = Prisma.EmailMessageGetPayload<{ select: typeof emailSelect }>;

/** Stores an e-mail to be sent; pass the transaction of the event it announces. */
export async function insertEmail(db: Prisma.TransactionClient | PrismaClient, email: NewEmail): Promise<void> {
  await db.emailMessage.create({ data: email, select: { id: true } });
}

export async function findDueEmails(prisma: PrismaClient, limit: number, now: Date): Promise<EmailRow[]> {
  return prisma.emailMessage.findMany({
    where: { status: "PENDING", availableAt: { lte: now } },
    select: emailSelect,
    orderBy: { createdAt: "asc" },
    take: limit,
  });
}

export async function markEmailSent(prisma: PrismaClient, id: string, now: Date): Promise<void> {
  await prisma.emailMessage.update({ where: { id }, data: { status: "SENT", sentAt: now, lastError: null }, select: { id: true } });
}

/** A failed attempt: due again after retryInMs, or FAILED for good after the last attempt. */
export async function markEmailFailed(prisma: PrismaClient, id: string, error: string, retryInMs: number | null, now: Date): Promise<void> {
  await prisma.emailMessage.update({
    where: { id },
    data: {
      attempts: { increment: 1 },
      lastError: error.slice(0, 2000),
      ...(retryInMs === null ? { status: "FAILED" } : { availableAt: new Date(now.getTime() + retryInMs) }),
    },
    select: { id: true },
  });
}

/** The development mailbox: newest first, optionally for one address. */
export async function listMailbox(prisma: PrismaClient, options: { to?: string | undefined; take: number }): Promise<EmailRow[]> {
  return prisma.emailMessage.findMany({
    where: options.to ? { toAddress: options.to.toLowerCase() } : {},
    select: emailSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.take,
  });
}

export async function countPendingEmails(prisma: PrismaClient): Promise<number> {
  return prisma.emailMessage.count({ where: { status: "PENDING" } });
}

export async function countFailedEmails(prisma: PrismaClient): Promise<number> {
  return prisma.emailMessage.count({ where: { status: "FAILED" } });
}
