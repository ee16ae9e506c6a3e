import type { TaxonomyOutput } from "@cluster-match/shared";
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
