import {
  certificationImportSchema,
  materialImportSchema,
  slugify,
  taxonomyTermImportSchema,
  clusterImportSchema,
  type CertificationImport,
  type ClusterImport,
  type MaterialImport,
  type TaxonomyTermImport,
} from "@cluster-match/shared";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { enqueueOutbox } from "../outbox/outbox.repository.ts";
import type { EntityImporter } from "./import-runner.ts";
import {
  loadCertificationRows,
  loadClusterRows,
  loadMaterialRows,
  loadTermRows,
  upsertCertification,
  upsertCluster,
  upsertMaterial,
  upsertTerm,
  type TermData,
} from "./import.repository.ts";

/** Codes known so far (stored before, or imported earlier in this run). */
export interface KnownCodes {
  capabilities: Set<string>;
  materials: Set<string>;
  certifications: Set<string>;
  /** Cluster external id → database id. */
  clusters: Map<string, string>;
}

/**
 * Stores a vocabulary record together with the outbox row that tells a running server's search to
 * reload its lexicon and the engine's synonyms, so an import is understood without a restart.
 */
function withVocabularyEvent(prisma: PrismaClient, what: string, write: (tx: Prisma.TransactionClient) => Promise<void>): Promise<void> {
  return prisma.$transaction(async (tx) => {
    await write(tx);
    await enqueueOutbox(tx, "vocabulary", what);
  });
}

/** Records in file order get ascending sort orders, so the file decides display order. */
function sortOrderCounter() {
  let next = 0;
  return () => next++;
}

export function taxonomyImporter(prisma: PrismaClient, known: KnownCodes): EntityImporter<TaxonomyTermImport, Omit<TermData, "code">> {
  const order = sortOrderCounter();
  return {
    entity: "taxonomy",
    schema: taxonomyTermImportSchema,
    key: (r) => r.code,
    loadExisting: async () =>
      new Map((await loadTermRows(prisma)).map(({ code, ...state }) => [code, state as Omit<TermData, "code">])),
    check: (r) => {
      if (r.parent && !known.capabilities.has(r.parent)) return `parent ${r.parent} is not defined before this term`;
      if (r.parent === r.code) return "a term cannot be its own parent";
      return null;
    },
    toState: (r) => ({
      group: r.group,
      parentCode: r.parent,
      isGroup: r.parent === null,
      labels: r.labels,
      synonyms: r.synonyms,
      sortOrder: order(),
    }),
    create: (r, state) => withVocabularyEvent(prisma, `capability:${r.code}`, (tx) => upsertTerm(tx, { code: r.code, ...state })),
    update: (r, state) => withVocabularyEvent(prisma, `capability:${r.code}`, (tx) => upsertTerm(tx, { code: r.code, ...state })),
    remember: (r) => known.capabilities.add(r.code),
  };
}

type MaterialState = { labels: object; synonyms: object; sortOrder: number };

export function materialImporter(prisma: PrismaClient, known: KnownCodes): EntityImporter<MaterialImport, MaterialState> {
  const order = sortOrderCounter();
  return {
    entity: "materials",
    schema: materialImportSchema,
    key: (r) => r.code,
    loadExisting: async () => new Map((await loadMaterialRows(prisma)).map(({ code, ...s }) => [code, s as MaterialState])),
    check: () => null,
    toState: (r) => ({ labels: r.labels, synonyms: r.synonyms, sortOrder: order() }),
    create: (r, s) => withVocabularyEvent(prisma, `material:${r.code}`, (tx) => upsertMaterial(tx, { code: r.code, ...s })),
    update: (r, s) => withVocabularyEvent(prisma, `material:${r.code}`, (tx) => upsertMaterial(tx, { code: r.code, ...s })),
    remember: (r) => known.materials.add(r.code),
  };
}

type CertificationState = { name: string; description: string; sortOrder: number };

export function certificationImporter(
  prisma: PrismaClient,
  known: KnownCodes,
): EntityImporter<CertificationImport, CertificationState> {
  const order = sortOrderCounter();
  return {
    entity: "certifications",
    schema: certificationImportSchema,
    key: (r) => r.code,
    loadExisting: async () => new Map((await loadCertificationRows(prisma)).map(({ code, ...s }) => [code, s])),
    check: () => null,
    toState: (r) => ({ name: r.name, description: r.description, sortOrder: order() }),
    create: (r, s) => withVocabularyEvent(prisma, `certification:${r.code}`, (tx) => upsertCertification(tx, { code: r.code, ...s })),
    update: (r, s) => withVocabularyEvent(prisma, `certification:${r.code}`, (tx) => upsertCertification(tx, { code: r.code, ...s })),
    remember: (r) => known.certifications.add(r.code),
  };
}

interface ClusterState {
  nameLocal: string;
  nameEn: string;
  country: string;
  city: string;
  cityLatin: string;
  website: string | null;
  managedByLocal: string;
  managedByEn: string;
}

export function clusterImporter(prisma: PrismaClient, known: KnownCodes): EntityImporter<ClusterImport, ClusterState> {
  const store = async (r: ClusterImport, state: ClusterState) => {
    const id = await upsertCluster(prisma, r.externalId, { ...state, slug: slugify(`${r.name.en} ${r.country}`) });
    known.clusters.set(r.externalId, id);
  };
  return {
    entity: "clusters",
    schema: clusterImportSchema,
    key: (r) => r.externalId,
    loadExisting: async () =>
      new Map((await loadClusterRows(prisma)).map(({ id: _id, slug: _slug, externalId, ...state }) => [externalId!, state])),
    check: () => null,
    toState: (r) => ({
      nameLocal: r.name.local,
      nameEn: r.name.en,
      country: r.country,
      city: r.city,
      cityLatin: r.cityLatin,
      website: r.website ?? null,
      managedByLocal: r.managedBy.local,
      managedByEn: r.managedBy.en,
    }),
    create: store,
    update: store,
  };
}
