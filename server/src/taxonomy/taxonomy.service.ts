import type { TaxonomyOutput, TaxonomyPickerOutput } from "@cluster-match/shared";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { findAllCertifications, findAllMaterials, findAllTerms } from "./taxonomy.repository.ts";
import { Vocabulary } from "./vocabulary.ts";

/** Loads the vocabulary for a locale. The taxonomy is small (≈100 rows), so no cache yet. */
export async function loadVocabulary(prisma: PrismaClient, locale: string): Promise<Vocabulary> {
  const [terms, materials, certifications] = await Promise.all([
    findAllTerms(prisma),
    findAllMaterials(prisma),
    findAllCertifications(prisma),
  ]);
  return new Vocabulary(locale, { terms, materials, certifications });
}

export async function getTaxonomy(prisma: PrismaClient, locale: string): Promise<TaxonomyOutput> {
  const vocabulary = await loadVocabulary(prisma, locale);
  const { terms, materials, certifications } = vocabulary.records;
  return {
    capabilities: terms.map((t) => ({
      code: t.code,
      group: t.group,
      parentCode: t.parentCode,
      isGroup: t.isGroup,
      label: vocabulary.capability(t.code).label,
    })),
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
export async function getTaxonomyPicker(prisma: PrismaClient): Promise<TaxonomyPickerOutput> {
  const [terms, materials, certifications] = await Promise.all([findAllTerms(prisma), findAllMaterials(prisma), findAllCertifications(prisma)]);
  return {
    capabilities: terms.map((t) => ({
      code: t.code,
      group: t.group,
      parentCode: t.parentCode,
      isGroup: t.isGroup,
      labels: t.labels as Labels,
      synonyms: (t.synonyms ?? {}) as Synonyms,
    })),
    materials: materials.map((m) => ({ code: m.code, labels: m.labels as Labels, synonyms: (m.synonyms ?? {}) as Synonyms })),
    certifications: certifications.map((c) => ({ code: c.code, name: c.name })),
  };
}
