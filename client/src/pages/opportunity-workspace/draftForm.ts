import type { CooperationType, OpportunityType } from "@cluster-match/shared/enums";
import { contentLanguages, type ContentLanguage } from "@cluster-match/shared/i18n";
import {
  deadlineProblem,
  opportunityDraftSchema,
  type DeadlineProblem,
  type OpportunityDraft,
  type OwnOpportunityDetail,
} from "@cluster-match/shared/schemas/opportunity-editor";
import { unsafeTextMessage } from "@cluster-match/shared/text-safety";

/** What the form holds: every language's texts, even empty ones, so tabs can switch freely. */
export interface DraftFormState {
  type: OpportunityType | "";
  texts: Record<ContentLanguage, { title: string; description: string }>;
  requiredCapabilities: string[];
  targetCountries: string[];
  certificationsRequired: string[];
  cooperationTypes: CooperationType[];
  anonymous: boolean;
  deadline: string;
}

/** A message key of the area's `errors` catalogue, with its values. */
export interface FieldError {
  key:
    | "required"
    | "tooShort"
    | "tooLong"
    | "chooseAtLeast"
    | "chooseAtMost"
    | "missingTitle"
    | "missingDescription"
    | "oneLanguage"
    | "duplicate"
    | "invalidDate"
    | DeadlineProblem
    | "unknownCodes"
    | "unsafeCharacters"
    | "invalid";
  values?: Record<string, number | string>;
}

/** Field path ("title.bg", "deadline", "requiredCapabilities") → its first error. */
export type FieldErrors = Partial<Record<string, FieldError>>;

const noTexts = () => Object.fromEntries(contentLanguages.map((lang) => [lang, { title: "", description: "" }])) as DraftFormState["texts"];

export function emptyDraftForm(defaultDeadline: string): DraftFormState {
  return {
    type: "",
    texts: noTexts(),
    requiredCapabilities: [],
    targetCountries: [],
    certificationsRequired: [],
    cooperationTypes: [],
    anonymous: false,
    deadline: defaultDeadline,
  };
}

/** The form from a draft as the API takes it (also what someone else saved meanwhile). */
export function formFromDraft(d: OpportunityDraft): DraftFormState {
  const texts = noTexts();
  for (const lang of contentLanguages) texts[lang] = { title: d.title[lang] ?? "", description: d.description[lang] ?? "" };
  return {
    type: d.type,
    texts,
    requiredCapabilities: [...d.requiredCapabilities],
    targetCountries: [...d.targetCountries],
    certificationsRequired: [...d.certificationsRequired],
    cooperationTypes: [...d.cooperationTypes],
    anonymous: d.anonymous,
    deadline: d.deadline,
  };
}

export function formFromOpportunity(o: OwnOpportunityDetail): DraftFormState {
  return formFromDraft({
    ...o,
    requiredCapabilities: o.requiredCapabilities.map((c) => c.code),
    certificationsRequired: o.certificationsRequired.map((c) => c.code),
  });
}

/** The draft's fields (as the API names them), in form order: for naming what someone else changed. */
export const draftFields = [
  "type", "title", "description", "requiredCapabilities", "targetCountries", "certificationsRequired", "cooperationTypes", "anonymous", "deadline",
] as const;
export type DraftField = (typeof draftFields)[number];

/** The form with `fields` (API names) taken from `other`, the rest as the user left it. */
export function takeDraftFields(state: DraftFormState, other: DraftFormState, fields: readonly string[]): DraftFormState {
  const next: DraftFormState = { ...state, texts: { ...state.texts } };
  for (const field of fields) {
    if (field === "title" || field === "description") {
      for (const lang of contentLanguages) next.texts[lang] = { ...next.texts[lang], [field]: other.texts[lang][field] };
    } else if (field in other && field !== "texts") {
      Object.assign(next, { [field]: other[field as keyof DraftFormState] });
    }
  }
  return next;
}

/** The draft as the API takes it: a language is sent when either of its texts is filled in. */
export function draftFromForm(state: DraftFormState): unknown {
  const title: Record<string, string> = {};
  const description: Record<string, string> = {};
  for (const lang of contentLanguages) {
    const t = state.texts[lang].title.trim();
    const d = state.texts[lang].description.trim();
    // A blank half is left out, so the schema reports it as missing in that language.
    if (t) title[lang] = t;
    if (d) description[lang] = d;
  }
  return {
    type: state.type || undefined,
    title,
    description,
    requiredCapabilities: state.requiredCapabilities,
    targetCountries: state.targetCountries,
    certificationsRequired: state.certificationsRequired,
    cooperationTypes: state.cooperationTypes,
    anonymous: state.anonymous,
    deadline: state.deadline,
  };
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

function errorFor(issue: Issue): FieldError {
  const field = String(issue.path[0] ?? "");
  const list = issue.origin === "array" || issue.origin === "set";
  switch (issue.code) {
    case "too_small":
      if (list) return { key: "chooseAtLeast", values: { n: Number(issue.minimum) } };
      return { key: "tooShort", values: { n: Number(issue.minimum) } };
    case "too_big":
      if (list) return { key: "chooseAtMost", values: { n: Number(issue.maximum) } };
      return { key: "tooLong", values: { n: Number(issue.maximum) } };
    case "invalid_format":
      return { key: "invalidDate" };
    case "invalid_type":
    case "invalid_value":
      return { key: "required" };
    case "custom":
      if (issue.message === "missing_language") return { key: field === "title" ? "missingTitle" : "missingDescription" };
      if (issue.message === "listed twice") return { key: "duplicate" };
      if (issue.message === unsafeTextMessage) return { key: "unsafeCharacters" };
      if (issue.message.startsWith("at least one language")) return { key: "oneLanguage" };
      return { key: "invalid" };
    default:
      return { key: "invalid" };
  }
}

/** Turns schema issues into one message per field, keyed by its path. */
export function fieldErrorsOf(issues: readonly Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    errors[path] ??= errorFor(issue);
  }
  return errors;
}

/**
 * Checks the form with the shared schema; for a submission also the deadline rule (after today,
 * at most a year ahead) that the server applies.
 */
export function validateDraftForm(state: DraftFormState, options: { forSubmit: boolean; now: Date }): { draft: OpportunityDraft | null; errors: FieldErrors } {
  const parsed = opportunityDraftSchema.safeParse(draftFromForm(state));
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues as Issue[]);
  if (options.forSubmit && !errors.deadline && parsed.success) {
    const problem = deadlineProblem(parsed.data.deadline, options.now);
    if (problem) errors.deadline = { key: problem };
  }
  const ok = Object.keys(errors).length === 0;
  return { draft: ok && parsed.success ? parsed.data : null, errors };
}

/** Languages whose tab should show a problem. */
export function languagesWithErrors(errors: FieldErrors): ContentLanguage[] {
  return contentLanguages.filter((lang) => errors[`title.${lang}`] || errors[`description.${lang}`]);
}

/** Languages with any text, for the tab markers. */
export function filledLanguages(state: DraftFormState): ContentLanguage[] {
  return contentLanguages.filter((lang) => state.texts[lang].title.trim() || state.texts[lang].description.trim());
}

/** Field errors the server reported in an error's details (the checks it alone can make). */
export function fieldErrorsFromDetails(details: unknown): FieldErrors {
  if (typeof details !== "object" || details === null) return {};
  const d = details as { field?: unknown; problem?: unknown; codes?: unknown };
  if (d.field === "deadline" && (d.problem === "deadline_past" || d.problem === "deadline_too_far")) return { deadline: { key: d.problem } };
  if ((d.field === "requiredCapabilities" || d.field === "certificationsRequired") && Array.isArray(d.codes)) {
    return { [d.field]: { key: "unknownCodes", values: { codes: d.codes.join(", ") } } };
  }
  return {};
}

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Whether a capability matches what was typed: every word in its label or code, ignoring case and accents. */
export function matchesCapability(option: { code: string; label: string }, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const haystack = `${fold(option.label)} ${fold(option.code.replace(/[._]/g, " "))}`;
  return words.every((w) => haystack.includes(w));
}
