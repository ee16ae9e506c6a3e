import {
  companyImportSchema,
  normalizeRegistryId,
  sizeFromEmployees,
  slugify,
  type CompanyImport,
} from "@cluster-match/shared";
import type { CompanyProfileColumns } from "../db/company-select.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { companyRecordFields } from "./company-record.ts";
import type { EntityImporter } from "./import-runner.ts";
import {
  createCompany,
  loadCompanyRows,
  loadCompanySlugs,
  loadRegistryIds,
  updateCompany,
  type CompanyImportRow,
} from "./import.repository.ts";
import type { KnownCodes } from "./vocabulary.importers.ts";

/** Everything an import sets on a company, in canonical form (sorted where order is meaningless). */
function stateOf(c: Omit<CompanyProfileColumns, "description" | "seeks"> & {
  registryId: string;
  country: string;
  website: string | null;
  description: unknown;
  seeks: unknown;
  verified: boolean;
  capabilities: string[];
  certifications: string[];
  materials: string[];
  clusters: string[];
}) {
  return {
    ...c,
    size: sizeFromEmployees(c.employees),
    certifications: [...c.certifications].sort(),
    materials: [...c.materials].sort(),
    clusters: [...c.clusters].sort(),
  };
}
type CompanyState = ReturnType<typeof stateOf>;

function stateFromRow(row: CompanyImportRow): CompanyState {
  // Keys that the import does not set (ids, slug, derived size) stay out of the comparison.
  const { id: _id, externalId: _externalId, slug: _slug, size: _size, ...fields } = row;
  return stateOf({
    ...fields,
    capabilities: row.capabilities.map((c) => c.capabilityCode),
    certifications: row.certifications.map((c) => c.certificationCode),
    materials: row.materials.map((m) => m.materialCode),
    clusters: row.clusters.map((c) => c.cluster.externalId).filter((id): id is string => id !== null),
  });
}

function stateFromRecord(r: CompanyImport): CompanyState {
  return stateOf({
    ...companyRecordFields(r),
    registryId: normalizeRegistryId(r.registryId),
    verified: r.verified,
    clusters: r.clusterId ? [r.clusterId] : [],
  });
}

function firstUnknown(codes: string[], known: { has(code: string): boolean }): string | undefined {
  return codes.find((code) => !known.has(code));
}

export function companyImporter(
  prisma: PrismaClient,
  known: KnownCodes,
  companyIds: Map<string, string>,
  /** The import's now: new companies appear as published (and created) then. */
  now: Date,
): EntityImporter<CompanyImport, CompanyState> {
  let registryIds = new Map<string, string | null>();
  let slugs = new Set<string>();

  const uniqueSlug = (nameLatin: string): string => {
    const base = slugify(nameLatin) || "company";
    let slug = base;
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
    return slug;
  };

  const split = (state: CompanyState) => {
    const { capabilities, certifications, materials, clusters, seeks, description, ...scalars } = state;
    return {
      scalars: { ...scalars, seeks: seeks as object, description: description as object },
      relations: {
        capabilityCodes: capabilities,
        certificationCodes: certifications,
        materialCodes: materials,
        clusterIds: clusters.map((externalId) => known.clusters.get(externalId)!),
      },
    };
  };

  return {
    entity: "companies",
    schema: companyImportSchema,
    key: (r) => r.externalId,
    loadExisting: async () => {
      registryIds = await loadRegistryIds(prisma);
      slugs = await loadCompanySlugs(prisma);
      const rows = await loadCompanyRows(prisma);
      for (const row of rows) companyIds.set(row.externalId!, row.id);
      return new Map(rows.map((row) => [row.externalId!, stateFromRow(row)]));
    },
    check: (r) => {
      const capability = firstUnknown(r.capabilities, known.capabilities);
      if (capability) return `capabilities: unknown capability code ${capability}`;
      const certification = firstUnknown(r.certifications, known.certifications);
      if (certification) return `certifications: unknown certification code ${certification}`;
      const material = firstUnknown(r.materials, known.materials);
      if (material) return `materials: unknown material code ${material}`;
      if (r.clusterId && !known.clusters.has(r.clusterId)) return `clusterId: unknown cluster ${r.clusterId}`;
      const owner = registryIds.get(normalizeRegistryId(r.registryId));
      if (owner !== undefined && owner !== r.externalId) {
        return `registryId: ${r.registryId} is already registered to company ${owner ?? "(added by hand)"}`;
      }
      return null;
    },
    toState: stateFromRecord,
    create: async (r, state) => {
      const { scalars, relations } = split(state);
      const id = await createCompany(
        prisma,
        { ...scalars, externalId: r.externalId, slug: uniqueSlug(r.nameLatin), status: "PUBLISHED", publishedAt: now, createdAt: now },
        relations,
      );
      companyIds.set(r.externalId, id);
    },
    update: async (r, state) => {
      const { scalars, relations } = split(state);
      await updateCompany(prisma, companyIds.get(r.externalId)!, scalars, relations);
    },
    remember: (r, state) => registryIds.set(state.registryId, r.externalId),
  };
}
