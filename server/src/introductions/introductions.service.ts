import {
  pageMeta,
  AppError,
  pickLocalized,
  type ClusterIntroduction,
  type ClusterIntroductionListOutput,
  type InterestOptions,
  type IntroductionChange,
  type IntroductionDetail,
  type IntroductionListOutput,
  type IntroductionParty,
  type IntroductionStatus,
  type IntroductionSummary,
  type LocalizedText,
  type ThreadMessage,
  type UiLocale,
} from "@cluster-match/shared";
import type { CompanyAccess } from "../access/access.repository.ts";
import { recordAudit, type AuditEntry } from "../audit/audit.repository.ts";
import type { Clock } from "../clock.ts";
import type { SessionUser } from "../context.ts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { adminIds, clusterManagerIdsOfCompany, companyMemberIds, notifyUsers } from "../notifications/notify.ts";
import { notifyInTheirLanguage } from "../notifications/notify-localized.ts";
import {
  companiesInCluster,
  countClustersOf,
  findCompanyParty,
  findIntroductionOfCluster,
  findIntroductionOfCompany,
  findIntroductionsOfCluster,
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
import { excerpt, hiddenOwnerName, phrase, readableName, titleIn } from "./phrases.ts";

export interface IntroductionDeps {
  prisma: PrismaClient;
  /** Where browsers reach the app (links in e-mails). */
  publicUrl: string;
  clock: Clock;
}

/** A user acting for a company, as companyMemberProcedure admitted them. */
export interface CompanyActor {
  user: SessionUser;
  company: CompanyAccess;
}

/** A cluster manager (or admin) acting for a cluster. */
export interface ClusterActor {
  user: SessionUser;
  clusterId: string;
}

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

function party(row: PartyRow): IntroductionParty {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    nameLatin: row.nameLatin,
    country: row.country,
    city: row.city,
    cityLatin: row.cityLatin,
    published: row.status === "PUBLISHED",
  };
}

function opportunityOf(row: IntroductionRow, locale: string) {
  if (!row.opportunity) return null;
  const title = pickLocalized(row.opportunity.title as LocalizedText, locale) ?? { text: "", lang: locale };
  return { id: row.opportunity.id, title, anonymous: row.opportunity.anonymous };
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
    counterpart: hidden ? null : party(direction === "outgoing" ? row.toCompany : row.fromCompany),
    opportunity: opportunityOf(row, locale),
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
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
      ? { email: other.email, phone: other.phone, website: other.website, person: (incoming ? row.requestedBy : row.decidedBy) ?? null }
      : null,
    actions: {
      accept: incoming && row.status === "PENDING",
      decline: incoming && row.status === "PENDING",
      withdraw: !incoming && (row.status === "PENDING" || row.status === "AWAITING_BROKER"),
      message: accepted,
    },
  };
}

const inboxUrl = (deps: IntroductionDeps, companyId: string, id: string) => `${deps.publicUrl}/inbox/${companyId}/${id}`;
const inboxPath = (companyId: string, id: string) => `/inbox/${companyId}/${id}`;

/** Managers and admins acting for a company leave an audit entry for every change they make. */
async function auditIfPrivileged(tx: Tx, actor: CompanyActor, entry: AuditEntry): Promise<void> {
  if (actor.company.role !== "CLUSTER_MANAGER" && actor.company.role !== "ADMIN") return;
  await recordAudit(tx, { id: actor.user.id, email: actor.user.email, role: actor.user.role }, entry);
}

const snapshot = (row: IntroductionRow) => ({ status: row.status, brokerNote: row.brokerNote, declineReason: row.declineReason });
const auditSummary = (row: { fromCompany: { name: string }; toCompany: { name: string } }) => `${row.fromCompany.name} → ${row.toCompany.name}`;

/** An opportunity's title in every language, for in-app notices rendered in the reader's language. */
const titleData = (row: { opportunity: { id: string; title: unknown } | null }) =>
  row.opportunity ? { opportunityId: row.opportunity.id, opportunityTitle: row.opportunity.title } : {};

async function requireCompany(tx: Tx, companyId: string): Promise<PartyRow> {
  const company = await findCompanyParty(tx, companyId);
  if (!company) throw new AppError("NOT_FOUND", "Company not found");
  return company;
}

export async function expressInterest(
  deps: IntroductionDeps,
  actor: CompanyActor,
  input: { opportunityId: string; message: string },
): Promise<IntroductionChange> {
  const companyId = actor.company.companyId;
  return deps.prisma.$transaction(async (tx) => {
    const opportunity = await findVisibleOpportunity(tx, input.opportunityId, deps.clock.now());
    if (!opportunity) throw new AppError("NOT_FOUND", "Opportunity not found");
    if (opportunity.companyId === companyId) throw new AppError("INVALID_STATE", "A company cannot answer its own opportunity");
    await lockKey(tx, `interest:${opportunity.id}:${companyId}`);
    const open = await findOpenInterest(tx, opportunity.id, companyId);
    if (open) throw new AppError("ALREADY_EXISTS", "This company has already expressed interest", { introductionId: open.id });
    await requireCompany(tx, companyId);
    const row = await insertIntroduction(tx, {
      kind: "INTEREST",
      opportunityId: opportunity.id,
      fromCompanyId: companyId,
      toCompanyId: opportunity.companyId,
      requestedByUserId: actor.user.id,
      message: input.message,
      status: "PENDING",
      brokered: false,
      createdAt: deps.clock.now(),
    });
    // The owner knows itself, so its own members may read everything here.
    await notifyInTheirLanguage(tx, {
      userIds: await companyMemberIds(tx, row.toCompanyId),
      topic: "introductions",
      type: "introduction_received",
      data: { introductionId: row.id, companyId: row.toCompanyId, kind: row.kind, fromName: row.fromCompany.name, fromNameLatin: row.fromCompany.nameLatin, ...titleData(row), path: inboxPath(row.toCompanyId, row.id) },
      email: {
        template: "introduction_received",
        params: (locale) => ({ fromName: readableName(row.fromCompany, locale), about: titleIn(opportunity.title, locale), message: input.message, url: inboxUrl(deps, row.toCompanyId, row.id) }),
      },
    });
    await auditIfPrivileged(tx, actor, { action: "introduction.express_interest", entityType: "introduction", entityId: row.id, summary: auditSummary(row), after: snapshot(row) });
    return { id: row.id, status: row.status };
  });
}

export async function requestIntroduction(
  deps: IntroductionDeps,
  actor: CompanyActor,
  input: { toCompanyId: string; message: string; brokered: boolean },
): Promise<IntroductionChange> {
  const companyId = actor.company.companyId;
  return deps.prisma.$transaction(async (tx) => {
    const to = await findPublishedCompanyParty(tx, input.toCompanyId);
    if (!to) throw new AppError("NOT_FOUND", "Company not found");
    if (to.id === companyId) throw new AppError("INVALID_STATE", "A company cannot ask to be introduced to itself");
    await lockKey(tx, `pair:${[companyId, to.id].sort().join(":")}`);
    const open = await findOpenRequestBetween(tx, companyId, to.id);
    if (open) throw new AppError("ALREADY_EXISTS", "An introduction between these companies is already open");
    await requireCompany(tx, companyId);
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
      requestedByUserId: actor.user.id,
      message: input.message,
      status: input.brokered ? "AWAITING_BROKER" : "PENDING",
      brokered: input.brokered,
      createdAt: deps.clock.now(),
    });
    if (input.brokered) {
      await notifyInTheirLanguage(tx, {
        userIds: brokers,
        topic: "introductions",
        type: "introduction_to_broker",
        data: { introductionId: row.id, fromName: row.fromCompany.name, toName: row.toCompany.name, path: "/manage/introductions" },
        email: {
          template: "introduction_to_broker",
          params: (locale) => ({ fromName: readableName(row.fromCompany, locale), toName: readableName(row.toCompany, locale), message: input.message, url: `${deps.publicUrl}/manage/introductions` }),
        },
      });
    } else {
      await notifyRecipient(deps, tx, row, (locale) => phrase(locale, "companyRequest"), () => input.message);
    }
    await auditIfPrivileged(tx, actor, { action: "introduction.request", entityType: "introduction", entityId: row.id, summary: auditSummary(row), after: snapshot(row) });
    return { id: row.id, status: row.status };
  });
}

/** Tells the recipient's members about a request they can now answer. */
async function notifyRecipient(
  deps: IntroductionDeps,
  tx: Tx,
  row: IntroductionRow,
  about: (locale: UiLocale) => string,
  message: (locale: UiLocale) => string,
): Promise<void> {
  await notifyInTheirLanguage(tx, {
    userIds: await companyMemberIds(tx, row.toCompanyId),
    topic: "introductions",
    type: "introduction_received",
    data: { introductionId: row.id, companyId: row.toCompanyId, kind: row.kind, brokered: row.brokered, fromName: row.fromCompany.name, fromNameLatin: row.fromCompany.nameLatin, ...titleData(row), path: inboxPath(row.toCompanyId, row.id) },
    email: {
      template: "introduction_received",
      params: (locale) => ({ fromName: readableName(row.fromCompany, locale), about: about(locale), message: message(locale), url: inboxUrl(deps, row.toCompanyId, row.id) }),
    },
  });
}

export async function listIntroductions(
  deps: IntroductionDeps,
  actor: CompanyActor,
  input: { box: Direction; status?: IntroductionStatus | undefined; locale: string; page: number; pageSize: number },
): Promise<IntroductionListOutput> {
  const companyId = actor.company.companyId;
  const { rows, total } = await findIntroductionsOfCompany(
    deps.prisma,
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

export async function getIntroduction(deps: IntroductionDeps, actor: CompanyActor, input: { id: string; locale: string }): Promise<IntroductionDetail> {
  const row = await loadForCompany(deps.prisma, input.id, actor.company.companyId);
  return toDetail(row, actor.company.companyId, input.locale);
}

/** The recipient decides; only a pending introduction can be decided, and only once. */
async function decide(
  deps: IntroductionDeps,
  actor: CompanyActor,
  input: { id: string; reason?: string | undefined },
  outcome: "ACCEPTED" | "DECLINED",
): Promise<IntroductionChange> {
  const companyId = actor.company.companyId;
  return deps.prisma.$transaction(async (tx) => {
    const row = await loadForCompany(tx, input.id, companyId);
    if (directionOf(row, companyId) !== "incoming") throw new AppError("NOT_FOUND", "Introduction not found");
    const changed = await transitionIntroduction(tx, row.id, ["PENDING"], {
      status: outcome,
      decidedByUserId: actor.user.id,
      decidedAt: deps.clock.now(),
      ...(outcome === "DECLINED" ? { declineReason: input.reason || null } : {}),
    });
    if (changed === 0) throw new AppError("INVALID_STATE", `Introduction is ${row.status}`);
    const requesterIds = await companyMemberIds(tx, row.fromCompanyId);
    const data = { introductionId: row.id, companyId: row.fromCompanyId, kind: row.kind, ...titleData(row), path: inboxPath(row.fromCompanyId, row.id) };
    const url = inboxUrl(deps, row.fromCompanyId, row.id);
    if (outcome === "ACCEPTED") {
      // Accepted: the owner of an anonymous opportunity is revealed from now on.
      await notifyInTheirLanguage(tx, {
        userIds: requesterIds,
        topic: "introductions",
        type: "introduction_accepted",
        data: { ...data, otherName: row.toCompany.name, otherNameLatin: row.toCompany.nameLatin },
        email: { template: "introduction_accepted", params: (locale) => ({ otherName: readableName(row.toCompany, locale), url }) },
      });
    } else {
      const hidden = ownerHiddenFromRequester(row);
      await notifyInTheirLanguage(tx, {
        userIds: requesterIds,
        topic: "introductions",
        type: "introduction_declined",
        data: { ...data, otherName: hidden ? null : row.toCompany.name, otherNameLatin: hidden ? null : row.toCompany.nameLatin, reason: input.reason ?? "" },
        email: {
          template: "introduction_declined",
          params: (locale) => ({
            otherName: hidden ? hiddenOwnerName(row.opportunity?.title, locale) : readableName(row.toCompany, locale),
            reason: input.reason ?? "",
            url,
          }),
        },
      });
    }
    await auditIfPrivileged(tx, actor, {
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

export const acceptIntroduction = (deps: IntroductionDeps, actor: CompanyActor, input: { id: string }) => decide(deps, actor, input, "ACCEPTED");
export const declineIntroduction = (deps: IntroductionDeps, actor: CompanyActor, input: { id: string; reason?: string | undefined }) =>
  decide(deps, actor, input, "DECLINED");

export async function withdrawIntroduction(deps: IntroductionDeps, actor: CompanyActor, input: { id: string }): Promise<IntroductionChange> {
  const companyId = actor.company.companyId;
  return deps.prisma.$transaction(async (tx) => {
    const row = await loadForCompany(tx, input.id, companyId);
    if (directionOf(row, companyId) !== "outgoing") throw new AppError("NOT_FOUND", "Introduction not found");
    const changed = await transitionIntroduction(tx, row.id, ["PENDING", "AWAITING_BROKER"], { status: "WITHDRAWN" });
    if (changed === 0) throw new AppError("INVALID_STATE", `Introduction is ${row.status}`);
    // The recipient saw a pending request; one still waiting for the broker never reached it.
    if (row.status === "PENDING") {
      // In-app only: there is no e-mail for a request that went away.
      await notifyUsers(tx, {
        userIds: await companyMemberIds(tx, row.toCompanyId),
        topic: "introductions",
        type: "introduction_withdrawn",
        data: {
          introductionId: row.id,
          companyId: row.toCompanyId,
          kind: row.kind,
          fromName: row.fromCompany.name,
          fromNameLatin: row.fromCompany.nameLatin,
          ...titleData(row),
          path: inboxPath(row.toCompanyId, row.id),
        },
      });
    }
    await auditIfPrivileged(tx, actor, { action: "introduction.withdraw", entityType: "introduction", entityId: row.id, summary: auditSummary(row), before: snapshot(row), after: { ...snapshot(row), status: "WITHDRAWN" } });
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

export async function listMessages(deps: IntroductionDeps, actor: CompanyActor, input: { id: string }): Promise<ThreadMessage[]> {
  const companyId = actor.company.companyId;
  const row = await loadForCompany(deps.prisma, input.id, companyId);
  if (row.status !== "ACCEPTED") throw new AppError("INVALID_STATE", "The conversation opens when the introduction is accepted");
  return (await findMessages(deps.prisma, row.id)).map((m) => toThreadMessage(m, companyId));
}

export async function sendMessage(deps: IntroductionDeps, actor: CompanyActor, input: { id: string; body: string }): Promise<ThreadMessage> {
  const companyId = actor.company.companyId;
  return deps.prisma.$transaction(async (tx) => {
    const row = await loadForCompany(tx, input.id, companyId);
    if (row.status !== "ACCEPTED") throw new AppError("INVALID_STATE", "The conversation opens when the introduction is accepted");
    const message = await insertMessage(tx, { introductionId: row.id, senderUserId: actor.user.id, senderCompanyId: companyId, body: input.body });
    const outgoing = directionOf(row, companyId) === "outgoing";
    const [own, other] = outgoing ? [row.fromCompany, row.toCompany] : [row.toCompany, row.fromCompany];
    const short = excerpt(input.body);
    await notifyInTheirLanguage(tx, {
      userIds: await companyMemberIds(tx, other.id),
      topic: "messages",
      type: "message_received",
      data: { introductionId: row.id, companyId: other.id, fromName: own.name, fromNameLatin: own.nameLatin, excerpt: short, path: inboxPath(other.id, row.id) },
      email: { template: "message_received", params: (locale) => ({ fromName: readableName(own, locale), excerpt: short, url: inboxUrl(deps, other.id, row.id) }) },
    });
    await auditIfPrivileged(tx, actor, { action: "introduction.message", entityType: "introduction", entityId: row.id, summary: auditSummary(row), after: { messageId: message.id, length: input.body.length } });
    return toThreadMessage(message, companyId);
  });
}

/** For the interest button: each of the user's companies, whether it owns the opportunity or already answered it. */
export async function interestOptions(deps: IntroductionDeps, user: SessionUser, input: { opportunityId: string }): Promise<InterestOptions> {
  const opportunity = await findVisibleOpportunity(deps.prisma, input.opportunityId, deps.clock.now());
  if (!opportunity) throw new AppError("NOT_FOUND", "Opportunity not found");
  const companies = (await findMemberCompanies(deps.prisma, user.id)).map((m) => m.company);
  const open = new Map((await findOpenInterestsOf(deps.prisma, opportunity.id, companies.map((c) => c.id))).map((i) => [i.fromCompanyId, i.id]));
  return companies.map((c) => ({ companyId: c.id, name: c.name, own: c.id === opportunity.companyId, openIntroductionId: open.get(c.id) ?? null }));
}

// Cluster managers: brokering and overview.

function toClusterIntroduction(row: IntroductionRow, ownCompanies: Set<string>, locale: string): ClusterIntroduction {
  // A manager of the interested side's cluster does not learn an anonymous owner outside its cluster.
  const hidden = ownerHiddenFromRequester(row) && !ownCompanies.has(row.toCompanyId);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    brokered: row.brokered,
    from: party(row.fromCompany),
    to: hidden ? null : party(row.toCompany),
    opportunity: opportunityOf(row, locale),
    message: row.message,
    brokerNote: row.brokerNote,
    declineReason: row.declineReason,
    createdAt: row.createdAt.toISOString(),
    canBroker: row.brokered && row.status === "AWAITING_BROKER" && ownCompanies.has(row.toCompanyId),
  };
}

export async function listForCluster(
  deps: IntroductionDeps,
  actor: ClusterActor,
  input: { status?: IntroductionStatus | undefined; locale: string; page: number; pageSize: number },
): Promise<ClusterIntroductionListOutput> {
  const { rows, total } = await findIntroductionsOfCluster(
    deps.prisma,
    { clusterId: actor.clusterId, status: input.status },
    { skip: (input.page - 1) * input.pageSize, take: input.pageSize },
  );
  const own = await companiesInCluster(deps.prisma, actor.clusterId, rows.map((r) => r.toCompanyId));
  return { items: rows.map((r) => toClusterIntroduction(r, own, input.locale)), ...pageMeta(total, input.page, input.pageSize) };
}

/** A brokered request the cluster's manager may act on: its recipient is in the cluster. */
async function loadBrokered(tx: Tx, actor: ClusterActor, id: string): Promise<IntroductionRow> {
  const row = await findIntroductionOfCluster(tx, id, actor.clusterId);
  if (!row || !(await companiesInCluster(tx, actor.clusterId, [row.toCompanyId])).has(row.toCompanyId)) {
    throw new AppError("NOT_FOUND", "Introduction not found");
  }
  if (!row.brokered || row.status !== "AWAITING_BROKER") throw new AppError("INVALID_STATE", `Introduction is ${row.status}`);
  return row;
}

const auditActor = (actor: ClusterActor) => ({ id: actor.user.id, email: actor.user.email, role: actor.user.role });

export async function forwardIntroduction(deps: IntroductionDeps, actor: ClusterActor, input: { id: string; note?: string | undefined }): Promise<IntroductionChange> {
  return deps.prisma.$transaction(async (tx) => {
    const row = await loadBrokered(tx, actor, input.id);
    const note = input.note || null;
    const changed = await transitionIntroduction(tx, row.id, ["AWAITING_BROKER"], { status: "PENDING", brokerUserId: actor.user.id, brokerNote: note });
    if (changed === 0) throw new AppError("INVALID_STATE", "Introduction is no longer awaiting a broker");
    const forwarded = { ...row, status: "PENDING" as const, brokerNote: note };
    await notifyRecipient(
      deps,
      tx,
      forwarded,
      (locale) => phrase(locale, "viaBroker"),
      (locale) => (note ? `${row.message}\n\n${phrase(locale, "brokerNote")}: ${note}` : row.message),
    );
    await recordAudit(tx, auditActor(actor), {
      action: "introduction.forward",
      entityType: "introduction",
      entityId: row.id,
      summary: auditSummary(row),
      before: snapshot(row),
      after: snapshot(forwarded),
    });
    return { id: row.id, status: "PENDING" };
  });
}

export async function brokerDecline(deps: IntroductionDeps, actor: ClusterActor, input: { id: string; reason: string }): Promise<IntroductionChange> {
  return deps.prisma.$transaction(async (tx) => {
    const row = await loadBrokered(tx, actor, input.id);
    const changed = await transitionIntroduction(tx, row.id, ["AWAITING_BROKER"], {
      status: "DECLINED",
      brokerUserId: actor.user.id,
      decidedByUserId: actor.user.id,
      decidedAt: deps.clock.now(),
      declineReason: input.reason,
    });
    if (changed === 0) throw new AppError("INVALID_STATE", "Introduction is no longer awaiting a broker");
    await notifyInTheirLanguage(tx, {
      userIds: await companyMemberIds(tx, row.fromCompanyId),
      topic: "introductions",
      type: "introduction_declined",
      data: {
        introductionId: row.id,
        companyId: row.fromCompanyId,
        kind: row.kind,
        byBroker: true,
        otherName: row.toCompany.name,
        otherNameLatin: row.toCompany.nameLatin,
        reason: input.reason,
        path: inboxPath(row.fromCompanyId, row.id),
      },
      email: { template: "introduction_declined", params: (locale) => ({ otherName: phrase(locale, "clusterManager"), reason: input.reason, url: inboxUrl(deps, row.fromCompanyId, row.id) }) },
    });
    await recordAudit(tx, auditActor(actor), {
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
