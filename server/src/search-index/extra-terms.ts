/**
 * Names of capabilities, materials and certifications beyond the taxonomy's own labels and
 * synonyms: the trade vocabulary shipped with the engine (query/trade-terms.ts) and the terms
 * admins add in use. They are merged into the rows the lexicon and the engines' synonyms read.
 */
export type ExtraTermKind = "capability" | "material" | "certification";

export interface ExtraTerm {
  kind: ExtraTermKind;
  code: string;
  locale: string;
  phrase: string;
}

interface NamedRow {
  code: string;
  synonyms: unknown;
}

function withSynonyms<R extends NamedRow>(rows: R[], kind: ExtraTermKind, extra: ExtraTerm[]): R[] {
  const byCode = new Map<string, ExtraTerm[]>();
  for (const term of extra) if (term.kind === kind) byCode.set(term.code, [...(byCode.get(term.code) ?? []), term]);
  return rows.map((row) => {
    const added = byCode.get(row.code);
    if (!added) return row;
    const synonyms = { ...((row.synonyms ?? {}) as Record<string, string[]>) };
    for (const term of added) {
      const list = synonyms[term.locale] ?? [];
      if (!list.includes(term.phrase)) synonyms[term.locale] = [...list, term.phrase];
    }
    return { ...row, synonyms };
  });
}

/** The vocabulary rows with the extra terms added as synonyms (certifications: as aliases). */
export function mergeExtraTerms<
  T extends NamedRow,
  M extends NamedRow,
  C extends { code: string; name: string; aliases?: string[] },
>(rows: { terms: T[]; materials: M[]; certifications: C[] }, extra: ExtraTerm[]) {
  return {
    terms: withSynonyms(rows.terms, "capability", extra),
    materials: withSynonyms(rows.materials, "material", extra),
    certifications: rows.certifications.map((c) => ({
      ...c,
      aliases: [...(c.aliases ?? []), ...extra.filter((e) => e.kind === "certification" && e.code === c.code).map((e) => e.phrase)],
    })),
  };
}
