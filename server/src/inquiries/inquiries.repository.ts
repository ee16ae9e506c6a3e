import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { IntroductionStatus } from "../generated/prisma/enums.ts";

type Db = Prisma.TransactionClient | PrismaClient;
type Tx = Prisma.TransactionClient;

const partySelect = {
  id: true,
  slug: true,
  name: true,
  nameLatin: true,
  country: true,
  city: true,
  cityLatin: true,
  status: true,
} as const satisfies Prisma.CompanySelect;
export type InquiryPartyRow = Prisma.CompanyGetPayload<{ select: typeof partySelect }>;

const attachmentSelect = {
  id: true,
  fileName: true,
  contentType: true,
  size: true,
  sha256: true,
  storageKey: true,
} as const satisfies Prisma.InquiryAttachmentSelect;
export type AttachmentRow = Prisma.InquiryAttachmentGetPayload<{ select: typeof attachmentSelect }>;

const quoteSelect = {
  priceMinor: true,
  currency: true,
  leadTimeDays: true,
  validUntil: true,
  note: true,
  updatedAt: true,
} as const satisfies Prisma.InquiryQuoteSelect;
export type QuoteRow = Prisma.InquiryQuoteGetPayload<{ select: typeof quoteSelect }>;

const copySelect = {
  id: true,
  status: true,
  declineReason: true,
  toCompanyId: true,
  createdAt: true,
  toCompany: { select: partySelect },
  quote: { select: quoteSelect },
  // The newest message of the thread, for the comparison's "last message" column.
  messages: { select: { body: true, createdAt: true, senderCompanyId: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 },
} as const satisfies Prisma.IntroductionSelect;
export type CopyRow = Prisma.IntroductionGetPayload<{ select: typeof copySelect }>;

const inquirySelect = {
  id: true,
  fromCompanyId: true,
  subject: true,
  message: true,
  quantity: true,
  replyBy: true,
  createdAt: true,
  createdBy: { select: { name: true } },
  fromCompany: { select: partySelect },
  attachments: { select: attachmentSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  introductions: { select: copySelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} as const satisfies Prisma.InquirySelect;
export type InquiryRow = Prisma.InquiryGetPayload<{ select: typeof inquirySelect }>;

/** Statuses of a copy the buyer may still withdraw from (waiting, with the contact point, in conversation). */
export const openCopyStatuses: IntroductionStatus[] = ["PENDING", "WITH_CONTACT_POINT", "ACCEPTED"];

/** The published firms among `ids`, with what the notices and the comparison name them by. */
export async function findPublishedParties(db: Db, ids: string[]): Promise<InquiryPartyRow[]> {
  return db.company.findMany({ where: { id: { in: ids }, status: "PUBLISHED" }, select: partySelect });
}

export async function findParty(db: Db, id: string): Promise<InquiryPartyRow | null> {
  return db.company.findUnique({ where: { id }, select: partySelect });
}

/** Whether a stored upload is already attached to an inquiry (each upload is used once). */
export async function isStorageKeyUsed(db: Db, storageKey: string): Promise<boolean> {
  return (await db.inquiryAttachment.count({ where: { storageKey } })) > 0;
}

export async function insertInquiry(
  tx: Tx,
  data: { fromCompanyId: string; createdByUserId: string; subject: string; message: string; quantity: string; replyBy: Date | null; createdAt: Date },
): Promise<{ id: string }> {
  return tx.inquiry.create({ data, select: { id: true } });
}

export async function insertAttachment(
  tx: Tx,
  data: { inquiryId: string; fileName: string; contentType: string; size: number; sha256: string; storageKey: string; createdAt: Date },
): Promise<void> {
  await tx.inquiryAttachment.create({ data, select: { id: true } });
}

export async function insertCopy(
  tx: Tx,
  data: { inquiryId: string; fromCompanyId: string; toCompanyId: string; requestedByUserId: string; message: string; status: IntroductionStatus; createdAt: Date },
): Promise<{ id: string }> {
  return tx.introduction.create({ data: { ...data, kind: "INQUIRY", brokered: false }, select: { id: true } });
}

export async function findInquiry(db: Db, id: string): Promise<InquiryRow | null> {
  return db.inquiry.findUnique({ where: { id }, select: inquirySelect });
}

export async function findInquiriesOf(db: Db, companyId: string, page: { skip: number; take: number }) {
  const where: Prisma.InquiryWhereInput = { fromCompanyId: companyId };
  const [rows, total] = await Promise.all([
    db.inquiry.findMany({
      where,
      select: {
        id: true,
        subject: true,
        createdAt: true,
        replyBy: true,
        introductions: { select: { status: true, quote: { select: { introductionId: true } } } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...page,
    }),
    db.inquiry.count({ where }),
  ]);
  return { rows, total };
}

/** One copy (an INQUIRY introduction) with its inquiry's id and parties. */
export async function findCopy(db: Db, introductionId: string) {
  return db.introduction.findFirst({
    where: { id: introductionId, kind: "INQUIRY", inquiryId: { not: null } },
    select: { id: true, status: true, inquiryId: true, fromCompanyId: true, toCompanyId: true },
  });
}

export async function findQuote(db: Db, introductionId: string): Promise<QuoteRow | null> {
  return db.inquiryQuote.findUnique({ where: { introductionId }, select: quoteSelect });
}

export async function upsertQuote(
  tx: Tx,
  introductionId: string,
  data: { priceMinor: number | null; currency: string; leadTimeDays: number | null; validUntil: Date | null; note: string; quotedByUserId: string; now: Date },
): Promise<{ created: boolean }> {
  const { now, ...fields } = data;
  const existing = await tx.inquiryQuote.findUnique({ where: { introductionId }, select: { introductionId: true } });
  await tx.inquiryQuote.upsert({
    where: { introductionId },
    create: { introductionId, ...fields, createdAt: now, updatedAt: now },
    update: { ...fields, updatedAt: now },
    select: { introductionId: true },
  });
  return { created: existing === null };
}

/** Moves copies of an inquiry to WITHDRAWN from the open statuses; the ids that moved. */
export async function withdrawCopies(tx: Tx, inquiryId: string, ids: string[] | null): Promise<string[]> {
  const where: Prisma.IntroductionWhereInput = { inquiryId, status: { in: openCopyStatuses }, ...(ids ? { id: { in: ids } } : {}) };
  const moving = await tx.introduction.findMany({ where, select: { id: true } });
  if (moving.length === 0) return [];
  await tx.introduction.updateMany({ where: { id: { in: moving.map((m) => m.id) }, status: { in: openCopyStatuses } }, data: { status: "WITHDRAWN" } });
  return moving.map((m) => m.id);
}

/** Serialises a check-then-write on one key until the transaction ends. */
export async function lockKey(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

/** An attachment with who may see it: the sender firm and every recipient firm. */
export async function findAttachmentWithParties(db: Db, id: string) {
  return db.inquiryAttachment.findUnique({
    where: { id },
    select: { ...attachmentSelect, inquiry: { select: { fromCompanyId: true, introductions: { select: { toCompanyId: true } } } } },
  });
}

/** The published firms the user is a member of (as sender of an inquiry). */
export async function findPublishedMemberCompanies(db: Db, userId: string) {
  const rows = await db.membership.findMany({
    where: { userId, company: { status: "PUBLISHED" } },
    select: { company: { select: { id: true, name: true, nameLatin: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => r.company);
}
