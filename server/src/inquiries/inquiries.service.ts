import { createHash, randomBytes } from "node:crypto";
import {
  AppError,
  maxAttachmentBytes,
  maxInquiryAttachmentBytes,
  pageMeta,
  type AttachmentContentType,
  type InquiryAttachment,
  type InquiryDetail,
  type InquiryListOutput,
  type InquiryOfIntroduction,
  type InquiryQuote,
  type InquirySenderOptions,
  type InquirySupplierRow,
  type SendInquiryOutput,
  type StagedAttachment,
  type SupplierState,
  type closeInquiryInputSchema,
  type inquiryGetInputSchema,
  type inquiryListInputSchema,
  type inquiryOfIntroductionInputSchema,
  type inquiryRecipientsInputSchema,
  type inquiryRecipientsSchema,
  type sendInquiryInputSchema,
  type submitQuoteInputSchema,
  type withdrawSupplierInputSchema,
} from "@cluster-match/shared";
import { RateLimiterMemory } from "rate-limiter-flexible";
import type { z } from "zod";
import { findCompanyAccess } from "../access/access.repository.ts";
import { auditIfAuthority } from "../audit/audit-rule.ts";
import type { CompanyContext, ServiceContext, UserContext } from "../context.ts";
import { initialRequestStatus } from "../introductions/contact-point.repository.ts";
import { noticeWithdrawn } from "../introductions/introduction-notices.ts";
import { findIntroductionById } from "../introductions/introductions.repository.ts";
import { excerpt } from "../introductions/phrases.ts";
import { consumeOrRefuse } from "../rate-limit/consume-or-refuse.ts";
import { detectAttachmentType, safeFileName } from "./attachment-type.ts";
import {
  findAttachmentWithParties,
  findCopy,
  findInquiriesOf,
  findInquiry,
  findParty,
  findPublishedMemberCompanies,
  findPublishedParties,
  findQuote,
  insertAttachment,
  insertCopy,
  insertInquiry,
  isStorageKeyUsed,
  lockKey,
  openCopyStatuses,
  upsertQuote,
  withdrawCopies,
  type AttachmentRow,
  type CopyRow,
  type QuoteRow,
} from "./inquiries.repository.ts";
import { noticeInquiryCopy, noticeQuote } from "./inquiry-notices.ts";

type Input<S extends z.ZodType> = z.infer<S>;

// Sending is limited per user: one inquiry reaches up to ten firms' inboxes and e-mail, so a
// runaway script (or a spammer with an account) must not flood the directory. Held in memory per
// instance, like the search limit: enough against a flood, no database round trip per call.
const sendLimiter = new RateLimiterMemory({ keyPrefix: "inquiry-send", points: 20, duration: 60 * 60 });
const uploadLimiter = new RateLimiterMemory({ keyPrefix: "inquiry-upload", points: 100, duration: 60 * 60 });

const storageKeyOf = (uploadId: string) => `inquiries/${uploadId}.bin`;
const attachmentUrl = (id: string) => `/inquiry-files/${id}`;
const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const dayOf = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const todayUtc = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/**
 * Checks and stores one file for a later inquiry: type by content, size, a random key. The id it
 * returns is unguessable; sending an inquiry names it to attach the file (once).
 */
export async function stageAttachment(ctx: UserContext, input: { fileName: string; bytes: Buffer }): Promise<StagedAttachment> {
  // Only someone who may send an inquiry stores files for one (a member of a published firm, or
  // the staff acting for firms): nobody else gets disk space here.
  if (ctx.user.role === "MEMBER" && (await findPublishedMemberCompanies(ctx.prisma, ctx.user.id)).length === 0) {
    throw new AppError("FORBIDDEN", "Only members of a published company can attach files to an inquiry");
  }
  await consumeOrRefuse(uploadLimiter, ctx.user.id, "Too many uploads; try again later");
  const shownName = input.fileName.slice(0, 200);
  if (input.bytes.length > maxAttachmentBytes) throw new AppError("FILE_TOO_LARGE", "The file is larger than 10 MB", { fileName: shownName, maxBytes: maxAttachmentBytes });
  const contentType = detectAttachmentType(input.bytes);
  if (!contentType) throw new AppError("UNSUPPORTED_FILE", "Not a PDF, DXF, STEP, PNG or JPEG file", { fileName: shownName });
  const uploadId = randomBytes(16).toString("hex");
  await ctx.services.storage.put(storageKeyOf(uploadId), input.bytes, "application/octet-stream");
  ctx.logger.info({ userId: ctx.user.id, uploadId, bytes: input.bytes.length, contentType }, "inquiry attachment staged");
  return { uploadId, fileName: safeFileName(input.fileName, contentType), size: input.bytes.length, contentType };
}

interface CheckedFile {
  fileName: string;
  storageKey: string;
  contentType: AttachmentContentType;
  size: number;
  sha256: string;
}

/** Reads each staged file back and checks it again: what is stored is what the recipients get. */
async function checkStagedFiles(ctx: CompanyContext, attachments: Input<typeof sendInquiryInputSchema>["attachments"]): Promise<CheckedFile[]> {
  const files: CheckedFile[] = [];
  let total = 0;
  for (const attachment of attachments) {
    const storageKey = storageKeyOf(attachment.uploadId);
    const stored = await ctx.services.storage.get(storageKey);
    if (!stored) throw new AppError("VALIDATION", "The file was not uploaded", { fileName: attachment.fileName, reason: "upload_missing" });
    const contentType = detectAttachmentType(stored.bytes);
    if (!contentType) throw new AppError("UNSUPPORTED_FILE", "Not a PDF, DXF, STEP, PNG or JPEG file", { fileName: attachment.fileName });
    if (stored.bytes.length > maxAttachmentBytes) throw new AppError("FILE_TOO_LARGE", "The file is larger than 10 MB", { fileName: attachment.fileName, maxBytes: maxAttachmentBytes });
    total += stored.bytes.length;
    files.push({
      fileName: safeFileName(attachment.fileName, contentType),
      storageKey,
      contentType,
      size: stored.bytes.length,
      sha256: createHash("sha256").update(stored.bytes).digest("hex"),
    });
  }
  if (total > maxInquiryAttachmentBytes) throw new AppError("FILE_TOO_LARGE", "The files are larger than 25 MB together", { maxBytes: maxInquiryAttachmentBytes, total: true });
  return files;
}

/**
 * One request for quotation to up to ten published firms, each getting its own copy (an
 * introduction of kind INQUIRY) with its team or, for a firm without users, with the cluster's
 * contact point. All in one transaction: either every copy, attachment and notice exists, or none.
 */
export async function sendInquiry(ctx: CompanyContext, input: Input<typeof sendInquiryInputSchema>): Promise<SendInquiryOutput> {
  const companyId = ctx.company.companyId;
  const now = ctx.clock.now();
  if (input.replyBy && dayOf(input.replyBy) < todayUtc(now)) throw new AppError("VALIDATION", "The reply-by date has passed", { field: "replyBy", reason: "date_past" });
  if (input.recipientIds.includes(companyId)) throw new AppError("INVALID_STATE", "A firm cannot send an inquiry to itself", { reason: "own_company" });
  await consumeOrRefuse(sendLimiter, ctx.user.id, "Too many inquiries; try again later");
  const files = await checkStagedFiles(ctx, input.attachments);
  return ctx.prisma.$transaction(async (tx) => {
    const from = await findParty(tx, companyId);
    if (!from) throw new AppError("NOT_FOUND", "Company not found");
    if (from.status !== "PUBLISHED") throw new AppError("INVALID_STATE", "Only a published firm can send inquiries", { reason: "sender_unpublished" });
    const parties = await findPublishedParties(tx, input.recipientIds);
    const byId = new Map(parties.map((p) => [p.id, p]));
    const missing = input.recipientIds.filter((id) => !byId.has(id));
    // A firm that is not published (or does not exist) looks the same: not found.
    if (missing.length > 0) throw new AppError("NOT_FOUND", "Some recipients are not published firms", { recipientIds: missing });
    for (const file of files) {
      await lockKey(tx, `inquiry-upload:${file.storageKey}`);
      if (await isStorageKeyUsed(tx, file.storageKey)) throw new AppError("VALIDATION", "The file is already attached to another inquiry", { fileName: file.fileName, reason: "upload_used" });
    }
    const inquiry = await insertInquiry(tx, {
      fromCompanyId: companyId,
      createdByUserId: ctx.user.id,
      subject: input.subject,
      message: input.message,
      quantity: input.quantity,
      replyBy: input.replyBy ? dayOf(input.replyBy) : null,
      createdAt: now,
    });
    for (const file of files) {
      await insertAttachment(tx, { inquiryId: inquiry.id, fileName: file.fileName, contentType: file.contentType, size: file.size, sha256: file.sha256, storageKey: file.storageKey, createdAt: now });
    }
    const recipients: SendInquiryOutput["recipients"] = [];
    for (const id of input.recipientIds) {
      const to = byId.get(id)!;
      const status = await initialRequestStatus(tx, to.id);
      const copy = await insertCopy(tx, { inquiryId: inquiry.id, fromCompanyId: companyId, toCompanyId: to.id, requestedByUserId: ctx.user.id, message: input.message, status, createdAt: now });
      await noticeInquiryCopy(tx, {
        introductionId: copy.id,
        status,
        from,
        to,
        inquiry: { subject: input.subject, message: input.message, quantity: input.quantity, replyBy: input.replyBy ? dayOf(input.replyBy) : null },
        publicUrl: ctx.services.publicUrl,
      });
      recipients.push({ companyId: to.id, introductionId: copy.id, status });
    }
    await auditIfAuthority(tx, ctx, {
      action: "inquiry.send",
      entityType: "inquiry",
      entityId: inquiry.id,
      summary: `${from.name}: ${input.subject} → ${parties.map((p) => p.name).join(", ")}`,
      after: { recipients: input.recipientIds, attachments: files.map((f) => ({ fileName: f.fileName, sha256: f.sha256 })) },
    });
    return { id: inquiry.id, recipients };
  });
}

export async function listInquiries(ctx: CompanyContext, input: Input<typeof inquiryListInputSchema>): Promise<InquiryListOutput> {
  const { rows, total } = await findInquiriesOf(ctx.prisma, ctx.company.companyId, { skip: (input.page - 1) * input.pageSize, take: input.pageSize });
  return {
    items: rows.map((r) => ({
      id: r.id,
      subject: r.subject,
      createdAt: r.createdAt.toISOString(),
      replyBy: isoDay(r.replyBy),
      recipients: r.introductions.length,
      quotes: r.introductions.filter((i) => i.quote !== null).length,
      open: r.introductions.filter((i) => openCopyStatuses.includes(i.status)).length,
    })),
    ...pageMeta(total, input.page, input.pageSize),
  };
}

const toAttachment = (row: AttachmentRow): InquiryAttachment => ({
  id: row.id,
  fileName: row.fileName,
  contentType: row.contentType,
  size: row.size,
  sha256: row.sha256,
  url: attachmentUrl(row.id),
});

const toQuote = (row: QuoteRow | null): InquiryQuote | null =>
  row && { priceMinor: row.priceMinor, currency: row.currency, leadTimeDays: row.leadTimeDays, validUntil: isoDay(row.validUntil), note: row.note, updatedAt: row.updatedAt.toISOString() };

function stateOf(copy: CopyRow): SupplierState {
  switch (copy.status) {
    case "WITH_CONTACT_POINT":
      return "withContactPoint";
    case "ACCEPTED":
      return copy.quote ? "quoted" : "accepted";
    case "DECLINED":
      return "declined";
    case "WITHDRAWN":
      return "withdrawn";
    default:
      return "waiting";
  }
}

function toSupplierRow(copy: CopyRow, buyerId: string): InquirySupplierRow {
  const last = copy.messages[0];
  return {
    introductionId: copy.id,
    supplier: {
      id: copy.toCompany.id,
      slug: copy.toCompany.slug,
      name: copy.toCompany.name,
      nameLatin: copy.toCompany.nameLatin,
      country: copy.toCompany.country,
      city: copy.toCompany.city,
      cityLatin: copy.toCompany.cityLatin,
      published: copy.toCompany.status === "PUBLISHED",
    },
    status: copy.status,
    state: stateOf(copy),
    declineReason: copy.status === "DECLINED" ? copy.declineReason : null,
    quote: toQuote(copy.quote),
    lastMessage: last ? { excerpt: excerpt(last.body, 160), createdAt: last.createdAt.toISOString(), fromSupplier: last.senderCompanyId !== buyerId } : null,
    canWithdraw: openCopyStatuses.includes(copy.status),
  };
}

/** The buyer's view: the inquiry and one comparison row per supplier. */
export async function getInquiry(ctx: CompanyContext, input: Input<typeof inquiryGetInputSchema>): Promise<InquiryDetail> {
  const companyId = ctx.company.companyId;
  const row = await findInquiry(ctx.prisma, input.id);
  if (!row || row.fromCompanyId !== companyId) throw new AppError("NOT_FOUND", "Inquiry not found");
  const suppliers = row.introductions.map((c) => toSupplierRow(c, companyId));
  return {
    id: row.id,
    companyId,
    subject: row.subject,
    message: row.message,
    quantity: row.quantity,
    replyBy: isoDay(row.replyBy),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy?.name ?? null,
    attachments: row.attachments.map(toAttachment),
    suppliers,
    closed: suppliers.every((s) => !s.canWithdraw),
  };
}

/** The inquiry behind one introduction, for either side of it (the recipient's inbox, the buyer's thread). */
export async function inquiryOfIntroduction(ctx: CompanyContext, input: Input<typeof inquiryOfIntroductionInputSchema>): Promise<InquiryOfIntroduction> {
  const companyId = ctx.company.companyId;
  const copy = await findCopy(ctx.prisma, input.introductionId);
  if (!copy || (copy.fromCompanyId !== companyId && copy.toCompanyId !== companyId)) throw new AppError("NOT_FOUND", "Inquiry not found");
  const row = await findInquiry(ctx.prisma, copy.inquiryId!);
  if (!row) throw new AppError("NOT_FOUND", "Inquiry not found");
  const side = copy.fromCompanyId === companyId ? "buyer" : "supplier";
  return {
    inquiryId: row.id,
    side,
    subject: row.subject,
    quantity: row.quantity,
    replyBy: isoDay(row.replyBy),
    attachments: row.attachments.map(toAttachment),
    // Only the two parties of this copy reach here; other suppliers never see it.
    quote: toQuote(await findQuote(ctx.prisma, copy.id)),
    canQuote: side === "supplier" && copy.status === "ACCEPTED",
  };
}

/** The supplier's structured answer (price, lead time, validity), updatable while the thread is open. */
export async function submitQuote(ctx: CompanyContext, input: Input<typeof submitQuoteInputSchema>): Promise<InquiryQuote> {
  const companyId = ctx.company.companyId;
  const now = ctx.clock.now();
  if (input.validUntil && dayOf(input.validUntil) < todayUtc(now)) throw new AppError("VALIDATION", "The validity date has passed", { field: "validUntil", reason: "date_past" });
  return ctx.prisma.$transaction(async (tx) => {
    const copy = await findCopy(tx, input.introductionId);
    if (!copy || copy.toCompanyId !== companyId) throw new AppError("NOT_FOUND", "Inquiry not found");
    await lockKey(tx, `inquiry-quote:${copy.id}`);
    const current = await findCopy(tx, copy.id);
    if (current?.status !== "ACCEPTED") throw new AppError("INVALID_STATE", "Accept the inquiry before quoting", { reason: "not_accepted" });
    const { created } = await upsertQuote(tx, copy.id, {
      priceMinor: input.priceMinor,
      currency: input.currency,
      leadTimeDays: input.leadTimeDays,
      validUntil: input.validUntil ? dayOf(input.validUntil) : null,
      note: input.note,
      quotedByUserId: ctx.user.id,
      now,
    });
    const inquiry = await findInquiry(tx, copy.inquiryId!);
    const supplier = await findParty(tx, companyId);
    await noticeQuote(tx, {
      introductionId: copy.id,
      inquiryId: copy.inquiryId!,
      subject: inquiry!.subject,
      buyerId: copy.fromCompanyId,
      supplier: supplier!,
      updated: !created,
      publicUrl: ctx.services.publicUrl,
    });
    await auditIfAuthority(tx, ctx, {
      action: "inquiry.quote",
      entityType: "introduction",
      entityId: copy.id,
      summary: `${supplier!.name}: ${inquiry!.subject}`,
      after: { priceMinor: input.priceMinor, currency: input.currency, leadTimeDays: input.leadTimeDays, validUntil: input.validUntil },
    });
    return toQuote(await findQuote(tx, copy.id))!;
  });
}

/** Withdraws copies (one, or every open one); the recipients that had seen them are told. */
async function withdraw(ctx: CompanyContext, inquiryId: string, ids: string[] | null): Promise<number> {
  return ctx.prisma.$transaction(async (tx) => {
    await lockKey(tx, `inquiry:${inquiryId}`);
    const moved = await withdrawCopies(tx, inquiryId, ids);
    for (const id of moved) await noticeWithdrawn(tx, { introduction: await findIntroductionById(tx, id) });
    await auditIfAuthority(tx, ctx, {
      action: ids ? "inquiry.withdraw_supplier" : "inquiry.close",
      entityType: "inquiry",
      entityId: inquiryId,
      summary: `${moved.length} withdrawn`,
      after: { withdrawn: moved },
    });
    return moved.length;
  });
}

export async function withdrawSupplier(ctx: CompanyContext, input: Input<typeof withdrawSupplierInputSchema>) {
  const copy = await findCopy(ctx.prisma, input.introductionId);
  if (!copy || copy.fromCompanyId !== ctx.company.companyId) throw new AppError("NOT_FOUND", "Inquiry not found");
  const withdrawn = await withdraw(ctx, copy.inquiryId!, [copy.id]);
  if (withdrawn === 0) throw new AppError("INVALID_STATE", `The request is ${copy.status}`, { reason: "not_open" });
  return { id: copy.inquiryId!, withdrawn };
}

/** Closes the inquiry: every copy still waiting or in conversation is withdrawn. */
export async function closeInquiry(ctx: CompanyContext, input: Input<typeof closeInquiryInputSchema>) {
  const row = await findInquiry(ctx.prisma, input.id);
  if (!row || row.fromCompanyId !== ctx.company.companyId) throw new AppError("NOT_FOUND", "Inquiry not found");
  return { id: row.id, withdrawn: await withdraw(ctx, row.id, null) };
}

export async function senderOptions(ctx: UserContext): Promise<InquirySenderOptions> {
  return (await findPublishedMemberCompanies(ctx.prisma, ctx.user.id)).map((c) => ({ companyId: c.id, name: c.name, nameLatin: c.nameLatin }));
}

/** Names of published firms, for the selection bar and the form (anything else is left out). */
export async function recipientNames(ctx: ServiceContext, input: Input<typeof inquiryRecipientsInputSchema>): Promise<z.infer<typeof inquiryRecipientsSchema>> {
  const rows = await findPublishedParties(ctx.prisma, input.ids);
  const order = new Map(input.ids.map((id, i) => [id, i]));
  return rows
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((r) => ({ id: r.id, name: r.name, nameLatin: r.nameLatin, city: r.city, cityLatin: r.cityLatin, country: r.country }));
}

/**
 * An attachment for download, to whoever may act for the sender firm or for one of the recipient
 * firms (their members; their clusters' managers, who are the contact point of a firm without
 * users; admins). Anyone else learns nothing: not found.
 */
export async function openAttachment(ctx: UserContext, input: { attachmentId: string }): Promise<{ bytes: Buffer; contentType: string; fileName: string }> {
  const row = await findAttachmentWithParties(ctx.prisma, input.attachmentId);
  if (!row) throw new AppError("NOT_FOUND", "File not found");
  const firms = [row.inquiry.fromCompanyId, ...new Set(row.inquiry.introductions.map((i) => i.toCompanyId))];
  let allowed = false;
  for (const firm of firms) {
    if (await findCompanyAccess(ctx.prisma, ctx.user, firm)) {
      allowed = true;
      break;
    }
  }
  if (!allowed) throw new AppError("NOT_FOUND", "File not found");
  const stored = await ctx.services.storage.get(row.storageKey);
  if (!stored) throw new AppError("NOT_FOUND", "File not found");
  return { bytes: stored.bytes, contentType: row.contentType, fileName: row.fileName };
}
