import type { UiLocale } from "@cluster-match/shared";
import type { Prisma } from "../generated/prisma/client.ts";
import { adminIds, companyMemberIds } from "../notifications/notifications.repository.ts";
import { notify } from "../notifications/notify.ts";
import { titleIn } from "./opportunity-editor.dto.ts";
import type { OwnOpportunityRow } from "./opportunity-editor.repository.ts";

type Tx = Prisma.TransactionClient;

/** What every opportunity notice is about; `publicUrl` is where browsers reach the app (links in e-mails). */
interface NoticeInput {
  opportunity: OwnOpportunityRow;
  publicUrl: string;
}

// The title is content in up to five languages: each reader gets it in theirs, in-app and by e-mail.
const titleFor = (row: OwnOpportunityRow, locale: UiLocale) => titleIn(row.title, locale).text;
const about = (row: OwnOpportunityRow, locale: UiLocale) => ({ opportunityId: row.id, companyId: row.companyId, title: titleFor(row, locale) });
const workspaceUrl = (publicUrl: string, row: OwnOpportunityRow) => `${publicUrl}/workspace/companies/${row.companyId}/opportunities`;

/** Admins learn that an opportunity waits for their review (they may see who owns it). */
export async function noticeReviewRequested(tx: Tx, { opportunity: row, publicUrl }: NoticeInput): Promise<void> {
  await notify(tx, {
    recipients: await adminIds(tx),
    notice: (locale) => ({ type: "opportunity_review_requested", data: { ...about(row, locale), companyName: row.company.name } }),
    email: {
      template: "opportunity_review_requested",
      params: (locale) => ({ title: titleFor(row, locale), companyName: row.company.name, url: `${publicUrl}/admin/reviews/opportunities/${row.id}` }),
    },
  });
}

export async function noticeApproved(tx: Tx, { opportunity: row, publicUrl }: NoticeInput): Promise<void> {
  await notify(tx, {
    recipients: await companyMemberIds(tx, row.companyId),
    notice: (locale) => ({ type: "opportunity_approved", data: about(row, locale) }),
    email: { template: "opportunity_approved", params: (locale) => ({ title: titleFor(row, locale), url: `${publicUrl}/opportunities/${row.id}` }) },
  });
}

export async function noticeRejected(tx: Tx, { opportunity: row, publicUrl, reason }: NoticeInput & { reason: string }): Promise<void> {
  await notify(tx, {
    recipients: await companyMemberIds(tx, row.companyId),
    notice: (locale) => ({ type: "opportunity_rejected", data: { ...about(row, locale), reason } }),
    email: { template: "opportunity_rejected", params: (locale) => ({ title: titleFor(row, locale), reason, url: `${workspaceUrl(publicUrl, row)}/${row.id}/edit` }) },
  });
}

export async function noticeExpired(tx: Tx, { opportunity: row, publicUrl }: NoticeInput): Promise<void> {
  await notify(tx, {
    recipients: await companyMemberIds(tx, row.companyId),
    notice: (locale) => ({ type: "opportunity_expired", data: about(row, locale) }),
    email: { template: "opportunity_expired", params: (locale) => ({ title: titleFor(row, locale), url: workspaceUrl(publicUrl, row) }) },
  });
}
