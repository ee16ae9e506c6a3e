import { sizeFromEmployees, type BulkImportFormat } from "@cluster-match/shared";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { companyContactSelect, companyProfileSelect } from "../db/company-select.ts";
import {
  insertCompanyVocabulary,
  replaceCompanyVocabulary,
  undatedCertifications,
  type CompanyVocabulary,
} from "../companies/company-vocabulary.repository.ts";
import { enqueueOutbox } from "../outbox/outbox.repository.ts";
import { findCityLatinsInUse, findCompaniesInCities } from "../companies/registration.repository.ts";
import { cityKey } from "../companies/duplicate-names.ts";
import type { BulkContext, BulkFields, ExistingCompany, SimilarCandidate } from "./bulk-import.validate.ts";

type Db = Prisma.TransactionClient | PrismaClient;

const bulkCompanySelect = {
  id: true,
  externalId: true,
  status: true,
  ...companyProfileSelect,
  ...companyContactSelect,
  registryId: true,
  country: true,
  placeId: true,
  capabilities: { select: { capabilityCode: true }, orderBy: { position: "asc" } },
  certifications: { select: { certificationCode: true } },
  materials: { select: { materialCode: true } },
  clusters: { select: { clusterId: true } },
} as const satisfies Prisma.CompanySelect;
type BulkCompanyRow = Prisma.CompanyGetPayload<{ select: typeof bulkCompanySelect }>;

function existingOf(row: BulkCompanyRow, clusterId: string): ExistingCompany {
  return {
    id: row.id,
    externalId: row.externalId,
    status: row.status,
    inCluster: row.clusters.some((c) => c.clusterId === clusterId),
    fields: {
      name: row.name,
      nameLatin: row.nameLatin,
      legalForm: row.legalForm,
      registryId: row.registryId,
      country: row.country,
      region: row.region,
      city: row.city,
      cityLatin: row.cityLatin,
      website: row.website,
      email: row.email,
      phone: row.phone,
      foundedYear: row.foundedYear,
      employees: row.employees,
      languages: row.languages,
      machines: row.machines,
      naceCodes: row.naceCodes,
      exportMarkets: row.exportMarkets,
      description: (row.description ?? {}) as Record<string, string>,
      capabilities: row.capabilities.map((c) => c.capabilityCode),
      certifications: row.certifications.map((c) => c.certificationCode),
      materials: row.materials.map((m) => m.materialCode),
      lat: row.lat,
      lng: row.lng,
      placeId: row.placeId,
      seeks: (row.seeks ?? []) as unknown[],
    },
  };
}

/**
 * What validation must know of the database for one file: the vocabulary, the firms with the
 * file's registry ids (a Bulgarian EIK may be stored with or without its "BG" prefix) and the
 * owners of its external ids.
 */
export async function loadBulkContext(db: Db, clusterId: string, registryIds: string[], externalIds: string[], cities: string[] = []): Promise<BulkContext> {
  const variants = [...new Set(registryIds.flatMap((id) => (/^\d{9}$/.test(id) ? [id, `BG${id}`] : [id])))];
  const [terms, certifications, materials, companies, owners] = await Promise.all([
    db.capabilityTerm.findMany({ select: { code: true } }),
    db.certification.findMany({ select: { code: true } }),
    db.material.findMany({ select: { code: true } }),
    db.company.findMany({ where: { registryId: { in: variants } }, select: bulkCompanySelect }),
    db.company.findMany({ where: { externalId: { in: externalIds } }, select: { id: true, externalId: true } }),
  ]);
  const byRegistryId = new Map<string, ExistingCompany>();
  for (const row of companies) {
    const existing = existingOf(row, clusterId);
    byRegistryId.set(row.registryId.replace(/^BG(?=\d{9}$)/, ""), existing);
  }
  return {
    known: {
      capabilities: new Set(terms.map((t) => t.code)),
      certifications: new Set(certifications.map((c) => c.code)),
      materials: new Set(materials.map((m) => m.code)),
    },
    byRegistryId,
    externalIds: new Map(owners.map((o) => [o.externalId!, o.id])),
    firmsByCity: await loadFirmsByCity(db, cities),
  };
}

/** The firms (not archived) in these cities, in any spelling of the city, by folded Latin city. */
async function loadFirmsByCity(db: Db, cities: string[]): Promise<Map<string, SimilarCandidate[]>> {
  const keys = new Set(cities.map(cityKey));
  const spellings = (await findCityLatinsInUse(db)).filter((city) => keys.has(cityKey(city)));
  const byCity = new Map<string, SimilarCandidate[]>();
  for (const firm of await findCompaniesInCities(db, spellings)) {
    const key = cityKey(firm.cityLatin);
    byCity.set(key, [...(byCity.get(key) ?? []), firm]);
  }
  return byCity;
}

export async function loadCompanySlugsStartingWith(db: Db, prefixes: string[]): Promise<Set<string>> {
  if (prefixes.length === 0) return new Set();
  const rows = await db.company.findMany({ where: { OR: prefixes.map((p) => ({ slug: { startsWith: p } })) }, select: { slug: true } });
  return new Set(rows.map((r) => r.slug));
}

/** The firm's columns as the file gives them (its vocabulary goes into rows of its own). */
function scalarsOf(format: BulkImportFormat, f: BulkFields) {
  const { capabilities: _capabilities, certifications: _certifications, materials: _materials, lat, lng, placeId, seeks, ...columns } = f;
  return {
    ...columns,
    size: sizeFromEmployees(f.employees),
    // The position follows the city (validation placed the row); seeks, which CSV does not carry, stay on an update.
    lat,
    lng,
    placeId: placeId ?? null,
    ...(format === "JSON" ? { seeks: seeks as Prisma.InputJsonValue } : {}),
  };
}

/** The firm's vocabulary rows as the file gives them. */
function vocabularyOf(f: BulkFields): CompanyVocabulary {
  return { capabilityCodes: f.capabilities, certifications: undatedCertifications(f.certifications), materialCodes: f.materials };
}

/** Creates published firms in the cluster, with their relations and search outbox rows. Returns registry id → new id. */
export async function insertImportedCompanies(
  tx: Prisma.TransactionClient,
  format: BulkImportFormat,
  clusterId: string,
  items: { fields: BulkFields; externalId: string; slug: string }[],
  now: Date,
): Promise<Map<string, string>> {
  if (items.length === 0) return new Map();
  const created = await tx.company.createManyAndReturn({
    data: items.map(({ fields, externalId, slug }) => ({
      ...scalarsOf(format, fields),
      lat: fields.lat,
      lng: fields.lng,
      seeks: fields.seeks as Prisma.InputJsonValue,
      externalId,
      slug,
      // The cluster's manager curates the members they import.
      status: "PUBLISHED" as const,
      publishedAt: now,
    })),
    select: { id: true, registryId: true },
  });
  const ids = new Map(created.map((c) => [c.registryId, c.id]));
  await insertCompanyVocabulary(
    tx,
    items.map(({ fields }) => ({ companyId: ids.get(fields.registryId)!, ...vocabularyOf(fields) })),
  );
  await tx.companyCluster.createMany({ data: created.map((c) => ({ companyId: c.id, clusterId })) });
  for (const c of created) await enqueueOutbox(tx, "company", c.id);
  return ids;
}

/** Replaces what the file carries of a firm of the cluster; its status, badge and other clusters stay. */
export async function updateImportedCompany(
  tx: Prisma.TransactionClient,
  format: BulkImportFormat,
  id: string,
  fields: BulkFields,
  externalId: string | null,
): Promise<void> {
  await tx.company.update({
    where: { id },
    data: { ...scalarsOf(format, fields), ...(externalId ? { externalId } : {}) },
    select: { id: true },
  });
  await replaceCompanyVocabulary(tx, id, vocabularyOf(fields));
  await enqueueOutbox(tx, "company", id);
}

export interface ImportBatchData {
  clusterId: string;
  userId: string;
  fileName: string;
  format: BulkImportFormat;
  dryRun: boolean;
  committed: boolean;
  rowCount: number;
  createdCount: number;
  updatedCount: number;
  errorCount: number;
  report: unknown;
}

export async function createImportBatch(db: Db, data: ImportBatchData): Promise<string> {
  const row = await db.importBatch.create({
    data: { ...data, report: JSON.parse(JSON.stringify(data.report)) as Prisma.InputJsonValue },
    select: { id: true },
  });
  return row.id;
}

const importBatchSelect = {
  id: true,
  fileName: true,
  format: true,
  dryRun: true,
  committed: true,
  rowCount: true,
  createdCount: true,
  updatedCount: true,
  errorCount: true,
  createdAt: true,
  user: { select: { name: true } },
} as const satisfies Prisma.ImportBatchSelect;

export async function findImportBatches(db: Db, clusterId: string, take: number) {
  return db.importBatch.findMany({ where: { clusterId }, select: importBatchSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take });
}

export async function findClusterNames(db: Db, clusterId: string) {
  return db.cluster.findUnique({ where: { id: clusterId }, select: { nameEn: true } });
}

/** A unique index refused a write (e.g. two commits of the same file at once). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
