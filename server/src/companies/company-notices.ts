import type { Prisma } from "../generated/prisma/client.ts";
import { adminIds, clusterManagerIdsOfCompany, companyMemberIds } from "../notifications/notifications.repository.ts";
import { notify } from "../notifications/notify.ts";

type Tx = Prisma.TransactionClient;

interface CompanyRef {
  id: string;
  name: string;
  slug: string;
}

const workspaceUrl = (publicUrl: string, companyId: string) => `${publicUrl}/workspace/companies/${companyId}`;

/** Admins (who decide) and the company's cluster managers (who follow their members) learn of a submitted profile. */
export async function noticeReviewRequested(tx: Tx, company: CompanyRef, revisionId: string, isNew: boolean, publicUrl: string): Promise<void> {
  const admins = await adminIds(tx);
  const notice = { type: "company_review_requested", data: { companyId: company.id, companyName: company.name, revisionId, isNew } } as const;
  const params = { companyName: company.name, isNew: isNew ? "yes" : "no" };
  await notify(tx, {
    recipients: admins,
    notice,
    email: { template: "company_review_requested", params: { ...params, url: `${publicUrl}/admin/reviews/companies/${revisionId}` } },
  });
  const managers = (await clusterManagerIdsOfCompany(tx, company.id)).filter((id) => !admins.includes(id));
  await notify(tx, {
    recipients: managers,
    notice,
    email: { template: "company_review_requested", params: { ...params, url: workspaceUrl(publicUrl, company.id) } },
  });
}

export async function noticeApproved(tx: Tx, company: CompanyRef, publicUrl: string): Promise<void> {
  await notify(tx, {
    recipients: await companyMemberIds(tx, company.id),
    notice: { type: "company_approved", data: { companyId: company.id, companyName: company.name, slug: company.slug } },
    email: { template: "company_approved", params: { companyName: company.name, url: `${publicUrl}/companies/${company.slug}` } },
  });
}

export async function noticeRejected(tx: Tx, company: CompanyRef, reason: string, publicUrl: string): Promise<void> {
  await notify(tx, {
    recipients: await companyMemberIds(tx, company.id),
    notice: { type: "company_rejected", data: { companyId: company.id, companyName: company.name, reason } },
    email: { template: "company_rejected", params: { companyName: company.name, reason, url: `${workspaceUrl(publicUrl, company.id)}/profile` } },
  });
}

export async function noticeSuspended(tx: Tx, company: CompanyRef, reason: string, publicUrl: string): Promise<void> {
  await notify(tx, {
    recipients: await companyMemberIds(tx, company.id),
    notice: { type: "company_suspended", data: { companyId: company.id, companyName: company.name, reason } },
    email: { template: "company_suspended", params: { companyName: company.name, reason, url: workspaceUrl(publicUrl, company.id) } },
  });
}

/** Reinstatement is good news without urgency: in-app only. */
export async function noticeReinstated(tx: Tx, company: CompanyRef): Promise<void> {
  await notify(tx, {
    recipients: await companyMemberIds(tx, company.id),
    notice: { type: "company_reinstated", data: { companyId: company.id, companyName: company.name, slug: company.slug } },
  });
}
