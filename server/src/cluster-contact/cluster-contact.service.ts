import {
  AppError,
  pageMeta,
  type ContactMessage,
  type ContactPoint,
  type UiLocale,
  type contactMessageAnswerInputSchema,
  type contactMessageIdInputSchema,
  type contactMessageListInputSchema,
  type contactPointInputSchema,
  type sendContactMessageInputSchema,
} from "@cluster-match/shared";
import type { z } from "zod";
import { auditActor } from "../audit/audit-rule.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import type { ClusterContext, ServiceContext, UserContext } from "../context.ts";
import { enqueueEmail } from "../mail/mail.service.ts";
import { asUiLocale } from "../mail/templates.ts";
import { notify } from "../notifications/notify.ts";
import {
  findAdmins,
  findClusterContact,
  findContactMessage,
  findContactMessages,
  insertContactMessage,
  updateContactMessage,
  type ClusterContactRow,
  type ContactMessageRow,
} from "./cluster-contact.repository.ts";
import { consumeContactBudget } from "./contact-limits.ts";

type ClusterNames = Pick<ClusterContactRow, "nameLocal" | "nameEn" | "country">;

const ownLanguage: Partial<Record<string, UiLocale>> = { BG: "bg", DE: "de", AT: "de" };
const networkName: Record<UiLocale, string> = { bg: "мрежата Cluster Match", en: "the Cluster Match network", de: "das Cluster-Match-Netzwerk" };
const networkAdmins: Record<UiLocale, string> = { bg: "администраторите на мрежата", en: "The network's administrators", de: "den Administratoren des Netzwerks" };
const and: Record<UiLocale, string> = { bg: " и ", en: " and ", de: " und " };

/** A cluster's name for a reader: in its own language when the reader shares it, else in English. */
function clusterName(cluster: ClusterNames | null, locale: UiLocale): string {
  if (!cluster) return networkName[locale];
  return ownLanguage[cluster.country] === locale ? cluster.nameLocal : cluster.nameEn;
}

/** The people who answer messages to a cluster (its managers, else the admins), or to the network (the admins). */
async function answerers(ctx: Pick<ServiceContext, "prisma">, cluster: ClusterContactRow | null) {
  const managers = cluster?.managers.map((m) => m.user) ?? [];
  if (managers.length > 0) return { by: "managers" as const, people: managers };
  return { by: "admins" as const, people: await findAdmins(ctx.prisma) };
}

const toContactPoint = (a: Awaited<ReturnType<typeof answerers>>): ContactPoint => ({
  answeredBy: a.by,
  managers: a.by === "managers" ? a.people.map((p) => ({ name: p.name })) : [],
});

function toMessage(row: ContactMessageRow): ContactMessage {
  return {
    id: row.id,
    clusterId: row.clusterId,
    clusterName: row.cluster ? row.cluster.nameEn : null,
    fromName: row.fromName,
    fromEmail: row.fromEmail,
    fromCompanyName: row.fromCompanyName,
    signedIn: row.fromUserId !== null,
    locale: row.locale,
    subject: row.subject,
    body: row.body,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    answer: row.answer,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    handledByName: row.handledBy?.name ?? null,
  };
}

async function clusterOrNotFound(ctx: Pick<ServiceContext, "prisma">, clusterId: string): Promise<ClusterContactRow> {
  const cluster = await findClusterContact(ctx.prisma, clusterId);
  if (!cluster) throw new AppError("NOT_FOUND", "Cluster not found");
  return cluster;
}

/** Who answers a cluster's contact form: the managers' names (never their addresses), or that the admins do. */
export async function getContactPoint(ctx: ServiceContext, input: z.infer<typeof contactPointInputSchema>): Promise<ContactPoint> {
  return toContactPoint(await answerers(ctx, await clusterOrNotFound(ctx, input.clusterId)));
}

/**
 * Stores a message to a cluster's contact point (or, without a cluster, to the network's admins),
 * tells the people who answer it in-app and by e-mail, and confirms to the sender who will answer.
 * Visitors may write; each client address and sender address has an hourly budget, and a filled
 * honeypot field gets the same answer while nothing is stored or sent.
 */
export async function sendContactMessage(ctx: ServiceContext, input: z.infer<typeof sendContactMessageInputSchema>): Promise<ContactPoint> {
  await consumeContactBudget(ctx.prisma, ctx.request.ip, input.fromEmail);
  const cluster = input.clusterId === null ? null : await clusterOrNotFound(ctx, input.clusterId);
  const who = await answerers(ctx, cluster);
  if (input.website && input.website.trim() !== "") return toContactPoint(who);
  const publicUrl = ctx.services.publicUrl;
  const locale = asUiLocale(input.locale);
  await ctx.prisma.$transaction(async (tx) => {
    const message = await insertContactMessage(tx, {
      clusterId: cluster?.id ?? null,
      fromUserId: ctx.user?.id ?? null,
      fromName: input.fromName,
      fromEmail: input.fromEmail,
      fromCompanyName: input.fromCompanyName,
      locale,
      subject: input.subject,
      body: input.body,
      now: ctx.clock.now(),
    });
    const path = cluster ? `/manage/messages?cluster=${cluster.id}` : "/manage/messages?cluster=network";
    await notify(tx, {
      recipients: who.people.map((p) => p.id),
      notice: { type: "contact_message_received", data: { messageId: message.id, clusterId: cluster?.id ?? null, fromName: input.fromName, subject: input.subject, path } },
      email: {
        template: "contact_message_received",
        params: (reader) => ({
          fromName: input.fromName,
          fromEmail: input.fromEmail,
          fromCompany: input.fromCompanyName,
          subject: input.subject,
          body: input.body,
          clusterName: clusterName(cluster, reader),
          url: `${publicUrl}${path}`,
        }),
      },
    });
    // A confirmation goes only to an address the sender has proved (their confirmed account's):
    // otherwise the form would let anyone send our mail, with their own subject, to any address.
    if (ctx.user && ctx.user.email.toLowerCase() === input.fromEmail.toLowerCase()) await enqueueEmail(tx, {
      to: input.fromEmail,
      locale,
      template: "contact_confirmation",
      params: {
        clusterName: clusterName(cluster, locale),
        answeredBy: who.by === "managers" ? who.people.map((p) => p.name).join(and[locale]) : networkAdmins[locale],
        subject: input.subject,
        url: cluster ? `${publicUrl}/clusters/${cluster.slug}` : publicUrl,
      },
    });
  });
  return toContactPoint(who);
}

type ListInput = z.infer<typeof contactMessageListInputSchema>;

async function list(ctx: Pick<ServiceContext, "prisma">, clusterId: string | null, input: ListInput) {
  const { rows, total } = await findContactMessages(ctx.prisma, { clusterId, ...input });
  return { items: rows.map(toMessage), ...pageMeta(total, input.page, input.pageSize) };
}

/** Messages to a cluster, for its managers (and admins). */
export const listClusterMessages = (ctx: ClusterContext, input: ListInput) => list(ctx, ctx.clusterId, input);
/** Messages to the network (no cluster), for admins. */
export const listNetworkMessages = (ctx: UserContext, input: ListInput) => list(ctx, null, input);

/** Answers by e-mail to the sender (from the app's address: no manager's address is given away). */
async function answer(ctx: UserContext, clusterId: string | null, input: z.infer<typeof contactMessageAnswerInputSchema>): Promise<ContactMessage> {
  return ctx.prisma.$transaction(async (tx) => {
    const message = await findContactMessage(tx, input.id, clusterId);
    if (!message) throw new AppError("NOT_FOUND", "Message not found");
    if (message.status === "CLOSED") throw new AppError("INVALID_STATE", "This message is closed");
    const now = ctx.clock.now();
    const updated = await updateContactMessage(tx, message.id, { status: "ANSWERED", handledByUserId: ctx.user.id, answer: input.answer, answeredAt: now });
    const locale = asUiLocale(message.locale);
    const publicUrl = ctx.services.publicUrl;
    await enqueueEmail(tx, {
      to: message.fromEmail,
      locale,
      template: "contact_answer",
      params: {
        clusterName: clusterName(message.cluster, locale),
        answererName: ctx.user.name,
        subject: message.subject,
        answer: input.answer,
        url: message.cluster ? `${publicUrl}/clusters/${message.cluster.slug}` : publicUrl,
      },
    });
    await recordAudit(tx, auditActor(ctx.user), {
      action: "contact_message.answer",
      entityType: "contact_message",
      entityId: message.id,
      summary: `answered "${message.subject}" from ${message.fromEmail}`,
      before: { status: message.status },
      after: { status: "ANSWERED", answer: input.answer },
    });
    return toMessage(updated);
  });
}

async function close(ctx: UserContext, clusterId: string | null, input: z.infer<typeof contactMessageIdInputSchema>): Promise<ContactMessage> {
  return ctx.prisma.$transaction(async (tx) => {
    const message = await findContactMessage(tx, input.id, clusterId);
    if (!message) throw new AppError("NOT_FOUND", "Message not found");
    if (message.status === "CLOSED") return toMessage(message);
    const updated = await updateContactMessage(tx, message.id, { status: "CLOSED", handledByUserId: ctx.user.id });
    await recordAudit(tx, auditActor(ctx.user), {
      action: "contact_message.close",
      entityType: "contact_message",
      entityId: message.id,
      summary: `closed "${message.subject}" from ${message.fromEmail}`,
      before: { status: message.status },
      after: { status: "CLOSED" },
    });
    return toMessage(updated);
  });
}

export const answerClusterMessage = (ctx: ClusterContext, input: z.infer<typeof contactMessageAnswerInputSchema>) => answer(ctx, ctx.clusterId, input);
export const answerNetworkMessage = (ctx: UserContext, input: z.infer<typeof contactMessageAnswerInputSchema>) => answer(ctx, null, input);
export const closeClusterMessage = (ctx: ClusterContext, input: z.infer<typeof contactMessageIdInputSchema>) => close(ctx, ctx.clusterId, input);
export const closeNetworkMessage = (ctx: UserContext, input: z.infer<typeof contactMessageIdInputSchema>) => close(ctx, null, input);
