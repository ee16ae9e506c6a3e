import {
  closeInquiryInputSchema,
  inquiryChangeSchema,
  inquiryDetailSchema,
  inquiryGetInputSchema,
  inquiryListInputSchema,
  inquiryListOutputSchema,
  inquiryOfIntroductionInputSchema,
  inquiryOfIntroductionSchema,
  inquiryQuoteSchema,
  inquiryRecipientsInputSchema,
  inquiryRecipientsSchema,
  inquirySenderOptionsSchema,
  sendInquiryInputSchema,
  sendInquiryOutputSchema,
  submitQuoteInputSchema,
  withdrawSupplierInputSchema,
} from "@cluster-match/shared";
import { authedProcedure, companyMemberProcedure, publicProcedure, router } from "../trpc.ts";
import * as inquiries from "./inquiries.service.ts";

// Attachments travel over HTTP (http/inquiry-files.ts: upload, download); everything else is here.
export const inquiriesRouter = router({
  send: companyMemberProcedure
    .input(sendInquiryInputSchema)
    .output(sendInquiryOutputSchema)
    .mutation(({ ctx, input }) => inquiries.sendInquiry(ctx, input)),
  list: companyMemberProcedure
    .input(inquiryListInputSchema)
    .output(inquiryListOutputSchema)
    .query(({ ctx, input }) => inquiries.listInquiries(ctx, input)),
  get: companyMemberProcedure
    .input(inquiryGetInputSchema)
    .output(inquiryDetailSchema)
    .query(({ ctx, input }) => inquiries.getInquiry(ctx, input)),
  ofIntroduction: companyMemberProcedure
    .input(inquiryOfIntroductionInputSchema)
    .output(inquiryOfIntroductionSchema)
    .query(({ ctx, input }) => inquiries.inquiryOfIntroduction(ctx, input)),
  submitQuote: companyMemberProcedure
    .input(submitQuoteInputSchema)
    .output(inquiryQuoteSchema)
    .mutation(({ ctx, input }) => inquiries.submitQuote(ctx, input)),
  withdrawSupplier: companyMemberProcedure
    .input(withdrawSupplierInputSchema)
    .output(inquiryChangeSchema)
    .mutation(({ ctx, input }) => inquiries.withdrawSupplier(ctx, input)),
  close: companyMemberProcedure
    .input(closeInquiryInputSchema)
    .output(inquiryChangeSchema)
    .mutation(({ ctx, input }) => inquiries.closeInquiry(ctx, input)),
  senderOptions: authedProcedure.output(inquirySenderOptionsSchema).query(({ ctx }) => inquiries.senderOptions(ctx)),
  recipients: publicProcedure
    .input(inquiryRecipientsInputSchema)
    .output(inquiryRecipientsSchema)
    .query(({ ctx, input }) => inquiries.recipientNames(ctx, input)),
});
