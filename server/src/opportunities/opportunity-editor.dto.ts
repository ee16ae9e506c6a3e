import {
  pickLocalized,
  type LocalizedText,
  type OpportunityDraft,
  type OpportunityReviewDetail,
  type OpportunityReviewItem,
  type OwnOpportunityDetail,
  type OwnOpportunityItem,
} from "@cluster-match/shared";
import type { Vocabulary } from "@cluster-match/shared";
import type { AuditEntry } from "../audit/audit.repository.ts";
import type { OwnOpportunityItemRow, OwnOpportunityRow, ReviewItemRow } from "./opportunity-editor.repository.ts";

const day = (date: Date) => date.toISOString().slice(0, 10);
const stamp = (date: Date | null) => date?.toISOString() ?? null;
const texts = (value: unknown) => (value ?? {}) as LocalizedText;

export function titleIn(title: unknown, locale: string) {
  return pickLocalized(texts(title), locale) ?? { text: "", lang: locale };
}

type LifecycleRow = Pick<OwnOpportunityItemRow, "deadline" | "rejectionReason" | "submittedAt" | "publishedAt" | "expiredAt" | "closedAt">;

/** The deadline and where the opportunity stands in its lifecycle, as its owner's list and detail show them. */
function lifecycleOf(row: LifecycleRow) {
  return {
    deadline: day(row.deadline),
    rejectionReason: row.rejectionReason,
    submittedAt: stamp(row.submittedAt),
    publishedAt: stamp(row.publishedAt),
    expiredAt: stamp(row.expiredAt),
    closedAt: stamp(row.closedAt),
  };
}

export function toOwnItem(row: OwnOpportunityItemRow, locale: string): OwnOpportunityItem {
  return {
    id: row.id,
    status: row.status,
    type: row.type,
    title: titleIn(row.title, locale),
    anonymous: row.anonymous,
    ...lifecycleOf(row),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toOwnDetail(row: OwnOpportunityRow, vocabulary: Vocabulary): OwnOpportunityDetail {
  return {
    id: row.id,
    companyId: row.companyId,
    status: row.status,
    type: row.type,
    title: texts(row.title),
    description: texts(row.description),
    requiredCapabilities: row.requiredCapabilities.map((c) => vocabulary.capability(c.capabilityCode)),
    targetCountries: row.targetCountries,
    certificationsRequired: row.certificationsRequired.map((c) => vocabulary.certification(c.certificationCode)),
    cooperationTypes: row.cooperationTypes,
    anonymous: row.anonymous,
    ...lifecycleOf(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** The opportunity in the shape the editor sends (codes, not labels): what a conflict reports. */
export function draftOf(row: OwnOpportunityRow): OpportunityDraft {
  return {
    type: row.type,
    title: texts(row.title),
    description: texts(row.description),
    requiredCapabilities: row.requiredCapabilities.map((c) => c.capabilityCode),
    targetCountries: row.targetCountries,
    certificationsRequired: row.certificationsRequired.map((c) => c.certificationCode),
    cooperationTypes: row.cooperationTypes,
    anonymous: row.anonymous,
    deadline: day(row.deadline),
  };
}

export function toReviewItem(row: ReviewItemRow, locale: string): OpportunityReviewItem {
  return {
    id: row.id,
    type: row.type,
    title: titleIn(row.title, locale),
    anonymous: row.anonymous,
    deadline: day(row.deadline),
    submittedAt: stamp(row.submittedAt),
    company: row.company,
  };
}

export function toReviewDetail(row: OwnOpportunityRow, vocabulary: Vocabulary): OpportunityReviewDetail {
  return { ...toOwnDetail(row, vocabulary), company: row.company };
}

/** What an audit entry keeps of an opportunity: its content and state, codes rather than labels. */
export function auditSnapshot(row: OwnOpportunityRow) {
  // The texts as stored (every language), the rest as the editor sends it.
  return { status: row.status, ...draftOf(row), title: row.title, description: row.description, rejectionReason: row.rejectionReason };
}

/** The audit entry of a change to an opportunity: before and after are the whole opportunity. */
export function opportunityAuditEntry(action: string, change: { before: OwnOpportunityRow; after?: OwnOpportunityRow } | { before?: undefined; after: OwnOpportunityRow }): AuditEntry {
  const row = (change.after ?? change.before)!;
  return {
    action: `opportunity.${action}`,
    entityType: "opportunity",
    entityId: row.id,
    summary: `${action} opportunity "${titleIn(row.title, "en").text}" of ${row.company.name} (${row.company.nameLatin})`,
    ...(change.before ? { before: auditSnapshot(change.before) } : {}),
    ...(change.after ? { after: auditSnapshot(change.after) } : {}),
  };
}
