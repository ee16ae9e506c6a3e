import {
  AppError,
  pageMeta,
  type ContactPointItem,
  type ContactPointListOutput,
  type IntroductionChange,
  type ReachFirmOutput,
  type ThreadMessage,
  type contactPointDeclineInputSchema,
  type contactPointGetInputSchema,
  type contactPointIdInputSchema,
  type contactPointListInputSchema,
  type contactPointReachInputSchema,
  type contactPointMessageInputSchema,
} from "@cluster-match/shared";
import type { z } from "zod";
import { auditActor } from "../audit/audit-rule.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import { sendClaimInvitation } from "../claims/claim-invitation.ts";
import type { UserContext } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { managerScope } from "../introductions/contact-point.repository.ts";
import { toInquiry, toOpportunity, toParty } from "../introductions/introduction-parts.ts";
import { noticeAnsweredOnBehalf, noticeFirmContacted, noticeMessage } from "../introductions/introduction-notices.ts";
import { findIntroductionById, findMessages, insertMessage, transitionIntroduction, type MessageRow } from "../introductions/introductions.repository.ts";
import { findQueue, findQueueItem, recordFirmEmail, type QueueRow } from "./contact-point.repository.ts";

// The cluster's contact point (EEN's practice): the managers of a firm's clusters, or the admins,
// hold the requests to a firm nobody can sign in for. They may reach the firm at its registered
// address with a claim link, or answer for it. Who may act is the scope from managerScope: a
// request outside it does not exist for the caller (NOT_FOUND). Everything here is done with
// authority, so every change is audited, and the requester is told of each one.

type Tx = Prisma.TransactionClient;
type Input<S extends z.ZodType> = z.infer<S>;

function toItem(row: QueueRow, locale: string): ContactPointItem {
  const waiting = row.status === "WITH_CONTACT_POINT";
  const firm = row.toCompany;
  const clusterName = (c: { nameLocal: string; nameEn: string }) => (locale === "bg" ? c.nameLocal : c.nameEn);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    brokered: row.brokered,
    from: toParty(row.fromCompany),
    sender: row.requestedBy,
    firm: {
      ...toParty(firm),
      email: firm.email,
      phone: firm.phone,
      website: firm.website,
      clusters: firm.clusters.map((c) => ({ id: c.cluster.id, name: clusterName(c.cluster) })),
      hasMembers: firm._count.memberships > 0,
    },
    opportunity: toOpportunity(row.opportunity, locale),
    inquiry: toInquiry(row),
    message: row.message,
    brokerNote: row.brokerNote,
    declineReason: row.declineReason,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    firmContactedAt: row.firmContactedAt?.toISOString() ?? null,
    answeredOnBehalf: row.answeredOnBehalf,
    actions: {
      // Without a registered address the contact point gives the one it found.
      reachFirm: waiting,
      accept: waiting,
      decline: waiting,
      message: row.status === "ACCEPTED" && row.answeredOnBehalf,
    },
  };
}

async function loadInScope(db: Tx | UserContext["prisma"], ctx: UserContext, id: string): Promise<QueueRow> {
  const row = await findQueueItem(db, id, await managerScope(db, ctx.user));
  if (!row) throw new AppError("NOT_FOUND", "Request not found");
  return row;
}

function requireWaiting(row: QueueRow): void {
  if (row.status !== "WITH_CONTACT_POINT") throw new AppError("INVALID_STATE", `Request is ${row.status}`);
}

const auditSummary = (row: QueueRow) => `${row.fromCompany.name} → ${row.toCompany.name}`;
const snapshot = (row: { status: string; declineReason: string | null; answeredOnBehalf: boolean; firmContactedAt: Date | null }) => ({
  status: row.status,
  declineReason: row.declineReason,
  answeredOnBehalf: row.answeredOnBehalf,
  firmContactedAt: row.firmContactedAt?.toISOString() ?? null,
});
/** The owner of an anonymous opportunity stays unnamed to the interested side until it is accepted. */
const ownerHidden = (row: QueueRow) => row.kind === "INTEREST" && row.opportunity?.anonymous === true;

export async function listQueue(ctx: UserContext, input: Input<typeof contactPointListInputSchema>): Promise<ContactPointListOutput> {
  const { rows, total } = await findQueue(
    ctx.prisma,
    { clusterIds: await managerScope(ctx.prisma, ctx.user), view: input.view },
    { skip: (input.page - 1) * input.pageSize, take: input.pageSize },
  );
  return { items: rows.map((r) => toItem(r, input.locale)), ...pageMeta(total, input.page, input.pageSize) };
}

export async function getQueueItem(ctx: UserContext, input: Input<typeof contactPointGetInputSchema>): Promise<ContactPointItem> {
  return toItem(await loadInScope(ctx.prisma, ctx, input.id), input.locale);
}

/** Sends the firm's registered address a claim link for this request; the requester hears of it the first time. */
export async function reachFirm(ctx: UserContext, input: Input<typeof contactPointReachInputSchema>): Promise<ReachFirmOutput> {
  return ctx.prisma.$transaction(async (tx) => {
    const row = await loadInScope(tx, ctx, input.id);
    requireWaiting(row);
    const now = ctx.clock.now();
    // Imported firms often come without an address: the one the contact point found becomes the
    // registered one (audited), never replacing an address the register already holds.
    const emailAdded = input.email !== undefined && (await recordFirmEmail(tx, row.toCompanyId, input.email));
    if (emailAdded) {
      await recordAudit(tx, auditActor(ctx.user), {
        action: "company.contact_point_email",
        entityType: "company",
        entityId: row.toCompanyId,
        summary: row.toCompany.name,
        before: { email: null },
        after: { email: input.email },
      });
    }
    const { sentTo } = await sendClaimInvitation(tx, { companyId: row.toCompanyId, invitedByUserId: ctx.user.id, publicUrl: ctx.services.publicUrl, now });
    const changed = await transitionIntroduction(tx, row.id, ["WITH_CONTACT_POINT"], { firmContactedAt: now });
    if (changed === 0) throw new AppError("INVALID_STATE", "The request is no longer with the contact point");
    if (row.firmContactedAt === null) {
      await noticeFirmContacted(tx, { introduction: await findIntroductionById(tx, row.id), publicUrl: ctx.services.publicUrl, ownerHidden: ownerHidden(row) });
    }
    await recordAudit(tx, auditActor(ctx.user), {
      action: "introduction.reach_firm",
      entityType: "introduction",
      entityId: row.id,
      summary: auditSummary(row),
      before: snapshot(row),
      after: { ...snapshot({ ...row, firmContactedAt: now }), sentTo },
    });
    return { id: row.id, sentTo, firmContactedAt: now.toISOString() };
  });
}

/** The contact point answers for the firm: the requester is told, in their language, in-app and by e-mail. */
async function answer(ctx: UserContext, input: { id: string; reason?: string }, outcome: "ACCEPTED" | "DECLINED"): Promise<IntroductionChange> {
  return ctx.prisma.$transaction(async (tx) => {
    const row = await loadInScope(tx, ctx, input.id);
    requireWaiting(row);
    const reason = input.reason ?? "";
    const changed = await transitionIntroduction(tx, row.id, ["WITH_CONTACT_POINT"], {
      status: outcome,
      answeredOnBehalf: true,
      decidedByUserId: ctx.user.id,
      decidedAt: ctx.clock.now(),
      ...(outcome === "DECLINED" ? { declineReason: reason } : {}),
    });
    if (changed === 0) throw new AppError("INVALID_STATE", "The request is no longer with the contact point");
    await noticeAnsweredOnBehalf(tx, {
      introduction: await findIntroductionById(tx, row.id),
      publicUrl: ctx.services.publicUrl,
      outcome,
      reason,
      ownerHidden: ownerHidden(row),
    });
    await recordAudit(tx, auditActor(ctx.user), {
      action: outcome === "ACCEPTED" ? "introduction.accept_on_behalf" : "introduction.decline_on_behalf",
      entityType: "introduction",
      entityId: row.id,
      summary: auditSummary(row),
      before: snapshot(row),
      after: snapshot({ ...row, status: outcome, answeredOnBehalf: true, declineReason: outcome === "DECLINED" ? reason : row.declineReason }),
    });
    return { id: row.id, status: outcome };
  });
}

export const acceptOnBehalf = (ctx: UserContext, input: Input<typeof contactPointIdInputSchema>) => answer(ctx, input, "ACCEPTED");
export const declineOnBehalf = (ctx: UserContext, input: Input<typeof contactPointDeclineInputSchema>) => answer(ctx, input, "DECLINED");

/** In the contact point's view, its own messages (written for the firm) are "own", the requester's "counterpart". */
function toThreadMessage(row: MessageRow, firmId: string): ThreadMessage {
  const own = row.senderCompanyId === null || row.senderCompanyId === firmId;
  return { id: row.id, body: row.body, createdAt: row.createdAt.toISOString(), side: own ? "own" : "counterpart", senderName: row.sender?.name ?? null };
}

function requireConversation(row: QueueRow): void {
  if (row.status !== "ACCEPTED" || !row.answeredOnBehalf) throw new AppError("INVALID_STATE", "The conversation opens when the contact point accepts for the firm");
}

export async function listMessages(ctx: UserContext, input: Input<typeof contactPointIdInputSchema>): Promise<ThreadMessage[]> {
  const row = await loadInScope(ctx.prisma, ctx, input.id);
  requireConversation(row);
  return (await findMessages(ctx.prisma, row.id)).map((m) => toThreadMessage(m, row.toCompanyId));
}

/** Writes in the conversation as the contact point (no company: the requester sees "the cluster's contact point"). */
export async function sendMessage(ctx: UserContext, input: Input<typeof contactPointMessageInputSchema>): Promise<ThreadMessage> {
  return ctx.prisma.$transaction(async (tx) => {
    const row = await loadInScope(tx, ctx, input.id);
    requireConversation(row);
    const message = await insertMessage(tx, { introductionId: row.id, senderUserId: ctx.user.id, senderCompanyId: null, body: input.body });
    const introduction = await findIntroductionById(tx, row.id);
    await noticeMessage(tx, { introduction, publicUrl: ctx.services.publicUrl, from: introduction.toCompany, to: introduction.fromCompany, body: input.body });
    await recordAudit(tx, auditActor(ctx.user), {
      action: "introduction.contact_point_message",
      entityType: "introduction",
      entityId: row.id,
      summary: auditSummary(row),
      after: { messageId: message.id, length: input.body.length },
    });
    return toThreadMessage(message, row.toCompanyId);
  });
}
