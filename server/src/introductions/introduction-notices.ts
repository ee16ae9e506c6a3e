import type { UiLocale } from "@cluster-match/shared";
import type { Prisma } from "../generated/prisma/client.ts";
import { companyMemberIds } from "../notifications/notifications.repository.ts";
import { notify } from "../notifications/notify.ts";
import type { IntroductionRow, PartyRow } from "./introductions.repository.ts";
import { excerpt, hiddenOwnerName, phrase, readableName, titleIn } from "./phrases.ts";

// What each side of an introduction is told, in-app and by e-mail. The in-app notice names
// companies in their own script and Latin form and keeps an opportunity title in every language
// (the SPA picks the reader's); the e-mail is written in the reader's language. Neither ever names
// the hidden owner of an anonymous opportunity before it accepts.

type Tx = Prisma.TransactionClient;

/** Every notice links to the introduction; `publicUrl` is where browsers reach the app (links in e-mails). */
interface NoticeInput {
  introduction: IntroductionRow;
  publicUrl: string;
}

const inboxPath = (companyId: string, id: string) => `/inbox/${companyId}/${id}`;
const inboxUrl = (publicUrl: string, companyId: string, id: string) => `${publicUrl}${inboxPath(companyId, id)}`;

/** The opportunity an interest answers, with its title in every language. */
const aboutOpportunity = (row: IntroductionRow) =>
  row.opportunity ? { opportunityId: row.opportunity.id, opportunityTitle: row.opportunity.title as Record<string, string> } : {};

/** The recipient's members learn of an interest in their opportunity (the owner knows itself: they may read everything). */
export async function noticeInterest(tx: Tx, { introduction: row, publicUrl }: NoticeInput): Promise<void> {
  await tellRecipient(tx, row, publicUrl, (locale) => titleIn(row.opportunity?.title, locale), () => row.message);
}

/** The cluster managers (or admins) who are asked to broker a request. */
export async function noticeToBrokers(tx: Tx, { introduction: row, publicUrl, brokers }: NoticeInput & { brokers: string[] }): Promise<void> {
  await notify(tx, {
    recipients: brokers,
    notice: {
      type: "introduction_to_broker",
      data: { introductionId: row.id, fromName: row.fromCompany.name, toName: row.toCompany.name, path: "/manage/introductions" },
    },
    email: {
      template: "introduction_to_broker",
      params: (locale) => ({
        fromName: readableName(row.fromCompany, locale),
        toName: readableName(row.toCompany, locale),
        message: row.message,
        url: `${publicUrl}/manage/introductions`,
      }),
    },
  });
}

/** Tells the recipient's members about a request they can now answer. */
async function tellRecipient(tx: Tx, row: IntroductionRow, publicUrl: string, about: (locale: UiLocale) => string, message: (locale: UiLocale) => string) {
  await notify(tx, {
    recipients: await companyMemberIds(tx, row.toCompanyId),
    notice: {
      type: "introduction_received",
      data: {
        introductionId: row.id,
        companyId: row.toCompanyId,
        kind: row.kind,
        brokered: row.brokered,
        fromName: row.fromCompany.name,
        fromNameLatin: row.fromCompany.nameLatin,
        ...aboutOpportunity(row),
        path: inboxPath(row.toCompanyId, row.id),
      },
    },
    email: {
      template: "introduction_received",
      params: (locale) => ({ fromName: readableName(row.fromCompany, locale), about: about(locale), message: message(locale), url: inboxUrl(publicUrl, row.toCompanyId, row.id) }),
    },
  });
}

/** A request sent straight to the company. */
export async function noticeRequest(tx: Tx, { introduction: row, publicUrl }: NoticeInput): Promise<void> {
  await tellRecipient(tx, row, publicUrl, (locale) => phrase(locale, "companyRequest"), () => row.message);
}

/** A brokered request the cluster manager passed on, with the manager's note if any. */
export async function noticeForwarded(tx: Tx, { introduction: row, publicUrl }: NoticeInput): Promise<void> {
  const note = row.brokerNote;
  await tellRecipient(
    tx,
    row,
    publicUrl,
    (locale) => phrase(locale, "viaBroker"),
    (locale) => (note ? `${row.message}\n\n${phrase(locale, "brokerNote")}: ${note}` : row.message),
  );
}

/**
 * The requester's members learn the recipient's answer. Accepted: the owner of an anonymous
 * opportunity is revealed from now on. Declined while `ownerHidden`: it stays unnamed.
 */
export async function noticeDecision(
  tx: Tx,
  { introduction: row, publicUrl, outcome, reason, ownerHidden }: NoticeInput & { outcome: "ACCEPTED" | "DECLINED"; reason: string; ownerHidden: boolean },
): Promise<void> {
  const recipients = await companyMemberIds(tx, row.fromCompanyId);
  const entry = { introductionId: row.id, companyId: row.fromCompanyId, kind: row.kind, ...aboutOpportunity(row), path: inboxPath(row.fromCompanyId, row.id) };
  const url = inboxUrl(publicUrl, row.fromCompanyId, row.id);
  if (outcome === "ACCEPTED") {
    await notify(tx, {
      recipients,
      notice: { type: "introduction_accepted", data: { ...entry, otherName: row.toCompany.name, otherNameLatin: row.toCompany.nameLatin } },
      email: { template: "introduction_accepted", params: (locale) => ({ otherName: readableName(row.toCompany, locale), url }) },
    });
    return;
  }
  await notify(tx, {
    recipients,
    notice: {
      type: "introduction_declined",
      data: { ...entry, otherName: ownerHidden ? null : row.toCompany.name, otherNameLatin: ownerHidden ? null : row.toCompany.nameLatin, reason },
    },
    email: {
      template: "introduction_declined",
      params: (locale) => ({ otherName: ownerHidden ? hiddenOwnerName(row.opportunity?.title, locale) : readableName(row.toCompany, locale), reason, url }),
    },
  });
}

/** The recipient saw a pending request that went away: in-app only, there is no e-mail for it. */
export async function noticeWithdrawn(tx: Tx, { introduction: row }: { introduction: IntroductionRow }): Promise<void> {
  await notify(tx, {
    recipients: await companyMemberIds(tx, row.toCompanyId),
    notice: {
      type: "introduction_withdrawn",
      data: {
        introductionId: row.id,
        companyId: row.toCompanyId,
        kind: row.kind,
        fromName: row.fromCompany.name,
        fromNameLatin: row.fromCompany.nameLatin,
        ...aboutOpportunity(row),
        path: inboxPath(row.toCompanyId, row.id),
      },
    },
  });
}

/** The other side's members learn of a message in an accepted introduction. */
export async function noticeMessage(tx: Tx, { introduction: row, publicUrl, from, to, body }: NoticeInput & { from: PartyRow; to: PartyRow; body: string }): Promise<void> {
  const short = excerpt(body);
  await notify(tx, {
    recipients: await companyMemberIds(tx, to.id),
    notice: {
      type: "message_received",
      data: { introductionId: row.id, companyId: to.id, fromName: from.name, fromNameLatin: from.nameLatin, excerpt: short, path: inboxPath(to.id, row.id) },
    },
    email: { template: "message_received", params: (locale) => ({ fromName: readableName(from, locale), excerpt: short, url: inboxUrl(publicUrl, to.id, row.id) }) },
  });
}

/** The requester's members learn that the cluster manager declined to broker (the manager is not named). */
export async function noticeBrokerDeclined(tx: Tx, { introduction: row, publicUrl, reason }: NoticeInput & { reason: string }): Promise<void> {
  await notify(tx, {
    recipients: await companyMemberIds(tx, row.fromCompanyId),
    notice: {
      type: "introduction_declined",
      data: {
        introductionId: row.id,
        companyId: row.fromCompanyId,
        kind: row.kind,
        byBroker: true,
        otherName: row.toCompany.name,
        otherNameLatin: row.toCompany.nameLatin,
        reason,
        path: inboxPath(row.fromCompanyId, row.id),
      },
    },
    email: {
      template: "introduction_declined",
      params: (locale) => ({ otherName: phrase(locale, "clusterManager"), reason, url: inboxUrl(publicUrl, row.fromCompanyId, row.id) }),
    },
  });
}

// The cluster's contact point: a firm without users cannot be told anything, so the people who can
// reach it are, and the requester hears of every step they take.

export const contactPointPath = (id: string) => `/manage/contact-point/${id}`;

/** What the request is about, for the contact point's e-mail. */
function aboutRequest(row: IntroductionRow, locale: UiLocale): string {
  if (row.opportunity) return titleIn(row.opportunity.title, locale);
  return phrase(locale, row.brokered ? "viaBroker" : "companyRequest");
}

/** The contact point's users (its clusters' managers, else the admins) learn of a request they now hold. */
export async function noticeToContactPoint(tx: Tx, { introduction: row, publicUrl, recipients }: NoticeInput & { recipients: string[] }): Promise<void> {
  const note = row.brokerNote;
  await notify(tx, {
    recipients,
    notice: {
      type: "introduction_to_contact_point",
      data: {
        introductionId: row.id,
        kind: row.kind,
        fromName: row.fromCompany.name,
        fromNameLatin: row.fromCompany.nameLatin,
        toName: row.toCompany.name,
        toNameLatin: row.toCompany.nameLatin,
        ...aboutOpportunity(row),
        path: contactPointPath(row.id),
      },
    },
    email: {
      template: "introduction_to_contact_point",
      params: (locale) => ({
        fromName: readableName(row.fromCompany, locale),
        toName: readableName(row.toCompany, locale),
        about: aboutRequest(row, locale),
        message: note ? `${row.message}\n\n${phrase(locale, "brokerNote")}: ${note}` : row.message,
        url: `${publicUrl}${contactPointPath(row.id)}`,
      }),
    },
  });
}

/** The requester's members learn that the contact point invited the firm to join and answer. */
export async function noticeFirmContacted(tx: Tx, { introduction: row, publicUrl, ownerHidden }: NoticeInput & { ownerHidden: boolean }): Promise<void> {
  await notify(tx, {
    recipients: await companyMemberIds(tx, row.fromCompanyId),
    notice: {
      type: "introduction_firm_contacted",
      data: {
        introductionId: row.id,
        companyId: row.fromCompanyId,
        kind: row.kind,
        ...aboutOpportunity(row),
        otherName: ownerHidden ? null : row.toCompany.name,
        otherNameLatin: ownerHidden ? null : row.toCompany.nameLatin,
        path: inboxPath(row.fromCompanyId, row.id),
      },
    },
    email: {
      template: "introduction_firm_contacted",
      params: (locale) => ({
        otherName: ownerHidden ? hiddenOwnerName(row.opportunity?.title, locale) : readableName(row.toCompany, locale),
        url: inboxUrl(publicUrl, row.fromCompanyId, row.id),
      }),
    },
  });
}

/** The requester's members learn the contact point's answer for the firm (a decline of an anonymous owner keeps it unnamed). */
export async function noticeAnsweredOnBehalf(
  tx: Tx,
  { introduction: row, publicUrl, outcome, reason, ownerHidden }: NoticeInput & { outcome: "ACCEPTED" | "DECLINED"; reason: string; ownerHidden: boolean },
): Promise<void> {
  const hidden = outcome === "DECLINED" && ownerHidden;
  await notify(tx, {
    recipients: await companyMemberIds(tx, row.fromCompanyId),
    notice: {
      type: "introduction_answered_on_behalf",
      data: {
        introductionId: row.id,
        companyId: row.fromCompanyId,
        kind: row.kind,
        ...aboutOpportunity(row),
        otherName: hidden ? null : row.toCompany.name,
        otherNameLatin: hidden ? null : row.toCompany.nameLatin,
        outcome,
        reason,
        path: inboxPath(row.fromCompanyId, row.id),
      },
    },
    email: {
      template: "introduction_answered_on_behalf",
      params: (locale) => ({
        otherName: hidden ? hiddenOwnerName(row.opportunity?.title, locale) : readableName(row.toCompany, locale),
        accepted: outcome === "ACCEPTED" ? "yes" : "no",
        reason,
        url: inboxUrl(publicUrl, row.fromCompanyId, row.id),
      }),
    },
  });
}

/** A message for a firm without users, in a conversation its contact point opened: the contact point reads it. */
export async function noticeMessageToContactPoint(
  tx: Tx,
  { introduction: row, publicUrl, recipients, body }: NoticeInput & { recipients: string[]; body: string },
): Promise<void> {
  const short = excerpt(body);
  await notify(tx, {
    recipients,
    notice: {
      type: "message_received",
      data: {
        introductionId: row.id,
        companyId: row.toCompanyId,
        fromName: row.fromCompany.name,
        fromNameLatin: row.fromCompany.nameLatin,
        excerpt: short,
        path: contactPointPath(row.id),
      },
    },
    email: {
      template: "message_received",
      params: (locale) => ({ fromName: readableName(row.fromCompany, locale), excerpt: short, url: `${publicUrl}${contactPointPath(row.id)}` }),
    },
  });
}
