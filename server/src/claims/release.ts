import { asUiLocale } from "../mail/templates.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { notify } from "../notifications/notify.ts";
import { findClaimCompany, membersOf, releaseWaitingRequests } from "./claims.repository.ts";
import { nameIn } from "./claim-notices.ts";

type Tx = Prisma.TransactionClient;

/**
 * A firm without users has just got its first owner: every request that waited for it with the
 * cluster's contact point (status WITH_CONTACT_POINT) goes to its team (PENDING). Each sender's
 * members are told that the firm has joined and their request is now with its team, in-app and by
 * e-mail; the new owner finds them in the inbox and is told how many wait. Call it in the
 * transaction that makes the owner, so the requests move exactly when the firm gets its team.
 */
export async function releaseContactPointRequests(
  tx: Tx,
  args: { companyId: string; ownerUserId: string; publicUrl: string; now: Date },
): Promise<{ released: number }> {
  const rows = await releaseWaitingRequests(tx, args.companyId, args.now);
  if (rows.length === 0) return { released: 0 };
  const firm = (await findClaimCompany(tx, args.companyId))!;
  for (const row of rows) {
    const path = `/inbox/${row.fromCompanyId}/${row.id}`;
    await notify(tx, {
      recipients: await membersOf(tx, row.fromCompanyId),
      notice: {
        type: "introduction_released",
        data: {
          introductionId: row.id,
          companyId: row.fromCompanyId,
          kind: row.kind,
          path,
          otherName: firm.name,
          otherNameLatin: firm.nameLatin,
          ...(row.opportunity ? { opportunityId: row.opportunity.id, opportunityTitle: row.opportunity.title as Record<string, string> } : {}),
        },
      },
      email: { template: "introduction_released", params: (locale) => ({ otherName: nameIn(asUiLocale(locale), firm), url: `${args.publicUrl}${path}` }) },
    });
  }
  const inbox = `/inbox?company=${args.companyId}&box=incoming`;
  await notify(tx, {
    recipients: [args.ownerUserId],
    notice: { type: "requests_released", data: { companyId: args.companyId, companyName: firm.name, count: rows.length, path: inbox } },
    email: {
      template: "requests_released",
      params: (locale) => ({ companyName: nameIn(locale, firm), count: String(rows.length), url: `${args.publicUrl}${inbox}` }),
    },
  });
  return { released: rows.length };
}
