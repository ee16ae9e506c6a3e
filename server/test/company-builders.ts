import { randomBytes, randomInt } from "node:crypto";
import type { CompanyProfile } from "@cluster-match/shared";
import { profileFromRow, revisionJson } from "../src/companies/profile-data.ts";
import { companyEditorSelect } from "../src/companies/profile.repository.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import { clockFor } from "./test-clock.ts";

const unique = () => randomBytes(4).toString("hex");

/** A Bulgarian EIK with a correct check digit that no demo company has (they start with 1, 2 or 8). */
export function randomEik(): string {
  for (;;) {
    const d = [9, ...Array.from({ length: 7 }, () => randomInt(10))];
    let r = d.reduce((sum, v, i) => sum + v * (i + 1), 0) % 11;
    if (r === 10) {
      r = d.reduce((sum, v, i) => sum + v * (i + 3), 0) % 11;
      if (r === 10) r = 0;
    }
    return [...d, r].join("");
  }
}

/** A complete profile that may be published, using codes of the demo vocabulary. */
export function publishableProfile(overrides: Partial<CompanyProfile> = {}): CompanyProfile {
  return {
    name: "Тест Машини ООД",
    nameLatin: "Test Mashini OOD",
    legalForm: "ООД",
    city: "Русе",
    cityLatin: "Ruse",
    region: "BG32",
    lat: 43.8356,
    lng: 25.9657,
    website: "https://test-mashini.example",
    email: "office@test-mashini.example",
    phone: "+359 82 123 456",
    foundedYear: 2001,
    employees: 42,
    languages: ["bg", "en"],
    capabilities: ["MACH.CNC_MILLING", "JOIN.MIG_MAG"],
    certifications: [{ code: "ISO_9001", validUntil: "2028-06-30" }],
    materials: ["steel"],
    machines: ["DMG Mori DMU 50"],
    naceCodes: ["25.62"],
    exportMarkets: ["DE", "AT"],
    description: { bg: "Прецизна механична обработка на детайли.", en: "Precision machining of parts." },
    seeks: [{ type: "SUPPLY", capabilities: ["SURF.POWDER_COATING"], countries: ["BG"] }],
    logoKey: null,
    ...overrides,
  };
}

/** A company straight in the database (no revision), optionally in a cluster and with members. */
export async function buildCompany(
  prisma: PrismaClient,
  options: {
    status?: "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "SUSPENDED";
    name?: string;
    clusterId?: string;
    members?: { userId: string; role: "OWNER" | "EDITOR" }[];
  } = {},
): Promise<{ id: string; slug: string; registryId: string; name: string }> {
  const tag = unique();
  const name = options.name ?? `Проба ${tag} ООД`;
  const status = options.status ?? "PUBLISHED";
  const company = await prisma.company.create({
    data: {
      slug: `proba-${tag}`,
      name,
      nameLatin: `Proba ${tag} OOD`,
      legalForm: "ООД",
      registryId: randomEik(),
      country: "BG",
      city: "Русе",
      cityLatin: "Ruse",
      description: { bg: "Проба." },
      status,
      publishedAt: status === "PUBLISHED" || status === "SUSPENDED" ? clockFor(prisma).now() : null,
      capabilities: { create: [{ capabilityCode: "MACH.CNC_MILLING", position: 0 }] },
      ...(options.clusterId ? { clusters: { create: [{ clusterId: options.clusterId }] } } : {}),
      ...(options.members ? { memberships: { create: options.members } } : {}),
    },
    select: { id: true, slug: true, registryId: true, name: true },
  });
  return company;
}

/** The company row's profile in the editor's shape, as the service reads it. */
export async function profileOf(prisma: PrismaClient, companyId: string): Promise<CompanyProfile> {
  return profileFromRow(await prisma.company.findUniqueOrThrow({ where: { id: companyId }, select: companyEditorSelect }));
}

/** A revision in review for the company, with a complete profile. */
export async function buildPendingRevision(prisma: PrismaClient, companyId: string, profile: CompanyProfile = publishableProfile()): Promise<string> {
  const row = await prisma.companyRevision.create({
    data: { companyId, data: revisionJson({ profile, possibleDuplicates: [] }), status: "PENDING", submittedAt: clockFor(prisma).now() },
    select: { id: true },
  });
  return row.id;
}

/** A tiny valid PNG (1×1), for samples that need an image and do not care which. */
export const onePixelPngBase64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";


/** The details of the AppError a call failed with. */
export async function errorDetails(call: Promise<unknown>): Promise<Record<string, unknown> | undefined> {
  try {
    await call;
    return undefined;
  } catch (error) {
    return (error as { cause?: { details?: Record<string, unknown> } }).cause?.details;
  }
}
