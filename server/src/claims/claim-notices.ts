import type { UiLocale } from "@cluster-match/shared";
import type { Prisma } from "../generated/prisma/client.ts";
import { adminIds, clusterManagerIdsOfCompany } from "../notifications/notifications.repository.ts";
import { notify } from "../notifications/notify.ts";

// What claiming tells whom, in-app and by e-mail, each in the reader's language. A firm's name is
// shown in the reader's script: its own for Bulgarian readers, the Latin form for the others.

type Tx = Prisma.TransactionClient;
type Named = { name: string; nameLatin: string };

export const nameIn = (locale: UiLocale, firm: Named) => (locale === "bg" ? firm.name : firm.nameLatin);

/** Who decides a claim of the firm and hears of its outcome: its clusters' managers, else the admins. */
export async function claimDeciders(tx: Tx | Parameters<typeof adminIds>[0], companyId: string): Promise<{ ids: string[]; by: "managers" | "admins" }> {
  const managers = await clusterManagerIdsOfCompany(tx, companyId);
  return managers.length > 0 ? { ids: managers, by: "managers" } : { ids: await adminIds(tx), by: "admins" };
}

export async function noticeClaimToDecide(
  tx: Tx,
  args: { claimId: string; company: Named & { id: string }; claimant: { name: string; email: string }; note: string; deciders: string[]; publicUrl: string },
): Promise<void> {
  await notify(tx, {
    recipients: args.deciders,
    notice: {
      type: "claim_to_decide",
      data: { claimId: args.claimId, companyId: args.company.id, companyName: args.company.name, claimantName: args.claimant.name, path: "/manage/claims" },
    },
    email: {
      template: "claim_to_decide",
      params: (locale) => ({
        companyName: nameIn(locale, args.company),
        claimantName: args.claimant.name,
        claimantEmail: args.claimant.email,
        note: args.note,
        url: `${args.publicUrl}/manage/claims`,
      }),
    },
  });
}

/** The new owner, and the contact point (but the one who decided), learn that the firm has an owner. */
export async function noticeClaimApproved(
  tx: Tx,
  args: { company: Named & { id: string }; claimant: { id: string; name: string }; deciders: string[]; decidedBy: string | null; publicUrl: string },
): Promise<void> {
  const workspace = `/workspace/companies/${args.company.id}`;
  await notify(tx, {
    recipients: [args.claimant.id],
    notice: { type: "claim_approved", data: { companyId: args.company.id, companyName: args.company.name, claimantName: args.claimant.name, forClaimant: true, path: workspace } },
    email: {
      template: "claim_approved",
      params: (locale) => ({ companyName: nameIn(locale, args.company), claimantName: args.claimant.name, forClaimant: "yes", url: `${args.publicUrl}${workspace}` }),
    },
  });
  await notify(tx, {
    recipients: args.deciders.filter((id) => id !== args.claimant.id && id !== args.decidedBy),
    notice: { type: "claim_approved", data: { companyId: args.company.id, companyName: args.company.name, claimantName: args.claimant.name, forClaimant: false, path: "/manage/claims" } },
    email: {
      template: "claim_approved",
      params: (locale) => ({ companyName: nameIn(locale, args.company), claimantName: args.claimant.name, forClaimant: "no", url: `${args.publicUrl}/manage/claims` }),
    },
  });
}

export async function noticeClaimRejected(
  tx: Tx,
  args: { company: Named & { id: string; slug: string }; recipients: string[]; reason: string; claimedByOther: boolean; publicUrl: string },
): Promise<void> {
  await notify(tx, {
    recipients: args.recipients,
    notice: { type: "claim_rejected", data: { companyId: args.company.id, companyName: args.company.name, reason: args.reason, claimedByOther: args.claimedByOther } },
    email: {
      template: "claim_rejected",
      params: (locale) => ({
        companyName: nameIn(locale, args.company),
        reason: args.reason,
        claimedByOther: args.claimedByOther ? "yes" : "no",
        url: `${args.publicUrl}/companies/${args.company.slug}`,
      }),
    },
  });
}
