import { pickLocalized, uiLocales, type LocalizedText, type UiLocale } from "@cluster-match/shared";
import type { CompanyAccess } from "../access/access.repository.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import type { SessionUser } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { EmailParams } from "../mail/templates.ts";
import { adminIds, companyMemberIds, notifyUsers } from "../notifications/notify.ts";
import { auditSnapshot } from "./opportunity-editor.dto.ts";
import { findUserLocales, type OwnOpportunityRow } from "./opportunity-editor.repository.ts";

type Tx = Prisma.TransactionClient;
type OpportunityTemplate = "opportunity_approved" | "opportunity_rejected" | "opportunity_expired" | "opportunity_review_requested";

const asUiLocale = (locale: string): UiLocale => ((uiLocales as readonly string[]).includes(locale) ? (locale as UiLocale) : "bg");
const titleFor = (row: OwnOpportunityRow, locale: string) => pickLocalized(row.title as LocalizedText, locale)?.text ?? "";

/**
 * Notifies users about an opportunity, each with its title in their own language (the title is
 * content in up to five languages; one notice per language group).
 */
async function notifyAbout<T extends OpportunityTemplate>(
  tx: Tx,
  userIds: string[],
  row: OwnOpportunityRow,
  notice: { topic: "reviews" | "opportunities"; template: T; data?: Record<string, unknown>; params: (title: string) => EmailParams[T] },
): Promise<void> {
  const byLocale = new Map<UiLocale, string[]>();
  for (const user of await findUserLocales(tx, [...new Set(userIds)])) {
    const locale = asUiLocale(user.locale);
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), user.id]);
  }
  for (const [locale, ids] of byLocale) {
    const title = titleFor(row, locale);
    await notifyUsers(tx, {
      userIds: ids,
      topic: notice.topic,
      type: notice.template,
      data: { opportunityId: row.id, companyId: row.companyId, title, ...notice.data },
      email: { template: notice.template, params: notice.params(title) },
    });
  }
}

const workspaceUrl = (publicUrl: string, row: OwnOpportunityRow) => `${publicUrl}/workspace/companies/${row.companyId}/opportunities`;

/** Admins learn that an opportunity waits for their review (they may see who owns it). */
export async function noticeReviewRequested(tx: Tx, row: OwnOpportunityRow, publicUrl: string): Promise<void> {
  await notifyAbout(tx, await adminIds(tx), row, {
    topic: "reviews",
    template: "opportunity_review_requested",
    data: { companyName: row.company.name },
    params: (title) => ({ title, companyName: row.company.name, url: `${publicUrl}/admin/reviews/opportunities/${row.id}` }),
  });
}

export async function noticeApproved(tx: Tx, row: OwnOpportunityRow, publicUrl: string): Promise<void> {
  await notifyAbout(tx, await companyMemberIds(tx, row.companyId), row, {
    topic: "opportunities",
    template: "opportunity_approved",
    params: (title) => ({ title, url: `${publicUrl}/opportunities/${row.id}` }),
  });
}

export async function noticeRejected(tx: Tx, row: OwnOpportunityRow, reason: string, publicUrl: string): Promise<void> {
  await notifyAbout(tx, await companyMemberIds(tx, row.companyId), row, {
    topic: "opportunities",
    template: "opportunity_rejected",
    data: { reason },
    params: (title) => ({ title, reason, url: `${workspaceUrl(publicUrl, row)}/${row.id}/edit` }),
  });
}

export async function noticeExpired(tx: Tx, row: OwnOpportunityRow, publicUrl: string): Promise<void> {
  await notifyAbout(tx, await companyMemberIds(tx, row.companyId), row, {
    topic: "opportunities",
    template: "opportunity_expired",
    params: (title) => ({ title, url: workspaceUrl(publicUrl, row) }),
  });
}

/** Who acts, and for which company when acting for one (members, managers, admins). */
export interface Actor {
  user: SessionUser;
  company?: CompanyAccess;
}

/** Admins and cluster managers answer for what they change: their writes are audited. */
export function actsWithAuthority(actor: Actor): boolean {
  return actor.user.role === "ADMIN" || actor.company?.role === "CLUSTER_MANAGER" || actor.company?.role === "ADMIN";
}

/** Records the change when an admin or a manager made it; before/after are the whole opportunity. */
export async function auditIfAuthority(
  tx: Tx,
  actor: Actor,
  action: string,
  before: OwnOpportunityRow | null,
  after: OwnOpportunityRow | null,
): Promise<void> {
  if (!actsWithAuthority(actor)) return;
  const row = (after ?? before)!;
  await recordAudit(tx, actor.user, {
    action: `opportunity.${action}`,
    entityType: "opportunity",
    entityId: row.id,
    summary: `${action} opportunity "${titleFor(row, "en")}" of ${row.company.name} (${row.company.nameLatin})`,
    ...(before ? { before: auditSnapshot(before) } : {}),
    ...(after ? { after: auditSnapshot(after) } : {}),
  });
}
