import { Vocabulary, type localeInputSchema, type TaxonomyOutput, type TaxonomyPickerOutput } from "@cluster-match/shared";
import type { z } from "zod";
import type { ServiceContext } from "../context.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { findAllCertifications, findAllMaterials, findAllTerms } from "./taxonomy.repository.ts";

/** Every capability term, material and certification. The taxonomy is small (≈100 rows), so no cache yet. */
async function loadVocabularyRows(prisma: PrismaClient) {
  const [terms, materials, certifications] = await Promise.all([
    findAllTerms(prisma),
    findAllMaterials(prisma),
    findAllCertifications(prisma),
  ]);
  return { terms, materials, certifications };
}

/** Loads the vocabulary for a locale (any UI language, or one a stored record names). */
export async function loadVocabulary(ctx: Pick<ServiceContext, "prisma">, input: { locale: string }): Promise<Vocabulary> {
  return new Vocabulary(input.locale, await loadVocabularyRows(ctx.prisma));
}

/** Where a capability term stands in the tree. */
const treePlaceOf = (t: { code: string; group: string; parentCode: string | null; isGroup: boolean }) => ({
  code: t.code,
  group: t.group,
  parentCode: t.parentCode,
  isGroup: t.isGroup,
});

export async function getTaxonomy(ctx: Pick<ServiceContext, "prisma">, input: z.infer<typeof localeInputSchema>): Promise<TaxonomyOutput> {
  const vocabulary = await loadVocabulary(ctx, input);
  const { terms, materials, certifications } = vocabulary.records;
  return {
    capabilities: terms.map((t) => ({ ...treePlaceOf(t), label: vocabulary.capability(t.code).label })),
    certifications,
    materials: materials.map((m) => vocabulary.material(m.code)),
  };
}

type Labels = TaxonomyPickerOutput["capabilities"][number]["labels"];
type Synonyms = TaxonomyPickerOutput["capabilities"][number]["synonyms"];

/**
 * The vocabularies with the labels and synonyms of every language, so a picker finds
 * "Fräsen", "фрезоване" and "milling" alike, whatever the interface language.
 */
export async function getTaxonomyPicker(ctx: Pick<ServiceContext, "prisma">): Promise<TaxonomyPickerOutput> {
  const { terms, materials, certifications } = await loadVocabularyRows(ctx.prisma);
  return {
    capabilities: terms.map((t) => ({
      ...treePlaceOf(t),
      labels: t.labels as Labels,
      synonyms: (t.synonyms ?? {}) as Synonyms,
    })),
    materials: materials.map((m) => ({ code: m.code, labels: m.labels as Labels, synonyms: (m.synonyms ?? {}) as Synonyms })),
    certifications: certifications.map((c) => ({ code: c.code, name: c.name })),
  };
}
