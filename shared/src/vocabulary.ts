import { pickLocalized, type LocalizedText } from "./i18n.ts";
import type { LabelledCode } from "./schemas/common.ts";

export interface TaxonomyRecords {
  terms: { code: string; group: string; parentCode: string | null; isGroup: boolean; labels: unknown }[];
  materials: { code: string; labels: unknown }[];
  certifications: { code: string; name: string; description: string }[];
}

/**
 * The taxonomy, materials and certifications resolved for one locale: code → label lookups
 * and the capability tree (for "capability X includes its descendants").
 */
export class Vocabulary {
  private readonly capabilityLabels = new Map<string, string>();
  private readonly materialLabels = new Map<string, string>();
  private readonly certificationNames = new Map<string, string>();
  private readonly children = new Map<string, string[]>();

  constructor(
    readonly locale: string,
    readonly records: TaxonomyRecords,
  ) {
    const { terms, materials, certifications } = records;
    for (const term of terms) {
      this.capabilityLabels.set(term.code, labelOf(term.labels, locale, term.code));
      if (term.parentCode) {
        const siblings = this.children.get(term.parentCode) ?? [];
        siblings.push(term.code);
        this.children.set(term.parentCode, siblings);
      }
    }
    for (const m of materials) this.materialLabels.set(m.code, labelOf(m.labels, locale, m.code));
    for (const c of certifications) this.certificationNames.set(c.code, c.name);
  }

  capability(code: string): LabelledCode {
    return { code, label: this.capabilityLabels.get(code) ?? code };
  }

  material(code: string): LabelledCode {
    return { code, label: this.materialLabels.get(code) ?? code };
  }

  certification(code: string): LabelledCode {
    return { code, label: this.certificationNames.get(code) ?? code };
  }

  /** The code itself and every term below it in the tree. */
  withDescendants(code: string): string[] {
    const result: string[] = [];
    const stack = [code];
    while (stack.length > 0) {
      const current = stack.pop()!;
      result.push(current);
      stack.push(...(this.children.get(current) ?? []));
    }
    return result;
  }
}

function labelOf(labels: unknown, locale: string, fallback: string): string {
  return pickLocalized(labels as LocalizedText, locale)?.text ?? fallback;
}
