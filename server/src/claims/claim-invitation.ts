import { AppError, claimLinkValidDays } from "@cluster-match/shared";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.ts";
import { enqueueEmail } from "../mail/mail.service.ts";
import { clusterName } from "../clusters/clusters.service.ts";
import { findClaimCompany, findInvitingCluster, findUserName, insertClaimLink } from "./claims.repository.ts";
import { firmLocale } from "./firm-locale.ts";

const dayMs = 24 * 60 * 60 * 1000;

export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** A claim link's token: the firm's id and a 32-byte secret; only the secret's hash is stored. */
export function parseClaimToken(token: string): { companyId: string; secret: string } | null {
  const match = /^([\w-]{1,60})\.([\w-]{20,100})$/.exec(token.trim());
  return match ? { companyId: match[1]!, secret: match[2]! } : null;
}

/**
 * E-mails the firm's registered address a link to claim the firm (the contact point's way to reach
 * a firm without users): whoever opens it and signs in or up becomes its owner, because holding
 * the registered mailbox proves they speak for the firm. The link works once, for 14 days; the
 * e-mail is in the language of the firm's country (English elsewhere). Throws INVALID_STATE when
 * the firm has no registered e-mail. Runs in the caller's transaction.
 */
export async function sendClaimInvitation(
  tx: Prisma.TransactionClient,
  args: { companyId: string; invitedByUserId: string; publicUrl: string; now: Date },
): Promise<{ sentTo: string }> {
  const company = await findClaimCompany(tx, args.companyId);
  if (!company) throw new AppError("NOT_FOUND", "Company not found");
  if (!company.email) throw new AppError("INVALID_STATE", "The firm has no registered e-mail address", { reason: "no_registered_email" });
  const secret = randomBytes(32).toString("base64url");
  const inviter = await findUserName(tx, args.invitedByUserId);
  await insertClaimLink(tx, {
    companyId: company.id,
    secretHash: hashSecret(secret),
    value: JSON.stringify({ invitedByUserId: args.invitedByUserId, sentTo: company.email }),
    expiresAt: new Date(args.now.getTime() + claimLinkValidDays * dayMs),
    now: args.now,
  });
  const locale = firmLocale(company.country);
  // Signed by the firm's own cluster (a Hungarian firm hears from its Hungarian cluster), in the
  // e-mail's language where that is the cluster's own, else in English; "" for the network itself.
  const cluster = await findInvitingCluster(tx, company.id, args.invitedByUserId);
  await enqueueEmail(tx, {
    to: company.email,
    locale,
    template: "claim_invitation",
    params: {
      companyName: locale === "bg" ? company.name : company.nameLatin,
      inviterName: inviter?.name ?? "Cluster Match",
      clusterName: cluster ? clusterName(cluster, locale) : "",
      days: String(claimLinkValidDays),
      url: `${args.publicUrl}/claim?token=${encodeURIComponent(`${company.id}.${secret}`)}`,
    },
  });
  return { sentTo: company.email };
}
