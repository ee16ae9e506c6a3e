import {
  pageMeta,
  AppError,
  type ClusterIntroduction,
  type ClusterIntroductionListOutput,
  type InterestOptions,
  type IntroductionChange,
  type IntroductionDetail,
  type IntroductionListOutput,
  type IntroductionSummary,
  type ThreadMessage,
  type brokerDeclineInputSchema,
  type clusterIntroductionListInputSchema,
  type decideIntroductionInputSchema,
  type expressInterestInputSchema,
  type forwardIntroductionInputSchema,
  type interestOptionsInputSchema,
  type introductionGetInputSchema,
  type introductionIdInputSchema,
  type introductionListInputSchema,
  type requestIntroductionInputSchema,
  type sendMessageInputSchema,
} from "@cluster-match/shared";
import type { z } from "zod";
import { auditActor, auditIfAuthority } from "../audit/audit-rule.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import type { ClusterContext, CompanyContext, UserContext } from "../context.ts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { adminIds, clusterManagerIdsOfCompany } from "../notifications/notifications.repository.ts";
import { contactPointUserIds, firmHasMembers, initialRequestStatus, managerScope } from "./contact-point.repository.ts";
import {
  noticeBrokerDeclined,
  noticeDecision,
  noticeForwarded,
  noticeInterest,
  noticeMessage,
  noticeMessageToContactPoint,
  noticeRequest,
  noticeToBrokers,
  noticeToContactPoint,
  noticeWithdrawn,
} from "./introduction-notices.ts";
import { toInquiry, toOpportunity, toParty } from "./introduction-parts.ts";
import {
  clusterOfEach,
  companiesInCluster,
  countClustersOf,
  findCompanyParty,
  findIntroductionOfCluster,
  findIntroductionOfCompany,
  findIntroductionsOfCluster,
  findIntroductionsOfClusters,
  findIntroductionsOfCompany,
  findMemberCompanies,
  findMessages,
  findOpenInterest,
  findOpenInterestsOf,
  findOpenRequestBetween,
  findPublishedCompanyParty,
  findVisibleOpportunity,
  insertIntroduction,
  insertMessage,
  lockKey,
  transitionIntroduction,
  type IntroductionRow,
  type PartyRow,
} from "./introductions.repository.ts";

// Companies act through companyMemberProcedure (CompanyContext: members, their clusters' managers,
// admins); brokering is for clusterManagerProcedure (ClusterContext).

type Direction = "incoming" | "outgoing";
type Tx = Prisma.TransactionClient;

const directionOf = (row: IntroductionRow, companyId: string): Direction => (row.fromCompanyId === companyId ? "outgoing" : "incoming");

/**
 * The heart of anonymity: the owner of an anonymous opportunity stays hidden from the interested
 * side until it accepts; a declined or withdrawn interest never reveals it.
 */
function ownerHiddenFromRequester(row: IntroductionRow): boolean {
  return row.kind === "INTEREST" && row.opportunity?.anonymous === true && row.status !== "ACCEPTED";
}

function toSummary(row: IntroductionRow, companyId: string, locale: string): IntroductionSummary {
  const direction = directionOf(row, companyId);
  const hidden = direction === "outgoing" && ownerHiddenFromRequester(row);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    brokered: row.brokered,
    direction,
    companyId,
    counterpart: hidden ? null : toParty(direction === "outgoing" ? row.toCompany : row.fromCompany),
    opportunity: toOpportunity(row.opportunity, locale),
    inquiry: toInquiry(row),
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    answeredOnBehalf: row.answeredOnBehalf,
    firmContactedAt: row.firmContactedAt?.toISOString() ?? null,
    firmJoinedAt: firmJoinedAt(row)?.toISOString() ?? null,
  };
}

/** When the recipient's first user arrived, if after the request: the firm joined since it was asked. */
function firmJoinedAt(row: IntroductionRow): Date | null {
  const first = row.toCompany.memberships[0]?.createdAt;
  return first && first > row.createdAt ? first : null;
}

function toDetail(row: IntroductionRow, companyId: string, locale: string): IntroductionDetail {
  const summary = toSummary(row, companyId, locale);
  const incoming = summary.direction === "incoming";
  const other = incoming ? row.fromCompany : row.toCompany;
  // Contacts of both sides open only with acceptance (which is also when a hidden owner is revealed).
  const accepted = row.status === "ACCEPTED";
  return {
    ...summary,
    message: row.message,
    declineReason: row.declineReason,
    brokerNote: row.brokerNote,
    contacts: accepted
      ? {
          email: other.email,
          phone: other.phone,
          website: other.website,
          // A contact point who answered for the firm is not the firm's person: their address stays theirs.
          person: (incoming ? row.requestedBy : row.answeredOnBehalf ? null : row.decidedBy) ?? null,
        }
      : null,
    actions: {
      accept: incoming && row.status === "PENDING",
      decline: incoming && row.status === "PENDING",
      withdraw: !incoming && withdrawable.includes(row.status),
      message: accepted,
    },
  };
}

/** Still waiting for someone (the firm, the broker, the contact point): the requester may take it back. */
const withdrawable: IntroductionRow["status"][] = ["PENDING", "AWAITING_BROKER", "WITH_CONTACT_POINT"];

const snapshot = (row: IntroductionRow) => ({ status: row.status, brokerNote: row.brokerNote, declineReason: row.declineReason });
const auditSummary = (row: { fromCompany: { name: string }; toCompany: { name: string } }) => `${row.fromCompany.name} → ${row.toCompany.name}`;

async function requireCompany(tx: Tx, companyId: string): Promise<PartyRow> {
  const company = await findCompanyParty(tx, companyId);
  if (!company) throw new AppError("NOT_FOUND", "Company not found");
  return company;
}

/** Only an approved (published) company speaks to others: a draft, one in review or a suspended one may not. */
async function requirePublishedSender(tx: Tx, companyId: string): Promise<PartyRow> {
  const company = await requireCompany(tx, companyId);
  if (company.status !== "PUBLISHED") throw new AppError("FORBIDDEN", "Only an approved company may get in touch with others", { reason: "COMPANY_NOT_PUBLISHED" });
  return company;
}

/**
 * Tells whoever can receive a new (or forwarded) request: the firm's team when it waits for the
 * firm, else the firm's contact point (never the actor, who knows).
 */
async function deliver(tx: Tx, ctx: UserContext, row: IntroductionRow, toFirm: () => Promise<void>): Promise<void> {
  if (row.status !== "WITH_CONTACT_POINT") return toFirm();
  const recipients = (await contactPointUserIds(tx, row.toCompanyId)).filter((id) => id !== ctx.user.id);
  await noticeToContactPoint(tx, { introduction: row, publicUrl: ctx.services.publicUrl, recipients });
}

type Input<S extends z.ZodType> = z.infer<S>;

export async function expressInterest(ctx: CompanyContext, input: Input<typeof expressInterestInputSchema>): Promise<IntroductionChange> {
  const companyId = ctx.company.companyId;
  return ctx.prisma.$transaction(async (tx) => {
    await requirePublishedSender(tx, companyId);
    const opportunity = await findVisibleOpportunity(tx, input.opportunityId, ctx.clock.now());
    if (!opportunity) throw new AppError("NOT_FOUND", "Opportunity not found");
    if (opportunity.companyId === companyId) throw new AppError("INVALID_STATE", "A company cannot answer its own opportunity");
    await lockKey(tx, `interest:${opportunity.id}:${companyId}`);
    const open = await findOpenInterest(tx, opportunity.id, companyId);
    if (open) throw new AppError("ALREADY_EXISTS", "This company has already expressed interest", { introductionId: open.id });
    const row = await insertIntroduction(tx, {
      kind: "INTEREST",
      opportunityId: opportunity.id,
      fromCompanyId: companyId,
      toCompanyId: opportunity.companyId,
      requestedByUserId: ctx.user.id,
      message: input.message,
      status: await initialRequestStatus(tx, opportunity.companyId),
      brokered: false,
      createdAt: ctx.clock.now(),
    });
    await deliver(tx, ctx, row, () => noticeInterest(tx, { introduction: row, publicUrl: ctx.services.publicUrl }));
    await auditIfAuthority(tx, ctx, { action: "introduction.express_interest", entityType: "introduction", entityId: row.id, summary: auditSummary(row), after: snapshot(row) });
    return { id: row.id, status: row.status };
  });
}

export async function requestIntroduction(ctx: CompanyContext, input: Input<typeof requestIntroductionInputSchema>): Promise<IntroductionChange> {
  const companyId = ctx.company.companyId;
  return ctx.prisma.$transaction(async (tx) => {
    await requirePublishedSender(tx, companyId);
    const to = await findPublishedCompanyParty(tx, input.toCompanyId);
    if (!to) throw new AppError("NOT_FOUND", "Company not found");
    if (to.id === companyId) throw new AppError("INVALID_STATE", "A company cannot ask to be introduced to itself");
    await lockKey(tx, `pair:${[companyId, to.id].sort().join(":")}`);
    const open = await findOpenRequestBetween(tx, companyId, to.id);
    if (open) throw new AppError("ALREADY_EXISTS", "An introduction between these companies is already open");
    let brokers: string[] = [];
    if (input.brokered) {
      brokers = await clusterManagerIdsOfCompany(tx, to.id);
      // A cluster without a manager of its own is brokered by the technology centre's admins.
      if (brokers.length === 0 && (await countClustersOf(tx, to.id)) > 0) brokers = await adminIds(tx);
      if (brokers.length === 0) throw new AppError("INVALID_STATE", "The company belongs to no cluster whose manager could broker the contact");
    }
    const row = await insertIntroduction(tx, {
      kind: "COMPANY",
      fromCompanyId: companyId,
      toCompanyId: to.id,
      requestedByUserId: ctx.user.id,
      message: input.message,
      // A brokered request waits for the broker, who learns whether the firm can receive it.
      status: input.brokered ? "AWAITING_BROKER" : await initialRequestStatus(tx, to.id),
      brokered: input.brokered,
      createdAt: ctx.clock.now(),
    });
    const publicUrl = ctx.services.publicUrl;
    if (input.brokered) await noticeToBrokers(tx, { introduction: row, publicUrl, brokers });
    else await deliver(tx, ctx, row, () => noticeRequest(tx, { introduction: row, publicUrl }));
    await auditIfAuthority(tx, ctx, { action: "introduction.request", entityType: "introduction", entityId: row.id, summary: auditSummary(row), after: snapshot(row) });
    return { id: row.id, status: row.status };
  });
}

export async function listIntroductions(ctx: CompanyContext, input: Input<typeof introductionListInputSchema>): Promise<IntroductionListOutput> {
  const companyId = ctx.company.companyId;
  const { rows, total } = await findIntroductionsOfCompany(
    ctx.prisma,
    { companyId, box: input.box, status: input.status },
    { skip: (input.page - 1) * input.pageSize, take: input.pageSize },
  );
  return { items: rows.map((r) => toSummary(r, companyId, input.locale)), ...pageMeta(total, input.page, input.pageSize) };
}

async function loadForCompany(db: Tx | PrismaClient, id: string, companyId: string): Promise<IntroductionRow> {
  const row = await findIntroductionOfCompany(db, id, companyId);
  if (!row) throw new AppError("NOT_FOUND", "Introduction not found");
  return row;
}

export async function getIntroduction(ctx: CompanyContext, input: Input<typeof introductionGetInputSchema>): Promise<IntroductionDetail> {
  const row = await loadForCompany(ctx.prisma, input.id, ctx.company.companyId);
  return toDetail(row, ctx.company.companyId, input.locale);
}

/** The recipient decides; only a pending introduction can be decided, and only once. */
async function decide(ctx: CompanyContext, input: { id: string; reason?: string | undefined }, outcome: "ACCEPTED" | "DECLINED"): Promise<IntroductionChange> {
  const companyId = ctx.company.companyId;
  return ctx.prisma.$transaction(async (tx) => {
    const row = await loadForCompany(tx, input.id, companyId);
    if (directionOf(row, companyId) !== "incoming") throw new AppError("NOT_FOUND", "Introduction not found");
    const changed = await transitionIntroduction(tx, row.id, ["PENDING"], {
      status: outcome,
      decidedByUserId: ctx.user.id,
      decidedAt: ctx.clock.now(),
      ...(outcome === "DECLINED" ? { declineReason: input.reason || null } : {}),
    });
    if (changed === 0) throw new AppError("INVALID_STATE", `Introduction is ${row.status}`);
    await noticeDecision(tx, {
      introduction: row,
      publicUrl: ctx.services.publicUrl,
      outcome,
      reason: input.reason ?? "",
      ownerHidden: ownerHiddenFromRequester(row),
    });
    await auditIfAuthority(tx, ctx, {
      action: outcome === "ACCEPTED" ? "introduction.accept" : "introduction.decline",
      entityType: "introduction",
      entityId: row.id,
      summary: auditSummary(row),
      before: snapshot(row),
      after: { ...snapshot(row), status: outcome, declineReason: outcome === "DECLINED" ? (input.reason ?? null) : row.declineReason },
    });
    return { id: row.id, status: outcome };
  });
}

export const acceptIntroduction = (ctx: CompanyContext, input: Input<typeof introductionIdInputSchema>) => decide(ctx, input, "ACCEPTED");
export const declineIntroduction = (ctx: CompanyContext, input: Input<typeof decideIntroductionInputSchema>) => decide(ctx, input, "DECLINED");

export async function withdrawIntroduction(ctx: CompanyContext, input: Input<typeof introductionIdInputSchema>): Promise<IntroductionChange> {
  const companyId = ctx.company.companyId;
  return ctx.prisma.$transaction(async (tx) => {
    const row = await loadForCompany(tx, input.id, companyId);
    if (directionOf(row, companyId) !== "outgoing") throw new AppError("NOT_FOUND", "Introduction not found");
    const changed = await transitionIntroduction(tx, row.id, withdrawable, { status: "WITHDRAWN" });
    if (changed === 0) throw new AppError("INVALID_STATE", `Introduction is ${row.status}`);
    // The recipient saw a pending request; one waiting for the broker or the contact point never reached it.
    if (row.status === "PENDING") await noticeWithdrawn(tx, { introduction: row });
    await auditIfAuthority(tx, ctx, { action: "introduction.withdraw", entityType: "introduction", entityId: row.id, summary: auditSummary(row), before: snapshot(row), after: { ...snapshot(row), status: "WITHDRAWN" } });
    return { id: row.id, status: "WITHDRAWN" };
  });
}

function toThreadMessage(row: Awaited<ReturnType<typeof findMessages>>[number], companyId: string): ThreadMessage {
  return {
    id: row.id,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    side: row.senderCompanyId === null ? "broker" : row.senderCompanyId === companyId ? "own" : "counterpart",
    senderName: row.sender?.name ?? null,
  };
}

export async function listMessages(ctx: CompanyContext, input: Input<typeof introductionIdInputSchema>): Promise<ThreadMessage[]> {
  const companyId = ctx.company.companyId;
  const row = await loadForCompany(ctx.prisma, input.id, companyId);
  if (row.status !== "ACCEPTED") throw new AppError("INVALID_STATE", "The conversation opens when the introduction is accepted");
  return (await findMessages(ctx.prisma, row.id)).map((m) => toThreadMessage(m, companyId));
}

export async function sendMessage(ctx: CompanyContext, input: Input<typeof sendMessageInputSchema>): Promise<ThreadMessage> {
  const companyId = ctx.company.companyId;
  return ctx.prisma.$transaction(async (tx) => {
    const row = await loadForCompany(tx, input.id, companyId);
    if (row.status !== "ACCEPTED") throw new AppError("INVALID_STATE", "The conversation opens when the introduction is accepted");
    const message = await insertMessage(tx, { introductionId: row.id, senderUserId: ctx.user.id, senderCompanyId: companyId, body: input.body });
    const outgoing = directionOf(row, companyId) === "outgoing";
    const [from, to] = outgoing ? [row.fromCompany, row.toCompany] : [row.toCompany, row.fromCompany];
    // A firm without users (its contact point answered for it) cannot read it: its contact point does.
    if (outgoing && !(await firmHasMembers(tx, to.id))) {
      await noticeMessageToContactPoint(tx, { introduction: row, publicUrl: ctx.services.publicUrl, recipients: await contactPointUserIds(tx, to.id), body: input.body });
    } else {
      await noticeMessage(tx, { introduction: row, publicUrl: ctx.services.publicUrl, from, to, body: input.body });
    }
    await auditIfAuthority(tx, ctx, { action: "introduction.message", entityType: "introduction", entityId: row.id, summary: auditSummary(row), after: { messageId: message.id, length: input.body.length } });
    return toThreadMessage(message, companyId);
  });
}

/** For the interest button: each of the user's companies, whether it owns the opportunity or already answered it. */
export async function interestOptions(ctx: UserContext, input: Input<typeof interestOptionsInputSchema>): Promise<InterestOptions> {
  const opportunity = await findVisibleOpportunity(ctx.prisma, input.opportunityId, ctx.clock.now());
  if (!opportunity) throw new AppError("NOT_FOUND", "Opportunity not found");
  const companies = (await findMemberCompanies(ctx.prisma, ctx.user.id)).map((m) => m.company);
  const open = new Map((await findOpenInterestsOf(ctx.prisma, opportunity.id, companies.map((c) => c.id))).map((i) => [i.fromCompanyId, i.id]));
  return companies.map((c) => ({
    companyId: c.id,
    name: c.name,
    own: c.id === opportunity.companyId,
    openIntroductionId: open.get(c.id) ?? null,
    published: c.status === "PUBLISHED",
  }));
}

// Cluster managers: brokering and overview. Everyone clusterManagerProcedure admits (the cluster's
// managers, admins) acts with authority, so every change here is audited.

/**
 * `brokerCluster`: the cluster (one the viewer manages) that holds the recipient, through which the
 * viewer brokers; a manager of the interested side's cluster does not learn an anonymous owner outside it.
 */
function toClusterIntroduction(row: IntroductionRow, brokerCluster: string | null, locale: string, isAdmin: boolean): ClusterIntroduction {
  const hidden = ownerHiddenFromRequester(row) && brokerCluster === null && !isAdmin;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    brokered: row.brokered,
    from: toParty(row.fromCompany),
    to: hidden ? null : toParty(row.toCompany),
    opportunity: toOpportunity(row.opportunity, locale),
    message: row.message,
    brokerNote: row.brokerNote,
    declineReason: row.declineReason,
    createdAt: row.createdAt.toISOString(),
    canBroker: row.brokered && row.status === "AWAITING_BROKER" && brokerCluster !== null,
    brokerClusterId: brokerCluster,
    recipientHasMembers: row.toCompany.memberships.length > 0,
    answeredOnBehalf: row.answeredOnBehalf,
  };
}

export async function listForCluster(ctx: ClusterContext, input: Input<typeof clusterIntroductionListInputSchema>): Promise<ClusterIntroductionListOutput> {
  const { rows, total } = await findIntroductionsOfCluster(
    ctx.prisma,
    { clusterId: ctx.clusterId, status: input.status },
    { skip: (input.page - 1) * input.pageSize, take: input.pageSize },
  );
  const own = await companiesInCluster(ctx.prisma, ctx.clusterId, rows.map((r) => r.toCompanyId));
  const items = rows.map((r) => toClusterIntroduction(r, own.has(r.toCompanyId) ? ctx.clusterId : null, input.locale, false));
  return { items, ...pageMeta(total, input.page, input.pageSize) };
}

/**
 * Every cluster the caller manages at once; for admins, every introduction (also of firms in no
 * cluster). A signed-in user who manages nothing sees an empty list.
 */
export async function listForManagedClusters(ctx: UserContext, input: Input<typeof clusterIntroductionListInputSchema>): Promise<ClusterIntroductionListOutput> {
  const scope = await managerScope(ctx.prisma, ctx.user);
  const { rows, total } = await findIntroductionsOfClusters(
    ctx.prisma,
    { clusterIds: scope, status: input.status },
    { skip: (input.page - 1) * input.pageSize, take: input.pageSize },
  );
  const brokerClusters = await clusterOfEach(ctx.prisma, scope, rows.map((r) => r.toCompanyId));
  const isAdmin = scope === null;
  const items = rows.map((r) => toClusterIntroduction(r, brokerClusters.get(r.toCompanyId) ?? null, input.locale, isAdmin));
  return { items, ...pageMeta(total, input.page, input.pageSize) };
}

/** A brokered request the cluster's manager may act on: its recipient is in the cluster. */
async function loadBrokered(tx: Tx, ctx: ClusterContext, id: string): Promise<IntroductionRow> {
  const row = await findIntroductionOfCluster(tx, id, ctx.clusterId);
  if (!row || !(await companiesInCluster(tx, ctx.clusterId, [row.toCompanyId])).has(row.toCompanyId)) {
    throw new AppError("NOT_FOUND", "Introduction not found");
  }
  if (!row.brokered || row.status !== "AWAITING_BROKER") throw new AppError("INVALID_STATE", `Introduction is ${row.status}`);
  return row;
}

export async function forwardIntroduction(ctx: ClusterContext, input: Input<typeof forwardIntroductionInputSchema>): Promise<IntroductionChange> {
  return ctx.prisma.$transaction(async (tx) => {
    const row = await loadBrokered(tx, ctx, input.id);
    const note = input.note || null;
    // Never pending with a firm nobody can sign in for: such a request stays with the contact point.
    const status = await initialRequestStatus(tx, row.toCompanyId);
    const changed = await transitionIntroduction(tx, row.id, ["AWAITING_BROKER"], { status, brokerUserId: ctx.user.id, brokerNote: note });
    if (changed === 0) throw new AppError("INVALID_STATE", "Introduction is no longer awaiting a broker");
    const forwarded = { ...row, status, brokerNote: note };
    await deliver(tx, ctx, forwarded, () => noticeForwarded(tx, { introduction: forwarded, publicUrl: ctx.services.publicUrl }));
    await recordAudit(tx, auditActor(ctx.user), {
      action: "introduction.forward",
      entityType: "introduction",
      entityId: row.id,
      summary: auditSummary(row),
      before: snapshot(row),
      after: snapshot(forwarded),
    });
    return { id: row.id, status };
  });
}

export async function brokerDecline(ctx: ClusterContext, input: Input<typeof brokerDeclineInputSchema>): Promise<IntroductionChange> {
  return ctx.prisma.$transaction(async (tx) => {
    const row = await loadBrokered(tx, ctx, input.id);
    const changed = await transitionIntroduction(tx, row.id, ["AWAITING_BROKER"], {
      status: "DECLINED",
      brokerUserId: ctx.user.id,
      decidedByUserId: ctx.user.id,
      decidedAt: ctx.clock.now(),
      declineReason: input.reason,
    });
    if (changed === 0) throw new AppError("INVALID_STATE", "Introduction is no longer awaiting a broker");
    await noticeBrokerDeclined(tx, { introduction: row, publicUrl: ctx.services.publicUrl, reason: input.reason });
    await recordAudit(tx, auditActor(ctx.user), {
      action: "introduction.broker_decline",
      entityType: "introduction",
      entityId: row.id,
      summary: auditSummary(row),
      before: snapshot(row),
      after: { ...snapshot(row), status: "DECLINED", declineReason: input.reason },
    });
    return { id: row.id, status: "DECLINED" };
  });
}
