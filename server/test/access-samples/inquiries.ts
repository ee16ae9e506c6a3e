import type { AccessSamples, MatrixFixtures } from "../access-matrix.ts";

const message = "Please quote 200 laser-cut brackets, drawing follows in the thread.";

/** A fresh inquiry between the fixtures' company and another one; `incoming`: the fixtures' company is the supplier. */
async function inquiryCopy(f: MatrixFixtures, options: { incoming: boolean; status: "PENDING" | "ACCEPTED" }): Promise<{ inquiryId: string; introductionId: string }> {
  const [fromCompanyId, toCompanyId] = options.incoming ? [f.otherCompanyId, f.companyId] : [f.companyId, f.otherCompanyId];
  const inquiry = await f.prisma.inquiry.create({ data: { fromCompanyId, subject: "Brackets", message }, select: { id: true } });
  const copy = await f.prisma.introduction.create({
    data: { kind: "INQUIRY", inquiryId: inquiry.id, fromCompanyId, toCompanyId, message, status: options.status },
    select: { id: true },
  });
  return { inquiryId: inquiry.id, introductionId: copy.id };
}

export const inquiriesSamples: AccessSamples = {
  "inquiries.send": (f) => ({ companyId: f.companyId, recipientIds: [f.otherCompanyId], subject: "Brackets", message, quantity: "200 pcs", replyBy: null, attachments: [] }),
  "inquiries.list": (f) => ({ companyId: f.companyId }),
  "inquiries.get": async (f) => ({ companyId: f.companyId, id: (await inquiryCopy(f, { incoming: false, status: "PENDING" })).inquiryId }),
  "inquiries.ofIntroduction": async (f) => ({ companyId: f.companyId, introductionId: (await inquiryCopy(f, { incoming: true, status: "PENDING" })).introductionId }),
  "inquiries.submitQuote": async (f) => ({
    companyId: f.companyId,
    introductionId: (await inquiryCopy(f, { incoming: true, status: "ACCEPTED" })).introductionId,
    priceMinor: 150000,
    currency: "EUR",
    leadTimeDays: 14,
    validUntil: null,
    note: "",
  }),
  "inquiries.withdrawSupplier": async (f) => ({ companyId: f.companyId, introductionId: (await inquiryCopy(f, { incoming: false, status: "PENDING" })).introductionId }),
  "inquiries.close": async (f) => ({ companyId: f.companyId, id: (await inquiryCopy(f, { incoming: false, status: "PENDING" })).inquiryId }),
  "inquiries.senderOptions": () => undefined,
  "inquiries.recipients": (f) => ({ ids: [f.companyId, f.otherCompanyId] }),
};
