import {
  companyProfileDraftSchema,
  possibleDuplicateSchema,
  sizeFromEmployees,
  type CompanyProfile,
  type PossibleDuplicate,
  type Seek,
} from "@cluster-match/shared";
import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import type { CompanyProfileRow, ProfileRelations, ProfileScalars } from "./profile.repository.ts";

/** Public address of a stored logo (served by http/files.ts). */
export function logoUrlOf(logoKey: string | null | undefined): string | null {
  return logoKey ? `/files/${logoKey}` : null;
}

/**
 * Whether the public has seen the company. Imported companies are published without a
 * publishedAt, so the status counts too.
 */
export function wasPublished(row: { status: string; publishedAt: Date | null }): boolean {
  return row.publishedAt !== null || row.status === "PUBLISHED";
}

/** The company's standing (ids, status, badge, registry), as the editor and the admin's view both head it. */
export function companyStandingOf(row: CompanyProfileRow) {
  return {
    companyId: row.id,
    slug: row.slug,
    status: row.status,
    verified: row.verified,
    suspendedReason: row.suspendedReason,
    registryId: row.registryId,
    country: row.country,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** The company row's profile in the editor's shape (the published version, once published). */
export function profileFromRow(row: CompanyProfileRow): CompanyProfile {
  return {
    name: row.name,
    nameLatin: row.nameLatin,
    legalForm: row.legalForm,
    city: row.city,
    cityLatin: row.cityLatin,
    region: row.region,
    lat: row.lat,
    lng: row.lng,
    placeId: row.placeId,
    website: row.website,
    email: row.email,
    phone: row.phone,
    foundedYear: row.foundedYear,
    employees: row.employees,
    languages: row.languages,
    capabilities: row.capabilities.map((c) => c.capabilityCode),
    certifications: row.certifications.map((c) => ({ code: c.certificationCode, validUntil: isoDay(c.validUntil) })),
    materials: row.materials.map((m) => m.materialCode),
    machines: row.machines,
    naceCodes: row.naceCodes,
    exportMarkets: row.exportMarkets,
    description: (row.description ?? {}) as CompanyProfile["description"],
    seeks: (row.seeks ?? []) as Seek[],
    logoKey: row.logoKey,
  };
}

/** What writing a profile onto the company row means: its columns (size derived) and relation rows. */
export function profileToWrite(profile: CompanyProfile): { scalars: ProfileScalars; relations: ProfileRelations } {
  const { capabilities, certifications, materials, description, seeks, ...rest } = profile;
  return {
    scalars: {
      ...rest,
      size: sizeFromEmployees(profile.employees),
      description: description as Prisma.InputJsonValue,
      seeks: seeks as unknown as Prisma.InputJsonValue,
    },
    relations: {
      capabilityCodes: capabilities,
      certifications: certifications.map((c) => ({ code: c.code, validUntil: c.validUntil ? new Date(`${c.validUntil}T00:00:00Z`) : null })),
      materialCodes: materials,
    },
  };
}

/**
 * A revision's stored data: the profile, plus what registration noticed for the admin
 * (possible duplicates). No column exists for the latter, so it travels inside `data`.
 */
export interface RevisionData {
  profile: CompanyProfile;
  possibleDuplicates: PossibleDuplicate[];
}

const storedExtrasSchema = z.object({ possibleDuplicates: z.array(possibleDuplicateSchema).default([]) });

export function readRevisionData(json: unknown): RevisionData {
  const profile = companyProfileDraftSchema.parse(json);
  const extras = storedExtrasSchema.safeParse(json);
  return { profile, possibleDuplicates: extras.success ? extras.data.possibleDuplicates : [] };
}

export function revisionJson(data: RevisionData): Prisma.InputJsonValue {
  const json: Record<string, unknown> = { ...data.profile };
  if (data.possibleDuplicates.length > 0) json.possibleDuplicates = data.possibleDuplicates;
  return JSON.parse(JSON.stringify(json)) as Prisma.InputJsonValue;
}
