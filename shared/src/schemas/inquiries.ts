import { z } from "zod";
import { displayName, safeText } from "../text-safety.ts";
import { pageMetaSchema, uiLocaleSchema } from "./common.ts";
import { introductionPartySchema, introductionStatuses } from "./introductions.ts";

// One request for quotation (RFQ) to several suppliers: server/src/inquiries. Each recipient gets
// its own introduction of kind INQUIRY; the buyer compares the answers side by side.

/** A buyer asks at most this many suppliers at once. */
export const maxInquiryRecipients = 10;
export const maxInquiryAttachments = 5;
export const maxAttachmentBytes = 10 * 1024 * 1024;
export const maxInquiryAttachmentBytes = 25 * 1024 * 1024;

/** What the server accepts as a drawing, decided from the file's bytes (never its name or declared type). */
export const attachmentContentTypes = ["application/pdf", "application/step", "image/vnd.dxf", "image/png", "image/jpeg"] as const;
export type AttachmentContentType = (typeof attachmentContentTypes)[number];

export const quoteCurrencies = ["EUR", "BGN", "USD", "PLN", "HUF", "CZK", "RON", "CHF", "GBP"] as const;
export type QuoteCurrency = (typeof quoteCurrencies)[number];

const recordIdSchema = z.string().trim().min(1).max(60);
const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date_expected").refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "date_expected");

/** A staged upload: the id the upload endpoint returned (the random part of its storage key). */
export const uploadIdSchema = z.string().regex(/^[a-f0-9]{32}$/, "upload_id_expected");

/** A file name as shown and offered for download: no path, no control or invisible characters. */
export const attachmentFileNameSchema = displayName(z.string().trim().min(1).max(200)).refine((v) => !/[\\/]/.test(v), "file_name_path");

export const inquirySubjectSchema = displayName(z.string().trim().min(3).max(200));
export const inquiryMessageSchema = safeText(z.string().trim().min(10).max(8000));
export const inquiryQuantitySchema = safeText(z.string().trim().max(200));

export const sendInquiryInputSchema = z.object({
  recipientIds: z
    .array(recordIdSchema)
    .min(1)
    .max(maxInquiryRecipients)
    .refine((ids) => new Set(ids).size === ids.length, "recipients_unique"),
  subject: inquirySubjectSchema,
  message: inquiryMessageSchema,
  quantity: inquiryQuantitySchema.default(""),
  /** The day the buyer needs the quotes by (YYYY-MM-DD), today or later. */
  replyBy: isoDateSchema.nullable().default(null),
  attachments: z
    .array(z.object({ uploadId: uploadIdSchema, fileName: attachmentFileNameSchema }))
    .max(maxInquiryAttachments)
    .refine((list) => new Set(list.map((a) => a.uploadId)).size === list.length, "attachments_unique")
    .default([]),
});
export type SendInquiryInput = z.input<typeof sendInquiryInputSchema>;

export const sendInquiryOutputSchema = z.object({
  id: z.string(),
  /** Per recipient: where its copy went (its team, or the cluster's contact point). */
  recipients: z.array(z.object({ companyId: z.string(), introductionId: z.string(), status: z.enum(introductionStatuses) })),
});
export type SendInquiryOutput = z.infer<typeof sendInquiryOutputSchema>;

/** What the upload endpoint answers for an accepted file. */
export const stagedAttachmentSchema = z.object({
  uploadId: uploadIdSchema,
  fileName: z.string(),
  size: z.number().int(),
  contentType: z.enum(attachmentContentTypes),
});
export type StagedAttachment = z.infer<typeof stagedAttachmentSchema>;

export const inquiryAttachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  /** Download link (served only to who may see it). */
  url: z.string(),
});
export type InquiryAttachment = z.infer<typeof inquiryAttachmentSchema>;

/** A price in minor units (cents): up to 20 million in the main unit. */
export const priceMinorSchema = z.number().int().min(0).max(2_000_000_000);

export const submitQuoteInputSchema = z.object({
  introductionId: recordIdSchema,
  priceMinor: priceMinorSchema.nullable(),
  currency: z.enum(quoteCurrencies),
  leadTimeDays: z.number().int().min(0).max(3650).nullable(),
  validUntil: isoDateSchema.nullable(),
  note: safeText(z.string().trim().max(2000)).default(""),
});
export type SubmitQuoteInput = z.input<typeof submitQuoteInputSchema>;

export const inquiryQuoteSchema = z.object({
  priceMinor: z.number().int().nullable(),
  currency: z.string(),
  leadTimeDays: z.number().int().nullable(),
  validUntil: z.string().nullable(),
  note: z.string(),
  updatedAt: z.string(),
});
export type InquiryQuote = z.infer<typeof inquiryQuoteSchema>;

/** How a supplier's copy stands, as the buyer's comparison shows it. */
export const supplierStates = ["waiting", "withContactPoint", "accepted", "quoted", "declined", "withdrawn"] as const;
export type SupplierState = (typeof supplierStates)[number];

export const inquiryListInputSchema = z.object({
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
});

export const inquirySummarySchema = z.object({
  id: z.string(),
  subject: z.string(),
  createdAt: z.string(),
  replyBy: z.string().nullable(),
  recipients: z.number().int(),
  quotes: z.number().int(),
  /** Copies still waiting or in conversation (not declined or withdrawn). */
  open: z.number().int(),
});
export type InquirySummary = z.infer<typeof inquirySummarySchema>;
export const inquiryListOutputSchema = pageMetaSchema.extend({ items: z.array(inquirySummarySchema) });
export type InquiryListOutput = z.infer<typeof inquiryListOutputSchema>;

export const inquiryGetInputSchema = z.object({ id: recordIdSchema });

export const lastMessageSchema = z.object({ excerpt: z.string(), createdAt: z.string(), fromSupplier: z.boolean() });

/** One supplier's row of the buyer's comparison. */
export const inquirySupplierRowSchema = z.object({
  introductionId: z.string(),
  supplier: introductionPartySchema,
  status: z.enum(introductionStatuses),
  state: z.enum(supplierStates),
  declineReason: z.string().nullable(),
  quote: inquiryQuoteSchema.nullable(),
  lastMessage: lastMessageSchema.nullable(),
  canWithdraw: z.boolean(),
});
export type InquirySupplierRow = z.infer<typeof inquirySupplierRowSchema>;

export const inquiryDetailSchema = z.object({
  id: z.string(),
  companyId: z.string(),
  subject: z.string(),
  message: z.string(),
  quantity: z.string(),
  replyBy: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  attachments: z.array(inquiryAttachmentSchema),
  suppliers: z.array(inquirySupplierRowSchema),
  /** Closed: no supplier's copy is open any more. */
  closed: z.boolean(),
});
export type InquiryDetail = z.infer<typeof inquiryDetailSchema>;

export const withdrawSupplierInputSchema = z.object({ introductionId: recordIdSchema });
export const closeInquiryInputSchema = z.object({ id: recordIdSchema });
export const inquiryChangeSchema = z.object({ id: z.string(), withdrawn: z.number().int() });

/** The inquiry behind one introduction, as either side of that introduction sees it. */
export const inquiryOfIntroductionInputSchema = z.object({ introductionId: recordIdSchema });
export const inquiryOfIntroductionSchema = z.object({
  inquiryId: z.string(),
  side: z.enum(["buyer", "supplier"]),
  subject: z.string(),
  quantity: z.string(),
  replyBy: z.string().nullable(),
  attachments: z.array(inquiryAttachmentSchema),
  /** Only the buyer and the quoting supplier ever see a quote. */
  quote: inquiryQuoteSchema.nullable(),
  /** The supplier may quote (or update its quote) once it accepted. */
  canQuote: z.boolean(),
});
export type InquiryOfIntroduction = z.infer<typeof inquiryOfIntroductionSchema>;

/** The firms the signed-in user may send an inquiry as: published firms it is a member of. */
export const inquirySenderOptionsSchema = z.array(z.object({ companyId: z.string(), name: z.string(), nameLatin: z.string() }));
export type InquirySenderOptions = z.infer<typeof inquirySenderOptionsSchema>;

/** Published firms by id, for the selection bar and the send form (names only). */
export const inquiryRecipientsInputSchema = z.object({ ids: z.array(recordIdSchema).max(maxInquiryRecipients), locale: uiLocaleSchema.default("en") });
export const inquiryRecipientsSchema = z.array(z.object({ id: z.string(), name: z.string(), nameLatin: z.string(), city: z.string(), cityLatin: z.string(), country: z.string() }));
