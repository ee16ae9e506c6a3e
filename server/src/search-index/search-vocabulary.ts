import { bgToLatin, type LocalizedText } from "@cluster-match/shared";

interface TermRow {
  code: string;
  parentCode: string | null;
  labels: unknown;
  synonyms: unknown;
}

function phrases(labels: unknown, synonyms: unknown): string[] {
  const all = [
    ...Object.values((labels ?? {}) as LocalizedText),
    ...Object.values((synonyms ?? {}) as Record<string, string[]>).flat(),
  ].filter((s): s is string => typeof s === "string");
  const bg = [(labels as LocalizedText)?.bg, ...(((synonyms as Record<string, string[]>)?.bg) ?? [])].filter(
    (s): s is string => typeof s === "string",
  );
  return [...new Set([...all, ...bg.map(bgToLatin)])];
}

/** The taxonomy as the index needs it: ancestors, and every way of naming each code. */
export class SearchVocabulary {
  private readonly parent = new Map<string, string | null>();
  private readonly termPhrases = new Map<string, string[]>();
  private readonly materialPhrases = new Map<string, string[]>();
  private readonly certificationNames = new Map<string, string>();

  constructor(input: {
    terms: TermRow[];
    materials: { code: string; labels: unknown; synonyms: unknown }[];
    certifications: { code: string; name: string }[];
  }) {
    for (const t of input.terms) {
      this.parent.set(t.code, t.parentCode);
      this.termPhrases.set(t.code, phrases(t.labels, t.synonyms));
    }
    for (const m of input.materials) this.materialPhrases.set(m.code, phrases(m.labels, m.synonyms));
    for (const c of input.certifications) this.certificationNames.set(c.code, c.name);
  }

  /** The codes and all their ancestors, so a filter on X also finds what lists a child of X. */
  withAncestors(codes: string[]): string[] {
    const result = new Set<string>();
    for (const code of codes) {
      for (let c: string | null | undefined = code; c; c = this.parent.get(c)) result.add(c);
    }
    return [...result];
  }

  capabilityTerms(codes: string[]): string[] {
    return codes.flatMap((c) => this.termPhrases.get(c) ?? []);
  }

  materialTerms(codes: string[]): string[] {
    return codes.flatMap((c) => this.materialPhrases.get(c) ?? []);
  }

  certificationName(code: string): string {
    return this.certificationNames.get(code) ?? code;
  }

  /** Synonym groups for the engines: each capability's and material's names in all languages. */
  synonymGroups(): string[][] {
    return [...this.termPhrases.values(), ...this.materialPhrases.values()].filter((g) => g.length > 1);
  }
}
