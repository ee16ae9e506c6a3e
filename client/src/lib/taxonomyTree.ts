import type { TaxonomyTerm } from "@cluster-match/shared";
import type { UiLocale } from "@cluster-match/shared/i18n";
import { sortByLabel } from "./format.ts";

export interface CapabilityOption {
  code: string;
  label: string;
  depth: number;
}

export interface CapabilityGroup {
  code: string;
  label: string;
  /** The group itself first (it stands for the whole group), then its terms depth-first. */
  options: CapabilityOption[];
}

/** Arranges the flat taxonomy as groups of options, each term after its parent, siblings by label. */
export function capabilityGroups(terms: readonly TaxonomyTerm[], locale: UiLocale): CapabilityGroup[] {
  const children = new Map<string, TaxonomyTerm[]>();
  for (const term of terms) {
    if (term.parentCode === null) continue;
    const siblings = children.get(term.parentCode) ?? [];
    siblings.push(term);
    children.set(term.parentCode, siblings);
  }

  const walk = (parentCode: string, depth: number): CapabilityOption[] =>
    sortByLabel(children.get(parentCode) ?? [], (term) => term.label, locale).flatMap((term) => [
      { code: term.code, label: term.label, depth },
      ...walk(term.code, depth + 1),
    ]);

  return terms
    .filter((term) => term.isGroup)
    .map((group) => ({
      code: group.code,
      label: group.label,
      options: [{ code: group.code, label: group.label, depth: 0 }, ...walk(group.code, 1)],
    }));
}
