import type { UiLocale } from "@cluster-match/shared";
import type { Prisma } from "../generated/prisma/client.ts";
import { contactPointUserIds } from "../introductions/contact-point.repository.ts";
import { readableName } from "../introductions/phrases.ts";
import { companyMemberIds } from "../notifications/notifications.repository.ts";
import { notify } from "../notifications/notify.ts";
import type { InquiryPartyRow } from "./inquiries.repository.ts";

// Who hears of a request for quotation: each supplier's team (or, for a firm without users, the
// cluster's contact point, who answers for it), and the buyer's team when a quote arrives. Nothing
// is ever announced as sent to a firm nobody can read for.

type Tx = Prisma.TransactionClient;

/** Where the contact point handles a request to a firm without users (contact-point/ in the SPA). */
const contactPointPath = (introductionId: string) => `/manage/contact-point/${introductionId}`;

const texts: Record<UiLocale, { about: (subject: string) => string; quantity: string; replyBy: string }> = {
  bg: { about: (s) => `запитване за оферта „${s}“`, quantity: "Количество", replyBy: "Отговор до" },
  en: { about: (s) => `a request for quotation “${s}”`, quantity: "Quantity", replyBy: "Reply by" },
  de: { about: (s) => `eine Angebotsanfrage „${s}“`, quantity: "Menge", replyBy: "Antwort bis" },
};

const dateIn = (date: Date, locale: UiLocale) =>
  new Intl.DateTimeFormat(locale === "bg" ? "bg-BG" : locale === "de" ? "de-DE" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(date);

export interface InquiryCopyNotice {
  introductionId: string;
  status: "PENDING" | "WITH_CONTACT_POINT";
  from: InquiryPartyRow;
  to: InquiryPartyRow;
  inquiry: { subject: string; message: string; quantity: string; replyBy: Date | null };
  publicUrl: string;
}

/** Tells whoever can answer one supplier's copy: its members, or the contact point when it has none. */
export async function noticeInquiryCopy(tx: Tx, copy: InquiryCopyNotice): Promise<void> {
  const { from, to, inquiry, publicUrl } = copy;
  if (copy.status === "WITH_CONTACT_POINT") {
    await notify(tx, {
      recipients: await contactPointUserIds(tx, to.id),
      notice: {
        type: "introduction_to_contact_point",
        data: {
          introductionId: copy.introductionId,
          kind: "INQUIRY",
          fromName: from.name,
          fromNameLatin: from.nameLatin,
          toName: to.name,
          toNameLatin: to.nameLatin,
          path: contactPointPath(copy.introductionId),
        },
      },
      email: {
        template: "introduction_to_contact_point",
        params: (locale) => ({
          fromName: readableName(from, locale),
          toName: readableName(to, locale),
          about: texts[locale].about(inquiry.subject),
          message: inquiry.message,
          url: `${publicUrl}${contactPointPath(copy.introductionId)}`,
        }),
      },
    });
    return;
  }
  const path = `/inbox/${to.id}/${copy.introductionId}`;
  await notify(tx, {
    recipients: await companyMemberIds(tx, to.id),
    notice: {
      type: "inquiry_received",
      data: { introductionId: copy.introductionId, companyId: to.id, kind: "INQUIRY", fromName: from.name, fromNameLatin: from.nameLatin, subject: inquiry.subject, path },
    },
    email: {
      template: "inquiry_received",
      params: (locale) => ({
        fromName: readableName(from, locale),
        subject: inquiry.subject,
        details: [
          inquiry.quantity ? `${texts[locale].quantity}: ${inquiry.quantity}` : "",
          inquiry.replyBy ? `${texts[locale].replyBy}: ${dateIn(inquiry.replyBy, locale)}` : "",
        ]
          .filter(Boolean)
          .join("\n"),
        message: inquiry.message,
        url: `${publicUrl}${path}`,
      }),
    },
  });
}

/** The buyer's team learns of a new or updated quote (never the other suppliers). */
export async function noticeQuote(
  tx: Tx,
  input: { introductionId: string; inquiryId: string; subject: string; buyerId: string; supplier: InquiryPartyRow; updated: boolean; publicUrl: string },
): Promise<void> {
  const path = `/inquiries/${input.buyerId}/${input.inquiryId}`;
  await notify(tx, {
    recipients: await companyMemberIds(tx, input.buyerId),
    notice: {
      type: "inquiry_quoted",
      data: {
        introductionId: input.introductionId,
        companyId: input.buyerId,
        kind: "INQUIRY",
        inquiryId: input.inquiryId,
        otherName: input.supplier.name,
        otherNameLatin: input.supplier.nameLatin,
        subject: input.subject,
        updated: input.updated,
        path,
      },
    },
    email: {
      template: "inquiry_quoted",
      params: (locale) => ({ otherName: readableName(input.supplier, locale), subject: input.subject, updated: input.updated ? "yes" : "no", url: `${input.publicUrl}${path}` }),
    },
  });
}
