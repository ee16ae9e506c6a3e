import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { companyProfileSelect } from "../db/company-select.ts";
import {
  insertCompanyVocabulary,
  replaceCompanyVocabulary,
  undatedCertifications,
  type CompanyVocabulary,
} from "../companies/company-vocabulary.repository.ts";
import {
  insertOpportunityRequirements,
  replaceOpportunityRequirements,
  type OpportunityRequirements,
} from "../opportunities/opportunity-requirements.repository.ts";
import { enqueueOutbox } from "../outbox/outbox.repository.ts";

type Json = Prisma.InputJsonValue;

// ---- vocabulary: taxonomy, materials, certifications -------------------------------------

/** The codes records may refer to: vocabulary entries, and clusters by their external id. */
const codeSelect = { code: true } as const;
const clusterKeySelect = { id: true, externalId: true } as const satisfies Prisma.ClusterSelect;

export async function findKnownCodeRows(prisma: PrismaClient) {
  const [terms, materials, certifications, clusters] = await Promise.all([
    prisma.capabilityTerm.findMany({ select: codeSelect }),
    prisma.material.findMany({ select: codeSelect }),
    prisma.certification.findMany({ select: codeSelect }),
    prisma.cluster.findMany({ where: { externalId: { not: null } }, select: clusterKeySelect }),
  ]);
  return { terms, materials, certifications, clusters };
}

export async function loadTermRows(prisma: PrismaClient) {
  return prisma.capabilityTerm.findMany({
    select: { code: true, group: true, parentCode: true, isGroup: true, labels: true, synonyms: true, sortOrder: true },
  });
}

export interface TermData {
  code: string;
  group: string;
  parentCode: string | null;
  isGroup: boolean;
  labels: Json;
  synonyms: Json;
  sortOrder: number;
}

export async function upsertTerm(prisma: PrismaClient | Prisma.TransactionClient, data: TermData): Promise<void> {
  await prisma.capabilityTerm.upsert({ where: { code: data.code }, create: data, update: data, select: { code: true } });
}

export async function loadMaterialRows(prisma: PrismaClient) {
  return prisma.material.findMany({ select: { code: true, labels: true, synonyms: true, sortOrder: true } });
}

export async function upsertMaterial(
  prisma: PrismaClient | Prisma.TransactionClient,
  data: { code: string; labels: Json; synonyms: Json; sortOrder: number },
): Promise<void> {
  await prisma.material.upsert({ where: { code: data.code }, create: data, update: data, select: { code: true } });
}

export async function loadCertificationRows(prisma: PrismaClient) {
  return prisma.certification.findMany({ select: { code: true, name: true, description: true, sortOrder: true } });
}

export async function upsertCertification(
  prisma: PrismaClient | Prisma.TransactionClient,
  data: { code: string; name: string; description: string; sortOrder: number },
): Promise<void> {
  await prisma.certification.upsert({ where: { code: data.code }, create: data, update: data, select: { code: true } });
}

// ---- clusters ------------------------------------------------------------------------------

const clusterImportSelect = {
  id: true,
  externalId: true,
  slug: true,
  nameLocal: true,
  nameEn: true,
  country: true,
  city: true,
  cityLatin: true,
  website: true,
  managedByLocal: true,
  managedByEn: true,
} as const satisfies Prisma.ClusterSelect;

export type ClusterData = Omit<Prisma.ClusterCreateInput, "id">;

export async function loadClusterRows(prisma: PrismaClient) {
  return prisma.cluster.findMany({ where: { externalId: { not: null } }, select: clusterImportSelect });
}

export async function upsertCluster(prisma: PrismaClient, externalId: string, data: ClusterData): Promise<string> {
  // The slug is kept once given: links to the cluster page must not break.
  const { slug: _slug, ...changes } = data;
  const row = await prisma.cluster.upsert({
    where: { externalId },
    create: { ...data, externalId },
    update: changes,
    select: { id: true },
  });
  return row.id;
}

// ---- companies -----------------------------------------------------------------------------

const companyImportSelect = {
  id: true,
  externalId: true,
  slug: true,
  ...companyProfileSelect,
  registryId: true,
  country: true,
  // Imports carry the website but no e-mail or phone: those stay out of the comparison.
  website: true,
  size: true,
  verified: true,
  capabilities: { select: { capabilityCode: true }, orderBy: { position: "asc" } },
  certifications: { select: { certificationCode: true } },
  materials: { select: { materialCode: true } },
  clusters: { select: { cluster: { select: { externalId: true } } } },
} as const satisfies Prisma.CompanySelect;

export type CompanyImportRow = Prisma.CompanyGetPayload<{ select: typeof companyImportSelect }>;

export async function loadCompanyRows(prisma: PrismaClient): Promise<CompanyImportRow[]> {
  return prisma.company.findMany({ where: { externalId: { not: null } }, select: companyImportSelect });
}

/** Registry id → external id of every company, for the uniqueness check. */
export async function loadRegistryIds(prisma: PrismaClient): Promise<Map<string, string | null>> {
  const rows = await prisma.company.findMany({ select: { registryId: true, externalId: true } });
  return new Map(rows.map((r) => [r.registryId, r.externalId]));
}

export async function loadCompanySlugs(prisma: PrismaClient): Promise<Set<string>> {
  const rows = await prisma.company.findMany({ select: { slug: true } });
  return new Set(rows.map((r) => r.slug));
}

export interface CompanyRelations {
  capabilityCodes: string[];
  certificationCodes: string[];
  materialCodes: string[];
  clusterIds: string[];
}

export type CompanyScalars = Omit<
  Prisma.CompanyUncheckedCreateInput,
  "id" | "capabilities" | "certifications" | "materials" | "clusters" | "opportunities" | "memberships"
>;

function vocabularyOf(rel: CompanyRelations): CompanyVocabulary {
  return { capabilityCodes: rel.capabilityCodes, certifications: undatedCertifications(rel.certificationCodes), materialCodes: rel.materialCodes };
}

async function addClusters(tx: Prisma.TransactionClient, companyId: string, clusterIds: string[]) {
  await tx.companyCluster.createMany({ data: clusterIds.map((clusterId) => ({ companyId, clusterId })) });
}

export async function createCompany(prisma: PrismaClient, data: CompanyScalars, rel: CompanyRelations): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const { id } = await tx.company.create({ data, select: { id: true } });
    await insertCompanyVocabulary(tx, [{ companyId: id, ...vocabularyOf(rel) }]);
    await addClusters(tx, id, rel.clusterIds);
    await enqueueOutbox(tx, "company", id);
    return id;
  });
}

export async function updateCompany(
  prisma: PrismaClient,
  id: string,
  data: Omit<CompanyScalars, "slug" | "status">,
  rel: CompanyRelations,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.company.update({ where: { id }, data, select: { id: true } });
    await replaceCompanyVocabulary(tx, id, vocabularyOf(rel));
    await tx.companyCluster.deleteMany({ where: { companyId: id } });
    await addClusters(tx, id, rel.clusterIds);
    await enqueueOutbox(tx, "company", id);
  });
}

// ---- opportunities -------------------------------------------------------------------------

const opportunityImportSelect = {
  id: true,
  externalId: true,
  type: true,
  title: true,
  description: true,
  targetCountries: true,
  cooperationTypes: true,
  anonymous: true,
  deadline: true,
  company: { select: { externalId: true } },
  requiredCapabilities: { select: { capabilityCode: true }, orderBy: { position: "asc" } },
  certificationsRequired: { select: { certificationCode: true } },
} as const satisfies Prisma.OpportunitySelect;

export type OpportunityImportRow = Prisma.OpportunityGetPayload<{ select: typeof opportunityImportSelect }>;

export async function loadOpportunityRows(prisma: PrismaClient): Promise<OpportunityImportRow[]> {
  return prisma.opportunity.findMany({ where: { externalId: { not: null } }, select: opportunityImportSelect });
}

export type OpportunityScalars = Omit<
  Prisma.OpportunityUncheckedCreateInput,
  "id" | "requiredCapabilities" | "certificationsRequired"
>;

export async function createOpportunity(
  prisma: PrismaClient,
  data: OpportunityScalars,
  rel: OpportunityRequirements,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { id } = await tx.opportunity.create({ data, select: { id: true } });
    await insertOpportunityRequirements(tx, id, rel);
    await enqueueOutbox(tx, "opportunity", id);
  });
}

export async function updateOpportunity(
  prisma: PrismaClient,
  id: string,
  data: Omit<OpportunityScalars, "status" | "publishedAt">,
  rel: OpportunityRequirements,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.opportunity.update({ where: { id }, data, select: { id: true } });
    await replaceOpportunityRequirements(tx, id, rel);
    await enqueueOutbox(tx, "opportunity", id);
  });
}

// ---- first-start seed ----------------------------------------------------------------------

/** The JobRun row of the first-start demo import: claimed before it begins, finished after its last step. */
const seedRun = { job: "seed-on-empty", period: "first-start" } as const;

export async function findSeedRun(prisma: PrismaClient): Promise<{ startedAt: Date; finishedAt: Date | null } | null> {
  return prisma.jobRun.findUnique({ where: { job_period: seedRun }, select: { startedAt: true, finishedAt: true } });
}

/** Records that seeding begins; false when another instance claimed it first. */
export async function claimSeedRun(prisma: PrismaClient, startedAt: Date): Promise<boolean> {
  const { count } = await prisma.jobRun.createMany({ data: [{ ...seedRun, startedAt }], skipDuplicates: true });
  return count === 1;
}

export async function finishSeedRun(prisma: PrismaClient, finishedAt: Date, result: Json): Promise<void> {
  await prisma.jobRun.update({ where: { job_period: seedRun }, data: { finishedAt, result }, select: { job: true } });
}

export async function hasAnyCompany(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.company.findFirst({ select: { id: true } })) !== null;
}
