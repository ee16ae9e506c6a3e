import { contentLanguages, profileFields, type CompanyProfile, type DiffEntry, type ProfileField } from "@cluster-match/shared";
import { diffWords } from "diff";
import { logoUrlOf } from "./profile-data.ts";

/** How codes read in the reviewer's language. */
export interface DiffLabels {
  capability(code: string): string;
  certification(code: string): string;
  material(code: string): string;
  country(code: string): string;
  language(code: string): string;
}

type ListItem = { key: string; code: string; label: string };
type Part = { text: string; change: "same" | "added" | "removed" };

const valueFields = [
  "name", "nameLatin", "legalForm", "city", "cityLatin", "region", "lat", "lng",
  "website", "email", "phone", "foundedYear", "employees",
] as const satisfies readonly ProfileField[];

const emptyProfile: CompanyProfile = {
  name: "", nameLatin: "", legalForm: "", city: "", cityLatin: "", region: null, lat: null, lng: null,
  website: null, email: null, phone: null, foundedYear: null, employees: null, languages: [], capabilities: [],
  certifications: [], materials: [], machines: [], naceCodes: [], exportMarkets: [], description: {}, seeks: [], logoKey: null,
};

const asText = (value: string | number | null) => (value === null || value === "" ? null : String(value));

function listEntry(field: ProfileField, before: ListItem[], after: ListItem[]): DiffEntry | null {
  const beforeKeys = new Set(before.map((i) => i.key));
  const afterKeys = new Set(after.map((i) => i.key));
  const strip = ({ code, label }: ListItem) => ({ code, label });
  const added = after.filter((i) => !beforeKeys.has(i.key)).map(strip);
  const removed = before.filter((i) => !afterKeys.has(i.key)).map(strip);
  const kept = after.filter((i) => beforeKeys.has(i.key)).map(strip);
  // Order matters for capabilities (the main ones first): same values in a new order is a change.
  const keptBefore = before.filter((i) => afterKeys.has(i.key)).map((i) => i.key);
  const keptAfter = after.filter((i) => beforeKeys.has(i.key)).map((i) => i.key);
  const reordered = field === "capabilities" && keptBefore.join("\n") !== keptAfter.join("\n");
  if (added.length === 0 && removed.length === 0 && !reordered) return null;
  return { kind: "list", field, added, removed, kept, reordered };
}

/** A word-level diff; very different long texts fall back to "all removed, all added". */
export function wordDiff(before: string, after: string): Part[] {
  const changes = diffWords(before, after, { maxEditLength: 1_000, timeout: 250 });
  if (!changes) return [...(before ? [{ text: before, change: "removed" as const }] : []), ...(after ? [{ text: after, change: "added" as const }] : [])];
  return changes.map((c) => ({ text: c.value, change: c.added ? "added" : c.removed ? "removed" : "same" }));
}

function listItems(profile: CompanyProfile, field: ProfileField, labels: DiffLabels): ListItem[] | null {
  const same = (code: string) => ({ key: code, code, label: code });
  switch (field) {
    case "languages":
      return profile.languages.map((c) => ({ key: c, code: c, label: labels.language(c) }));
    case "capabilities":
      return profile.capabilities.map((c) => ({ key: c, code: c, label: labels.capability(c) }));
    case "certifications":
      return profile.certifications.map((c) => ({
        // A new validity date is a change of the entry.
        key: `${c.code}@${c.validUntil ?? ""}`,
        code: c.code,
        label: c.validUntil ? `${labels.certification(c.code)} (${c.validUntil})` : labels.certification(c.code),
      }));
    case "materials":
      return profile.materials.map((c) => ({ key: c, code: c, label: labels.material(c) }));
    case "exportMarkets":
      return profile.exportMarkets.map((c) => ({ key: c, code: c, label: labels.country(c) }));
    case "machines":
      return profile.machines.map(same);
    case "naceCodes":
      return profile.naceCodes.map(same);
    default:
      return null;
  }
}

function seekItems(profile: CompanyProfile, labels: DiffLabels) {
  return profile.seeks.map((s) => ({
    key: JSON.stringify([s.type, s.capabilities, [...s.countries].sort()]),
    seek: { type: s.type, capabilities: s.capabilities.map((c) => labels.capability(c)), countries: s.countries.map((c) => labels.country(c)) },
  }));
}

/**
 * Field-by-field difference between the published profile (null: never published, so every
 * field is new) and a revision, with codes labelled for the reviewer.
 */
export function diffProfiles(published: CompanyProfile | null, revision: CompanyProfile, labels: DiffLabels): { changes: DiffEntry[]; unchangedFields: ProfileField[] } {
  const before = published ?? emptyProfile;
  const changes: DiffEntry[] = [];
  const changed = new Set<ProfileField>();
  const push = (entry: DiffEntry | null) => {
    if (!entry) return;
    changes.push(entry);
    changed.add(entry.field);
  };

  for (const field of valueFields) {
    const [a, b] = [asText(before[field]), asText(revision[field])];
    if (a !== b) push({ kind: "value", field, before: a, after: b });
  }
  for (const field of profileFields) {
    const [a, b] = [listItems(before, field, labels), listItems(revision, field, labels)];
    if (a && b) push(listEntry(field, a, b));
  }
  const languages = [...contentLanguages, ...Object.keys({ ...before.description, ...revision.description })];
  for (const lang of [...new Set(languages)]) {
    const a = (before.description as Record<string, string | undefined>)[lang] ?? null;
    const b = (revision.description as Record<string, string | undefined>)[lang] ?? null;
    if (a !== b) push({ kind: "text", field: "description", lang, before: a, after: b, parts: wordDiff(a ?? "", b ?? "") });
  }
  const [seeksBefore, seeksAfter] = [seekItems(before, labels), seekItems(revision, labels)];
  const seekKeysBefore = new Set(seeksBefore.map((s) => s.key));
  const seekKeysAfter = new Set(seeksAfter.map((s) => s.key));
  const addedSeeks = seeksAfter.filter((s) => !seekKeysBefore.has(s.key)).map((s) => s.seek);
  const removedSeeks = seeksBefore.filter((s) => !seekKeysAfter.has(s.key)).map((s) => s.seek);
  if (addedSeeks.length > 0 || removedSeeks.length > 0) push({ kind: "seeks", field: "seeks", added: addedSeeks, removed: removedSeeks });
  if (before.logoKey !== revision.logoKey) push({ kind: "logo", field: "logoKey", before: logoUrlOf(before.logoKey), after: logoUrlOf(revision.logoKey) });

  return { changes, unchangedFields: profileFields.filter((f) => !changed.has(f)) };
}
